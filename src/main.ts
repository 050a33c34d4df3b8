/**
 * Composition root: configuration → adapters → core services → runtime → chats. The only place (with
 * build-services.ts and start-runtime.ts) that knows both sides; SIGINT/SIGTERM shut down in order.
 */
import { hostname } from "node:os";
import type { Readable, Writable } from "node:stream";
import { commandRegistry } from "../commands/index.js";
import { CONSOLE_CHAT, startConsoleChat, type ConsoleChat } from "./adapters/console/console-chat.js";
import { DEFAULT_DISCORD_DELIVERY_LIMITS, startDiscordAdapter } from "./adapters/discord/start-discord-adapter.js";
import { createPinoLogger } from "./adapters/logging/create-pino-logger.js";
import { createPromMetrics, type PromMetrics } from "./adapters/metrics/prom-metrics.js";
import { startTelegramAdapter } from "./adapters/telegram/start-telegram-adapter.js";
import { DEFAULT_SEND_LIMITS } from "./adapters/telegram/send-queue.js";
import { createStores, type Stores } from "./adapters/store/create-stores.js";
import { buildServices, type Services } from "./build-services.js";
import { describeConfig, loadConfig, secretValuesOf, type Config } from "./config.js";
import { DeliveryError, routeByPlatform, type PlatformSender } from "./core/delivery.js";
import { ConfigError, describeError } from "./core/errors.js";
import { chatKey, type Section } from "./core/model.js";
import type { Clock, Logger } from "./core/ports.js";
import { loadSourcesFile } from "./sources-file.js";
import { createSendPacing, type SendPacing } from "./send-pacing.js";
import { createRuntime } from "./start-runtime.js";
import { startOpsHttp } from "./start-ops-http.js";

/** How long start-up waits for the first poll round before answering commands anyway. */
const FIRST_ROUND_WAIT_MS = 30_000;

/** Streams of the process, injectable for tests. */
export interface MainIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
  /** Resolves when the process is asked to stop (signals). */
  stopSignal: Promise<void>;
}

