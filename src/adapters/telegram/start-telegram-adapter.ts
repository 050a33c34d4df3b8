/**
 * The Telegram adapter: a grammY bot that serves every command of the registry (typed or through
 * inline buttons) and delivers documents through a paced send queue. Long polling by default, by
 * the one instance holding the receiver lease when several share a store (long-polling.ts);
 * webhook mode when `webhook` is given. `apiRoot` points the bot at a self-hosted Bot API server.
 */
import { Bot } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { CommandDefinition } from "../../core/commands/command.js";
import type { CommandServices } from "../../core/commands/command-services.js";
import type { PlatformSender } from "../../core/delivery/chat-sender.js";
import type { ChatRef } from "../../core/chats/chat.js";
import type { LeaseStore } from "../../core/delivery/outbox-ports.js";
import type { Pacer } from "../../core/delivery/pacer.js";
import type { RequestWindow } from "../../core/delivery/request-window.js";
import type { Logger } from "../../core/shared/ports.js";
import { ChatAdminCache } from "./chat-admin-cache.js";
import { syncCommandMenu } from "./command-menu.js";
import { createErrorBoundary } from "./error-boundary.js";
import { describeTelegramError, isTokenRefused, summarizeTelegramError } from "./errors.js";
import { handleCallbackQuery } from "./handle-callback.js";
import { handleMigration, handleMyChatMember } from "./handle-chat-events.js";
import { handleCommandMessage } from "./handle-command-message.js";
import { createFetchConfig } from "./http-agent.js";
import { createTelegramFileDownloader } from "./telegram-files.js";
import { RECEIVER_LEASE_KEY, pollUpdates } from "./long-polling.js";
import type { TelegramHandlerDeps } from "./handler-deps.js";
import { type QueueTimer, SendQueue, type SendQueueLimits, type SendQueueStats } from "./send-queue.js";
import { TelegramSender, telegramVerdict } from "./telegram-sender.js";
import { UpdateRunner, type UpdateRunnerLimits } from "./update-runner.js";
import { type WebhookOptions, type WebhookServer, startWebhookServer, validateWebhookOptions } from "./webhook-server.js";
import { type SingletonRole, type SingletonRoleTimings, UNSHARED_LEASES, startSingletonRole } from "../scheduler/singleton-role.js";

/** The update types the bot asks Telegram for. */
const ALLOWED_UPDATES = ["message", "channel_post", "callback_query", "my_chat_member"] as const;
/** How long stop() waits for updates in progress. */
const DRAIN_MS = 10_000;

/** Options of {@link startTelegramAdapter}. */
export interface TelegramAdapterOptions {
  /** TELEGRAM_BOT_TOKEN; never logged. */
  token: string;
  /** TELEGRAM_API_ROOT, e.g. http://127.0.0.1:8081 for a self-hosted Bot API server. */
  apiRoot?: string;
  /** Webhook mode (TELEGRAM_WEBHOOK_URL, _SECRET, _PORT, _HOST); long polling when absent. */
  webhook?: WebhookOptions;
  /**
   * False: only send, never receive updates. Default true: with long polling, compete for the
   * receiver lease (see `receiverLease`); with a webhook, receive.
   */
  receiveUpdates?: boolean;
  /**
   * Long polling with several instances on one store: only the holder of this lease polls
   * (Telegram answers 409 to a second poller), another takes over when it dies. Absent: this
   * process is the only instance and always polls.
   */
  receiverLease?: { leases: LeaseStore; owner: string; timings?: Partial<SingletonRoleTimings> };
  commands: readonly CommandDefinition[];
  services: CommandServices;
  logger: Logger;
  /** A group became a supergroup: move its settings (wire to ChatSettingsService.migrate). */
  onChatMigrated: (from: ChatRef, to: ChatRef) => Promise<void>;
  /** Send pacing; defaults keep within Telegram's FAQ limits (25 msg/s, 1/s per chat, 20/min per group). */
  limits?: Partial<SendQueueLimits>;
  /** Intake bounds: updates in progress (backpressure beyond), per chat (skipped beyond), at once. */
  updateLimits?: Partial<UpdateRunnerLimits>;
  /** Skips the getMe call (tests). */
  botInfo?: UserFromGetMe;
  /** How long "is this user an administrator?" answers are kept; default 60 000 ms. */
  adminCacheMs?: number;
  /** Long polling: seconds one getUpdates call waits; default 30. */
  pollingTimeoutSeconds?: number;
  /** Aborts start-up (the stop signal): the getMe call in flight is cancelled. */
  signal?: AbortSignal;
  /** Time for the send queue (tests). */
  timer?: QueueTimer;
  /** The bot's global rate shared with other instances (STORE_URL=redis://...). */
  sharedPacer?: Pacer;
  /** Telegram's global limit counted across instances (see src/core/delivery/request-window.ts). */
  sharedWindow?: RequestWindow;
  /** Told of every 429 of a send (metrics). */
  onRateLimited?: () => void;
}

