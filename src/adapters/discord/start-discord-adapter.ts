/**
 * Starts newsdesk on Discord: a discord.js client on the gateway (intent Guilds only; slash commands
 * need no privileged intent) that answers every registry command, autocomplete and button, and a
 * PlatformSender that delivers documents at a pace within Discord's global limit.
 *
 * Commands are not registered here: that is `npm run deploy:commands` (see deploy-commands.ts).
 */
import { Client, Events, GatewayIntentBits, Partials, type RateLimitData, RESTEvents } from "discord.js";
import { handleDirectMessage } from "./direct-messages.js";
import type { CommandDefinition } from "../../core/commands/command.js";
import type { CommandServices } from "../../core/commands/command-services.js";
import type { PlatformSender } from "../../core/delivery/chat-sender.js";
import { type Pacer, createLocalPacer } from "../../core/delivery/pacer.js";
import type { Clock, Logger } from "../../core/shared/ports.js";
import type { LeaseStore } from "../../core/delivery/outbox-ports.js";
import { type RequestWindow, createLocalRequestWindow } from "../../core/delivery/request-window.js";
import { attachmentOrigins } from "./attachment-file.js";
import { createDiscordSender } from "./discord-sender.js";
import { handleInteraction } from "./handle-interaction.js";
import { InteractionChannels } from "./interaction-chat.js";
import type { InteractionDependencies } from "./run-command.js";
import { SendQueue } from "./send-queue.js";

/** Pace of deliveries and rate-limit behaviour. */
export interface DiscordDeliveryLimits {
  /** Channel messages per second, evenly spaced, just below Discord's 50 requests/s. */
  messagesPerSecond: number;
  /** Messages that may start early, ahead of the even spacing, after a quiet period (0: none). */
  burst: number;
  /** Channel posts in flight at once. */
  concurrency: number;
  /** Messages waiting at most; beyond it deliveries fail as retryable. */
  maxQueued: number;
  /**
   * Discord's published global limit (50): @discordjs/rest's own pre-emptive limit, and the request
   * window that holds a message back while a late request still counts (src/core/send-gate.ts).
   */
  restGlobalRequestsPerSecond: number;
  /** Longest rate-limit wait accepted; longer ones fail the delivery as retryable with retryAfterMs. */
  maxRateLimitWaitMs: number;
  /** One REST request's timeout (@discordjs/rest retries a timed-out request 3 times). */
  requestTimeoutMs: number;
}

/**
 * 49 messages/s without burst: evenly spaced, any second holds at most 50 of them, and a request may
 * arrive 20 ms late (1000 × 50 / 49 − 1000) before Discord counts 51; beyond that the request window
 * holds the next message back. Commands take nothing from the global limit: they answer through
 * interaction callbacks and webhooks, which Discord does not count.
 */
export const DEFAULT_DISCORD_DELIVERY_LIMITS: DiscordDeliveryLimits = {
  messagesPerSecond: 49,
  burst: 0,
  concurrency: 8,
  maxQueued: 50_000,
  restGlobalRequestsPerSecond: 50,
  maxRateLimitWaitMs: 60_000,
  requestTimeoutMs: 15_000,
};

/** Options of {@link startDiscordAdapter}. */
export interface DiscordAdapterOptions {
  token: string;
  /** The application id (also the bot's user id); checked against READY. */
  applicationId: string;
  /** REST API root (e.g. `http://127.0.0.1:PORT/api` for a local fake); default Discord's. */
  apiRoot?: string;
  commands: readonly CommandDefinition[];
  services: CommandServices;
  logger: Logger;
  limits?: Partial<DiscordDeliveryLimits>;
  /** Time for the send queue; default the system clock. */
  clock?: Clock;
  /** The bot's global pace shared with its other instances (STORE_URL=redis://...); default in this process. */
  sharedPacer?: Pacer;
  /** Discord's global limit counted across instances (see src/core/request-window.ts); default in this process. */
  sharedWindow?: RequestWindow;
  /** Defer by itself after this long without an answer (Discord's deadline is 3 s); default 2000 ms. */
  autoDeferMs?: number;
  /** The gateway shards this instance runs (DISCORD_SHARD_IDS of DISCORD_SHARD_COUNT); default: all, automatically. */
  shards?: { ids: number[]; count: number };
  /** Longest wait for the gateway's READY; default 30 s. */
  readyTimeoutMs?: number;
  /**
   * Several instances on one store, each running every shard: each interaction is claimed under a
   * lease (`discord-interaction:<id>`) and answered by the instance that got it, so commands are
   * answered once and keep being answered while any instance is up. Absent: answer everything.
   */
  interactionClaims?: { leases: LeaseStore; owner: string };
  /** Aborts start-up (the stop signal): the login in progress is abandoned and the client destroyed. */
  signal?: AbortSignal;
  /** Told of every 429 answer of Discord's REST API (metrics). */
  onRateLimited?: () => void;
}

/** Whether discord.js refused to start for a reason retrying cannot cure (a refused token, intents not allowed). */
export function isDiscordLoginRefused(error: unknown): boolean {
  const code = (error as { code?: unknown; status?: unknown } | undefined)?.code;
  const status = (error as { status?: unknown } | undefined)?.status;
  return code === "TokenInvalid" || code === "DisallowedIntents" || code === 4004 || code === 4014 || status === 401;
}

/** How long an interaction's claim is kept: past Discord's 15-minute token lifetime. */
const INTERACTION_CLAIM_MS = 16 * 60_000;

/** A running adapter. */
export interface DiscordAdapter {
  /** Delivers documents to `discord` chats. */
  sender: PlatformSender;
  /** Whether the gateway is connected: the client is ready and no shard of it is disconnected (readiness). */
  health(): { connected: boolean; detail: string };
  /** Refuses further deliveries and disconnects. */
  stop(): Promise<void>;
}