/** Runs newsdesk until input ends (terminal chat) or a stop signal. Returns the exit code. */
export async function main(io: MainIo): Promise<number> {
  let config: Config;
  let sections: Section[];
  try {
    config = loadConfig();
    sections = await loadSourcesFile(config.SOURCES_FILE, config.FEED_POLL_INTERVAL);
  } catch (error) {
    io.stderr.write(`${error instanceof ConfigError ? error.message : describeError(error)}\n`);
    return 2;
  }
  const consoleMode = config.CONSOLE ?? (!config.TELEGRAM_BOT_TOKEN && !config.DISCORD_TOKEN);
  if (!consoleMode && !config.TELEGRAM_BOT_TOKEN && !config.DISCORD_TOKEN) {
    io.stderr.write("Nothing to serve: CONSOLE=false and no TELEGRAM_BOT_TOKEN or DISCORD_TOKEN is set.\n");
    return 2;
  }
  const logger = createPinoLogger(config.LOG_LEVEL ?? (consoleMode ? "warn" : "info"), { secrets: secretValuesOf(config) });
  const instanceId = config.INSTANCE_ID ?? `${hostname()}-${process.pid}`;
  logger.info({ config: describeConfig(config), sections: sections.length }, "configuration");
  // Metrics are kept only when something serves them (HTTP_PORT).
  const metrics = config.HTTP_PORT === undefined ? undefined : createPromMetrics();
  const stores = await createStores({
    url: config.STORE_URL,
    retentionMs: config.ARTICLE_RETENTION_DAYS * 86_400_000,
    namespacePrefix: config.STORE_TABLE_PREFIX,
    ...(metrics ? { onStoreError: (operation: string) => metrics.storeError(operation) } : {}),
  });
  const clock: Clock = { now: () => Date.now() };
  const services = await buildServices({ config, sections, stores, clock, logger, instanceId, ...(metrics ? { metrics } : {}) });
  const imported = await stores.importLegacy((settings) => services.chats.save(settings));
  if (imported.chats + imported.feeds + imported.skipped > 0) logger.warn({ ...imported }, "imported chats and feed states from the 0.1 keyv rows");

  // The terminal is a platform like the others: deliveries to its chat print there.
  const terminal: { chat?: ConsoleChat } = {};
  const consoleSender: PlatformSender = {
    platform: "console",
    async send(chat, document, progress) {
      if (chatKey(chat) !== chatKey(CONSOLE_CHAT) || !terminal.chat) throw new DeliveryError("the terminal chat is not open", "retryable");
      if ((progress?.skipParts ?? 0) > 0) return;
      await progress?.beforePart?.(0, 1);
      terminal.chat.deliver(document);
      await progress?.onPartSent(0, 1);
    },
  };
  // Platforms start after the first poll round, so that the first answers already have stories.
  const senders: PlatformSender[] = [consoleSender];
  const runtime = createRuntime({ config, services, stores, sender: routeByPlatform(senders), clock, logger, instanceId, ...(metrics ? { metrics } : {}) });

  const firstRound = new AbortController();
  const timer = setTimeout(() => firstRound.abort(), FIRST_ROUND_WAIT_MS);
  try {
    await runtime.pollOnce(firstRound.signal);
    await runtime.scheduleOnce();
  } catch (error) {
    logger.error({ error: describeError(error) }, "first round failed");
  } finally {
    clearTimeout(timer);
  }

  const pacing = await createSendPacing({ ...(config.REDIS_URL ? { redisUrl: config.REDIS_URL } : {}), stores, logger, prefix: config.STORE_TABLE_PREFIX });
  const platforms = await startPlatforms(config, services, stores, logger, instanceId, pacing, metrics);
  senders.push(...platforms.map((platform) => platform.sender));
  const consoleChat = consoleMode
    ? startConsoleChat({
        input: io.stdin,
        output: io.stdout,
        commands: commandRegistry,
        services: services.commandServices,
        logger,
        interactive: io.stdin.isTTY === true,
      })
    : undefined;
  terminal.chat = consoleChat;
  runtime.start();
  const opsHttp = metrics
    ? await startOpsHttp({ config, metrics, stores, services, runtime, instanceId, clock, logger, platforms: platforms.map((platform) => ({ platform: platform.sender.platform, health: platform.health })), countedPlatforms: ["telegram", "discord"] })
    : undefined;
  logger.info({ instanceId, platforms: platforms.map((platform) => platform.sender.platform), console: consoleMode }, "newsdesk started");
  await Promise.race([consoleChat?.finished ?? new Promise<never>(() => undefined), io.stopSignal]);
  consoleChat?.close();
  // Stop the jobs first, so that no delivery is mid-send when the platforms disconnect.
  await opsHttp?.close();
  await runtime.stop();
  for (const platform of platforms) await platform.stop();
  await pacing.close();
  await services.close();
  await stores.close();
  return 0;
}

/** A chat platform started in this process. */
type StartedPlatform = { sender: PlatformSender; stop(): Promise<void>; health(): { connected: boolean; detail: string } };

/** Starts the chat platforms whose tokens are configured. */
async function startPlatforms(
  config: Config,
  services: Services,
  stores: Stores,
  logger: Logger,
  instanceId: string,
  pacing: SendPacing,
  metrics?: PromMetrics,
): Promise<StartedPlatform[]> {
  const started: StartedPlatform[] = [];
  if (config.DISCORD_TOKEN && config.DISCORD_APPLICATION_ID) {
    started.push(
      await startDiscordAdapter({
        token: config.DISCORD_TOKEN,
        applicationId: config.DISCORD_APPLICATION_ID,
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
        ...(metrics ? { onRateLimited: () => metrics.rateLimited("discord") } : {}),
      }),
    );
  }
  if (config.TELEGRAM_BOT_TOKEN) {
    started.push(
      await startTelegramAdapter({
        token: config.TELEGRAM_BOT_TOKEN,
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
        ...(metrics ? { onRateLimited: () => metrics.rateLimited("telegram") } : {}),
      }),
    );
  }
  return started;
}
