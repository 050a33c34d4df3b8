/**
 * Composition root: configuration → adapters → core services → start. The only place that knows
 * both sides; SIGINT/SIGTERM shut everything down in order.
 */
import type { Readable, Writable } from "node:stream";
import { commandRegistry } from "../commands/index.js";
import { startConsoleChat } from "./adapters/console/console-chat.js";
import { createFeedParser } from "./adapters/feeds/parse-feed.js";
import { createHttpFeedFetcher } from "./adapters/feeds/fetch-feed.js";
import { createPinoLogger } from "./adapters/logging/create-pino-logger.js";
import { startFeedPolling } from "./adapters/scheduler/start-feed-polling.js";
import { createKeyvStores } from "./adapters/store/create-keyv-stores.js";
import { loadConfig, type Config } from "./config.js";
import { ChatSettingsService } from "./core/chat-settings-service.js";
import type { CommandServices } from "./core/command-services.js";
import { DigestService } from "./core/digest-service.js";
import { ConfigError, describeError } from "./core/errors.js";
import type { IngestDependencies } from "./core/ingest-feed.js";
import { pollDueFeeds } from "./core/poll-due-feeds.js";
import type { Clock } from "./core/ports.js";
import { SectionCatalog } from "./core/section-catalog.js";
import { ungroupedStories } from "./core/story.js";
import { loadSourcesFile } from "./sources-file.js";

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
  try {
    config = loadConfig();
  } catch (error) {
    io.stderr.write(`${error instanceof ConfigError ? error.message : describeError(error)}\n`);
    return 2;
  }
  const consoleMode = config.CONSOLE ?? (!config.TELEGRAM_BOT_TOKEN && !config.DISCORD_TOKEN);
  const logger = createPinoLogger(config.LOG_LEVEL ?? (consoleMode ? "warn" : "info"));
  if (!consoleMode) {
    io.stderr.write(
      "A platform token is set, but this version of newsdesk serves only the terminal chat. Unset the tokens or set CONSOLE=true.\n",
    );
    return 2;
  }

  let sections;
  try {
    sections = await loadSourcesFile(config.SOURCES_FILE, config.FEED_POLL_INTERVAL);
  } catch (error) {
    io.stderr.write(`${describeError(error)}\n`);
    return 2;
  }
  const stores = await createKeyvStores({ url: config.STORE_URL, retentionMs: config.ARTICLE_RETENTION_DAYS * 86_400_000 });
  const clock: Clock = { now: () => Date.now() };
  const catalog = new SectionCatalog(sections);
  const chats = new ChatSettingsService(stores.subscriptions, catalog, clock, {
    defaultTimezone: config.DEFAULT_TIMEZONE,
    defaultBriefingTime: config.DEFAULT_BRIEFING_TIME,
    maxSectionsPerChat: config.MAX_SECTIONS_PER_CHAT,
    maxFollowsPerChat: config.MAX_FOLLOWS_PER_CHAT,
  });
  const digests = new DigestService({
    articles: stores.articles,
    chats,
    catalog,
    clock,
    groupStories: ungroupedStories,
    digestSize: config.DIGEST_SIZE,
  });
  const services: CommandServices = {
    catalog,
    chats,
    digests,
    articles: stores.articles,
    clock,
    feedStates: () => stores.feedStates.list(),
    commands: () => commandRegistry,
  };
  const ingest: IngestDependencies = {
    fetcher: createHttpFeedFetcher({ timeoutMs: config.FEED_TIMEOUT_MS, maxBytes: config.FEED_MAX_BYTES }),
    parser: createFeedParser(),
    articles: stores.articles,
    feedStates: stores.feedStates,
    clock,
    logger,
    policy: { failuresBeforeUnhealthy: config.FEED_FAILURES_BEFORE_UNHEALTHY, maxBackoffSeconds: 6 * 3600, maxItemsPerFetch: 500, random: Math.random },
  };
  const runRound = (signal: AbortSignal) => pollDueFeeds(catalog.feeds(), ingest, { concurrency: 4, signal });

  const firstRound = new AbortController();
  const timer = setTimeout(() => firstRound.abort(), FIRST_ROUND_WAIT_MS);
  try {
    const result = await runRound(firstRound.signal);
    logger.info({ polled: result.polled, failed: result.failed, stored: result.stored }, "first poll round done");
  } finally {
    clearTimeout(timer);
  }
  const polling = startFeedPolling({ tickSeconds: 15, runRound, logger });

  const chat = startConsoleChat({
    input: io.stdin,
    output: io.stdout,
    commands: commandRegistry,
    services,
    logger,
    interactive: io.stdin.isTTY === true,
  });
  await Promise.race([chat.finished, io.stopSignal]);
  chat.close();
  await polling.stop();
  await stores.close();
  return 0;
}
