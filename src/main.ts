/**
 * Composition root: configuration → adapters → core services → start. The only place that knows
 * both sides (with build-services.ts); SIGINT/SIGTERM shut everything down in order.
 */
import type { Readable, Writable } from "node:stream";
import { commandRegistry } from "../commands/index.js";
import { CONSOLE_CHAT, startConsoleChat, type ConsoleChat } from "./adapters/console/console-chat.js";
import { createFeedParser } from "./adapters/feeds/parse-feed.js";
import { createHttpFeedFetcher } from "./adapters/feeds/fetch-feed.js";
import { createPinoLogger } from "./adapters/logging/create-pino-logger.js";
import { startFeedPolling } from "./adapters/scheduler/start-feed-polling.js";
import { createKeyvStores } from "./adapters/store/create-keyv-stores.js";
import { buildServices } from "./build-services.js";
import { loadConfig, type Config } from "./config.js";
import { ConfigError, describeError } from "./core/errors.js";
import type { ChatSender } from "./core/delivery.js";
import type { FollowAlertService } from "./core/follow-alerts.js";
import type { IngestDependencies } from "./core/ingest-feed.js";
import { chatKey, type Article, type Section } from "./core/model.js";
import { pollDueFeeds } from "./core/poll-due-feeds.js";
import type { Clock, Logger } from "./core/ports.js";
import { loadSourcesFile } from "./sources-file.js";

/** How long start-up waits for the first poll round before answering commands anyway. */
const FIRST_ROUND_WAIT_MS = 30_000;
const HOUR = 3_600_000;

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
  if (!consoleMode) {
    io.stderr.write(
      "A platform token is set, but this version of newsdesk serves only the terminal chat. Unset the tokens or set CONSOLE=true.\n",
    );
    return 2;
  }
  const logger = createPinoLogger(config.LOG_LEVEL ?? (consoleMode ? "warn" : "info"));
  const stores = await createKeyvStores({ url: config.STORE_URL, retentionMs: config.ARTICLE_RETENTION_DAYS * 86_400_000 });
  const clock: Clock = { now: () => Date.now() };

  // Alerts may arrive before the terminal chat starts reading; they wait for it.
  const terminal: { chat?: ConsoleChat } = {};
  const sender: ChatSender = {
    async send(chat, document) {
      if (chatKey(chat) === chatKey(CONSOLE_CHAT) && terminal.chat) terminal.chat.deliver(document);
      else throw new Error(`no adapter for ${chat.platform} in this process`);
    },
  };
  const services = await buildServices({ config, sections, stores, clock, logger, sender });

  const fetcher = createHttpFeedFetcher({ timeoutMs: config.FEED_TIMEOUT_MS, maxBytes: config.FEED_MAX_BYTES });
  const ingest: IngestDependencies = {
    fetcher,
    parser: createFeedParser(),
    articles: stores.articles,
    feedStates: stores.feedStates,
    clock,
    logger,
    policy: { failuresBeforeUnhealthy: config.FEED_FAILURES_BEFORE_UNHEALTHY, maxBackoffSeconds: 6 * 3600, maxItemsPerFetch: 500, random: Math.random },
  };
  let lastSweep = clock.now();
  const runRound = async (signal: AbortSignal) => {
    const result = await pollDueFeeds(services.catalog.feeds(), ingest, { concurrency: 4, signal });
    await alertSafely(services.alerts, result.fresh, logger);
    if (clock.now() - lastSweep > HOUR) {
      lastSweep = clock.now();
      await stores.sweepExpired().catch((error: unknown) => logger.warn({ error: describeError(error) }, "sweep of expired rows failed"));
    }
    return result;
  };

  const firstRound = new AbortController();
  const timer = setTimeout(() => firstRound.abort(), FIRST_ROUND_WAIT_MS);
  try {
    const result = await runRound(firstRound.signal);
    logger.info({ polled: result.polled, failed: result.failed, stored: result.stored }, "first poll round done");
  } finally {
    clearTimeout(timer);
  }
  const polling = startFeedPolling({ tickSeconds: config.POLL_TICK_SECONDS, runRound, logger });

  const consoleChat = startConsoleChat({
    input: io.stdin,
    output: io.stdout,
    commands: commandRegistry,
    services: services.commandServices,
    logger,
    interactive: io.stdin.isTTY === true,
  });
  terminal.chat = consoleChat;
  await Promise.race([consoleChat.finished, io.stopSignal]);
  consoleChat.close();
  await polling.stop();
  await fetcher.close();
  await services.close();
  await stores.close();
  return 0;
}

async function alertSafely(alerts: FollowAlertService, fresh: readonly Article[], logger: Logger): Promise<void> {
  try {
    const result = await alerts.processArticles(fresh);
    const batches = await alerts.flushBatches();
    if (result.sent + result.batched + batches > 0) logger.info({ ...result, batches }, "follow alerts");
  } catch (error) {
    logger.error({ err: error }, "follow alerts failed");
  }
}