/** The bot could not start: Telegram unreachable, or (`tokenRefused`) the token was refused. */
export class TelegramStartError extends Error {
  override readonly name = "TelegramStartError";
  /** Telegram refused TELEGRAM_BOT_TOKEN: retrying cannot help. */
  readonly tokenRefused: boolean;
  constructor(detail: string, tokenRefused: boolean) {
    super(tokenRefused ? `Telegram refused TELEGRAM_BOT_TOKEN (${detail}); check the token from @BotFather` : `Telegram Bot API: ${detail}`);
    this.tokenRefused = tokenRefused;
  }
}

/** A running Telegram adapter. */
export interface TelegramAdapter {
  /** Delivers documents to Telegram chats (wire into routeByPlatform). */
  sender: PlatformSender;
  /** The bot's @username, without the @. */
  botUsername: string;
  /** Send queue counters (sent, 429s, retries, waiting). */
  queueStats(): SendQueueStats;
  /** Long polling: true while this instance holds the receiver lease and polls. */
  isReceiving(): boolean;
  /**
   * Whether the bot is connected as it should be (readiness): receiving by webhook or long polling,
   * standing by while another instance holds the receiver lease, or sending only.
   */
  health(): { connected: boolean; detail: string };
  /** Stops receiving updates, lets updates in progress finish (bounded), drops unsent messages. */
  stop(): Promise<void>;
}

/**
 * Starts the bot; resolves once it receives updates (polling started or webhook registered), or,
 * when another instance holds the receiver lease, once that is known.
 */
