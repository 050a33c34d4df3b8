/**
 * Part of the composition root: the chat platforms whose tokens are set, each started on its own
 * (one that cannot be reached does not hold back the others, nor the terminal chat), retried with
 * a log line while unreachable (reach-dependency.ts), and stopped in order.
 */
import { commandRegistry } from "../../commands/index.js";
import { DEFAULT_DISCORD_DELIVERY_LIMITS, isDiscordLoginRefused, startDiscordAdapter } from "../adapters/discord/start-discord-adapter.js";
import { DEFAULT_SEND_LIMITS } from "../adapters/telegram/send-queue.js";
import { TelegramStartError, startTelegramAdapter } from "../adapters/telegram/start-telegram-adapter.js";
import type { Stores } from "../adapters/store/create-stores.js";
import type { Services } from "../build-services.js";
import type { Config } from "../config.js";
import type { PlatformHealth } from "../adapters/http/readiness.js";
import type { PlatformSender } from "../core/delivery/chat-sender.js";
import type { Logger } from "../core/shared/ports.js";
import type { SendPacing } from "../send-pacing.js";
import { StartupStopped, reachDependency } from "./reach-dependency.js";

/** A started platform. */
export interface StartedPlatform {
  sender: PlatformSender;
  stop(): Promise<void>;
  /** Whether it is connected, for /readyz. */
  health(): PlatformHealth;
}

/** A platform that refused newsdesk's settings (a token): start-up fails with this one line. */
export class PlatformRefusedError extends Error {
  override readonly name = "PlatformRefusedError";
}

/**
 * Starts every configured platform. `onStarted` gets each as it becomes ready; resolves when all
 * have started, rejects with StartupStopped when `signal` aborts first, or with PlatformRefusedError.
 */
export async function startPlatforms(options: {
  config: Config;
  services: Services;
  stores: Stores;
  logger: Logger;
  instanceId: string;
  pacing: SendPacing;
  signal: AbortSignal;
  /** Told of every 429 a platform answered (metrics). */
  onRateLimited?: (platform: "telegram" | "discord") => void;
  onStarted(platform: StartedPlatform): void;
}): Promise<void> {
  const { config, services, stores, logger, instanceId, pacing } = options;
  // One platform refusing its settings ends the others' attempts too.
  const local = new AbortController();
  const onStop = (): void => local.abort();
  if (options.signal.aborted) local.abort();
  else options.signal.addEventListener("abort", onStop, { once: true });
  const signal = local.signal;
  let refused: unknown;
  const starts: Promise<void>[] = [];
  if (config.DISCORD_TOKEN && config.DISCORD_APPLICATION_ID) {
    const token = config.DISCORD_TOKEN;
    const applicationId = config.DISCORD_APPLICATION_ID;
    const where = config.DISCORD_API_ROOT ? new URL(config.DISCORD_API_ROOT).origin : "discord.com";
    starts.push(
      reachDependency<StartedPlatform>({
        dependency: `Discord (${where})`,
        logger,
        signal,
        // The gateway's READY may take a while on a large bot; a REST failure comes at once.
        slowAfterMs: 4_000,
        isFatal: isDiscordLoginRefused,
        discard: (adapter) => adapter.stop(),
        attempt: (attemptSignal) =>
          startDiscordAdapter({
            token,
            applicationId,
            signal: attemptSignal,
            ...(config.DISCORD_API_ROOT ? { apiRoot: config.DISCORD_API_ROOT } : {}),
            ...(config.DISCORD_SHARD_IDS && config.DISCORD_SHARD_COUNT ? { shards: { ids: config.DISCORD_SHARD_IDS, count: config.DISCORD_SHARD_COUNT } } : {}),
            // Several instances on PostgreSQL each receive every interaction: the one that claims it answers.
            ...(stores.kind === "postgres" ? { interactionClaims: { leases: stores.leases, owner: instanceId } } : {}),
            limits: { messagesPerSecond: config.DISCORD_MAX_MESSAGES_PER_SECOND },
            // Several instances of one bot share Discord's global limit: pace them together.
            ...pacing.shared("discord", config.DISCORD_MAX_MESSAGES_PER_SECOND, DEFAULT_DISCORD_DELIVERY_LIMITS.burst, DEFAULT_DISCORD_DELIVERY_LIMITS.restGlobalRequestsPerSecond),
            commands: commandRegistry,
            services: services.commandServices,
            logger,
            ...(options.onRateLimited ? { onRateLimited: () => options.onRateLimited?.("discord") } : {}),
          }),
      }).then(options.onStarted, (error: unknown) => {
        throw isDiscordLoginRefused(error) ? new PlatformRefusedError(`Discord refused DISCORD_TOKEN (${String((error as Error).message)}); check the bot token`) : error;
      }),
    );
  }
  if (config.TELEGRAM_BOT_TOKEN) {
    const token = config.TELEGRAM_BOT_TOKEN;
    const where = config.TELEGRAM_API_ROOT ? new URL(config.TELEGRAM_API_ROOT).origin : "api.telegram.org";
    starts.push(
      reachDependency<StartedPlatform>({
        dependency: `Telegram Bot API (${where})`,
        logger,
        signal,
        isFatal: (error) => error instanceof TelegramStartError && error.tokenRefused,
        discard: (adapter) => adapter.stop(),
        attempt: (attemptSignal) =>
          startTelegramAdapter({
            token,
            signal: attemptSignal,
            ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
            ...(config.TELEGRAM_WEBHOOK_URL && config.TELEGRAM_WEBHOOK_SECRET
              ? { webhook: { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET, port: config.TELEGRAM_WEBHOOK_PORT, host: config.TELEGRAM_WEBHOOK_HOST } }
              : {}),
            receiveUpdates: config.TELEGRAM_RECEIVE_UPDATES,
            // Several instances on PostgreSQL: the one holding this lease long-polls, another takes over.
            ...(stores.kind === "postgres" ? { receiverLease: { leases: stores.leases, owner: instanceId } } : {}),
            commands: commandRegistry,
            services: services.commandServices,
            logger,
            onChatMigrated: (from, to) => services.chats.migrate(from, to),
            limits: { global: { ...DEFAULT_SEND_LIMITS.global, pace: config.TELEGRAM_MAX_MESSAGES_PER_SECOND } },
            // Several instances of one bot share one Telegram limit: pace them together.
            ...pacing.shared("telegram", config.TELEGRAM_MAX_MESSAGES_PER_SECOND, DEFAULT_SEND_LIMITS.burst, DEFAULT_SEND_LIMITS.global.limit),
            ...(options.onRateLimited ? { onRateLimited: () => options.onRateLimited?.("telegram") } : {}),
          }),
      }).then(options.onStarted, (error: unknown) => {
        throw error instanceof TelegramStartError && error.tokenRefused ? new PlatformRefusedError(error.message) : error;
      }),
    );
  }
  // Every start settles (each ends on the stop signal) before the failure is reported.
  const results = await Promise.allSettled(
    starts.map((start) =>
      start.catch((error: unknown) => {
        if (!(error instanceof StartupStopped) && refused === undefined) refused = error;
        local.abort();
        throw error;
      }),
    ),
  );
  options.signal.removeEventListener("abort", onStop);
  if (refused !== undefined) throw refused;
  const failure = results.find((result) => result.status === "rejected");
  if (failure) throw failure.reason;
}