/** Logs in, waits for READY, and starts answering interactions. */
export async function startDiscordAdapter(options: DiscordAdapterOptions): Promise<DiscordAdapter> {
  const limits = { ...DEFAULT_DISCORD_DELIVERY_LIMITS, ...options.limits };
  const logger = options.logger.child({ platform: "discord" });
  const client = new Client({
    // Direct Messages: a user's plain text in a DM gets a hint (or a link its summary); DM channels
    // are not cached, hence the Channel partial. No Message Content intent: server messages stay unread.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    // Sharding: each gateway shard receives the interactions of its own guilds. Without options, as
    // many shards as Discord recommends, all in this process; with `shards`, only these shard ids of
    // `count`, so that several instances split the gateway. Deliveries go over REST from any instance.
    ...(options.shards ? { shards: options.shards.ids, shardCount: options.shards.count } : { shards: "auto" as const }),
    allowedMentions: { parse: [] },
    rest: {
      ...(options.apiRoot ? { api: options.apiRoot } : {}),
      globalRequestsPerSecond: limits.restGlobalRequestsPerSecond,
      timeout: limits.requestTimeoutMs,
      rejectOnRateLimit: (data: RateLimitData) => Math.max(data.retryAfter, data.timeToReset) > limits.maxRateLimitWaitMs,
    },
  });
  const deps: InteractionDependencies = {
    commands: options.commands,
    services: options.services,
    logger,
    channels: new InteractionChannels(),
    autoDeferMs: options.autoDeferMs ?? 2_000,
    attachmentOrigins: attachmentOrigins(options.apiRoot),
    ...(options.interactionClaims ? { claim: claimWith(options.interactionClaims) } : {}),
  };
  client.on("raw", (packet: unknown) => deps.channels.record(packet));
  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, deps));
  client.on(Events.MessageCreate, (message) => {
    handleDirectMessage(message, deps).catch((error: unknown) => logger.error({ err: error, message: message.id }, "discord direct message failed"));
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, "discord client error"));
  client.on(Events.Warn, (message) => logger.warn({ detail: message }, "discord client warning"));
  // Shards not connected now, for health(): down from a disconnect or reconnect until ready or resumed.
  const shardsDown = new Set<number>();
  client.on(Events.ShardDisconnect, (event, shard) => {
    shardsDown.add(shard);
    logger.warn({ code: event.code, shard }, "discord gateway disconnected");
  });
  client.on(Events.ShardReconnecting, (shard) => shardsDown.add(shard));
  client.on(Events.ShardReady, (shard) => shardsDown.delete(shard));
  client.on(Events.ShardResume, (shard) => shardsDown.delete(shard));
  client.rest.on(RESTEvents.Response, (_request, response) => {
    if (response.status === 429) options.onRateLimited?.();
  });
  client.rest.on(RESTEvents.RateLimited, (data) =>
    logger.debug({ route: data.route, global: data.global, scope: data.scope, retryAfterMs: data.retryAfter }, "discord rate limit"),
  );

  const readyTimeoutMs = options.readyTimeoutMs ?? 30_000;
  let readyTimer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    readyTimer = setTimeout(() => reject(new Error(`Discord gateway not ready within ${readyTimeoutMs} ms`)), readyTimeoutMs);
    client.once(Events.ClientReady, () => resolve());
    onAbort = () => reject(new Error("stopped"));
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener("abort", onAbort, { once: true });
  });
  try {
    const login = client.login(options.token);
    login.catch(() => undefined);
    await Promise.race([login, ready]);
    await ready;
  } catch (error) {
    await client.destroy();
    throw error;
  } finally {
    clearTimeout(readyTimer);
    if (onAbort) options.signal?.removeEventListener("abort", onAbort);
    ready.catch(() => undefined);
  }
  if (client.application?.id !== options.applicationId) {
    logger.warn({ expected: options.applicationId, actual: client.application?.id }, "DISCORD_APPLICATION_ID differs from the application of this token");
  }
  logger.info({ user: client.user?.tag }, "discord adapter ready");

  const clock = options.clock ?? { now: () => Date.now() };
  const queue = new SendQueue({
    pacer: options.sharedPacer ?? createLocalPacer(limits.messagesPerSecond, limits.burst, () => clock.now()),
    window:
      options.sharedWindow ??
      createLocalRequestWindow(limits.restGlobalRequestsPerSecond, 1_000, {
        now: () => clock.now(),
        sleep: (ms) => new Promise<void>((resolve) => setTimeout(resolve, Math.ceil(ms))),
      }),
    concurrency: limits.concurrency,
    maxQueued: limits.maxQueued,
    clock,
  });
  let stopped = false;
  return {
    sender: createDiscordSender({ rest: client.rest, queue, logger, translator: options.services.translator }),
    health() {
      if (stopped) return { connected: false, detail: "stopped" };
      if (!client.isReady()) return { connected: false, detail: "the gateway is not ready" };
      if (shardsDown.size > 0) return { connected: false, detail: `gateway shard ${[...shardsDown].sort((a, b) => a - b).join(", ")} disconnected` };
      return { connected: true, detail: "gateway connected" };
    },
    async stop() {
      stopped = true;
      queue.close();
      await client.destroy();
    },
  };
}

function claimWith({ leases, owner }: { leases: LeaseStore; owner: string }): (interactionId: string) => Promise<boolean> {
  return (interactionId) => leases.acquire(`discord-interaction:${interactionId}`, owner, INTERACTION_CLAIM_MS);
}