export async function startTelegramAdapter(options: TelegramAdapterOptions): Promise<TelegramAdapter> {
  const logger = options.logger.child({ adapter: "telegram" });
  if (options.webhook) validateWebhookOptions(options.webhook);
  const apiRoot = (options.apiRoot ?? "https://api.telegram.org").replace(/\/+$/u, "");
  const bot = new Bot(options.token, {
    client: { apiRoot, timeoutSeconds: 75, baseFetchConfig: createFetchConfig(apiRoot) },
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
  });
  try {
    // One getMe, not bot.init(): grammY's init retries network errors silently forever; the caller
    // retries instead, saying so. (grammY types signals with the abort-controller polyfill.)
    if (!options.botInfo) bot.botInfo = await bot.api.getMe(options.signal as Parameters<typeof bot.api.getMe>[0]);
  } catch (error) {
    throw new TelegramStartError(summarizeTelegramError(error), isTokenRefused(error));
  }

  const queue = new SendQueue({
    classify: telegramVerdict,
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.timer ? { timer: options.timer } : {}),
    ...(options.sharedPacer ? { sharedPacer: options.sharedPacer } : {}),
    ...(options.sharedWindow ? { sharedWindow: options.sharedWindow } : {}),
    ...(options.onRateLimited ? { onRateLimited: options.onRateLimited } : {}),
  });
  const sender = new TelegramSender({
    api: bot.api,
    queue,
    services: options.services,
    commands: new Set(options.commands.map((command) => command.name)),
    logger,
    onChatMigrated: options.onChatMigrated,
  });
  const deps: TelegramHandlerDeps = {
    api: bot.api,
    commands: options.commands,
    services: options.services,
    logger,
    sender,
    admins: new ChatAdminCache(bot.api, options.services.clock, options.adminCacheMs),
    botId: bot.botInfo.id,
    botUsername: bot.botInfo.username,
    downloadFile: createTelegramFileDownloader(bot.api, apiRoot, options.token),
    onChatMigrated: options.onChatMigrated,
  };
  const boundary = createErrorBoundary({ logger, sender, translator: options.services.translator });
  bot.catch(boundary);
  const runner = new UpdateRunner({ onError: boundary, logger, translator: options.services.translator, ...(options.updateLimits ? { limits: options.updateLimits } : {}) });
  bot.use(runner.middleware());
  bot.on("callback_query:data", (ctx) => handleCallbackQuery(ctx, deps));
  bot.on("my_chat_member", (ctx) => handleMyChatMember(ctx, deps));
  bot.on(["message:migrate_to_chat_id", "message:migrate_from_chat_id"], (ctx) => handleMigration(ctx, deps));
  // A document counts when its caption is a command (`/source import` with an OPML file).
  bot.on(["message:text", "channel_post:text", "message:document", "channel_post:document"], (ctx) => handleCommandMessage(ctx, deps));

  try {
    const menu = await syncCommandMenu(bot.api, options.commands, options.services.translator);
    logger.info({ menu, commands: options.commands.length }, "telegram: command menu checked");
  } catch (error) {
    logger.warn({ error: describeTelegramError(error) }, "telegram: command menu not updated");
  }

  let webhookServer: WebhookServer | undefined;
  let stopped = false;
  let receiver: SingletonRole | undefined;
  if (options.receiveUpdates === false) {
    logger.info({}, "telegram: sending only, updates are received by another instance");
  } else if (options.webhook) {
    webhookServer = await startWebhookServer(bot, options.webhook, logger, () => runner.full);
    try {
      await bot.api.setWebhook(options.webhook.url, { secret_token: options.webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
    } catch (error) {
      await webhookServer.close();
      throw new Error(`Telegram webhook could not be registered: ${summarizeTelegramError(error)}`);
    }
    logger.info({ port: webhookServer.port }, "telegram: webhook registered");
  } else {
    receiver = startSingletonRole({
      key: RECEIVER_LEASE_KEY,
      owner: options.receiverLease?.owner ?? "this-process",
      leases: options.receiverLease?.leases ?? UNSHARED_LEASES,
      play: pollUpdates(bot, { timeoutSeconds: options.pollingTimeoutSeconds ?? 30, allowedUpdates: [...ALLOWED_UPDATES], logger }),
      logger,
      ...(options.receiverLease?.timings ? { timings: options.receiverLease.timings } : {}),
    });
    // Asked to stop meanwhile: stop at once below, giving the lease back.
    await Promise.race([receiver.ready, new Promise<void>((resolve) => options.signal?.addEventListener("abort", () => resolve(), { once: true }))]);
    if (!receiver.active && !options.signal?.aborted) logger.info({}, "telegram: sending only for now; this instance receives updates when it gets the receiver lease");
  }

  const adapter: TelegramAdapter = {
    sender,
    botUsername: bot.botInfo.username,
    queueStats: () => queue.stats(),
    isReceiving: () => receiver?.active ?? false,
    health() {
      if (stopped) return { connected: false, detail: "stopped" };
      if (webhookServer) return { connected: true, detail: `webhook listening on port ${webhookServer.port}` };
      if (!receiver) return { connected: true, detail: "sending only" };
      if (receiver.active) return { connected: true, detail: "receiving by long polling" };
      // With a shared lease another instance may poll; alone, not polling means polling failed.
      return options.receiverLease
        ? { connected: true, detail: "standing by: another instance receives updates" }
        : { connected: false, detail: "long polling is not running (it failed; trying again)" };
    },
    async stop() {
      stopped = true;
      if (webhookServer) await webhookServer.close();
      await receiver?.stop();
      await runner.drain(DRAIN_MS);
      queue.close();
    },
  };
  if (options.signal?.aborted) {
    await adapter.stop();
    throw new Error("stopped");
  }
  return adapter;
}
