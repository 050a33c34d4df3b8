/**
 * Composition root: configuration → adapters → core services → runtime → chats. The only place (with
 * build-services.ts, start-runtime.ts and start/) that knows both sides.
 *
 * Start-up never waits silently: a dependency that cannot be reached is logged within seconds and
 * retried (start/reach-dependency.ts); the terminal chat opens as soon as the store is open and
 * answers from what is stored while the first fetch of the feeds runs in the background; each chat
 * platform starts on its own. The stop signal is honoured at any moment: what has started is stopped
 * in reverse order (chat intake, jobs, platforms and their leases, the store).
 */
import { rekeyStoredUrls } from "./start/rekey-stored-urls.js";
import { hostname } from "node:os";
import type { Readable, Writable } from "node:stream";
import { commandRegistry } from "../commands/index.js";
import { CONSOLE_CHAT, startConsoleChat, type ConsoleChat } from "./adapters/console/console-chat.js";
import type { PlatformHealth } from "./adapters/http/readiness.js";
import { createPinoLogger } from "./adapters/logging/create-pino-logger.js";
import { createPromMetrics } from "./adapters/metrics/prom-metrics.js";
import { createStores } from "./adapters/store/create-stores.js";
import { parseStoreUrl } from "./adapters/store/store-url.js";
import { buildServices } from "./build-services.js";
import { describeConfig, loadConfig, secretValuesOf, type Config } from "./config.js";
import { DeliveryError, routeByPlatform, type PlatformSender } from "./core/delivery/chat-sender.js";
import { ConfigError, StoreError, describeError } from "./core/shared/errors.js";
import { FeedsLoading } from "./core/feeds/feeds-loading.js";
import { chatKey } from "./core/chats/chat.js";
import { type Section } from "./core/feeds/feed.js";
import type { OperatorControls } from "./core/commands/operator.js";
import type { Clock, Logger } from "./core/shared/ports.js";
import { createSendPacing, isRedisSettingRefused } from "./send-pacing.js";
import { loadSourcesFile } from "./sources-file.js";
import { LogFileError, chooseLogDestination, type LogDestination } from "./start/log-destination.js";
import { probeModelServer } from "./start/probe-model.js";
import { StartupStopped, reachDependency } from "./start/reach-dependency.js";
import { PlatformRefusedError, startPlatforms } from "./start/start-platforms.js";
import { startOpsHttp } from "./start-ops-http.js";
import { createRuntime } from "./start-runtime.js";

/** Longest wait for the first poll round (it then continues on the schedule). */
const FIRST_ROUND_WAIT_MS = 30_000;
/** How long the command in progress in the terminal chat may take to answer once stopping. */
const CHAT_STOP_GRACE_MS = 3_000;

/**
 * The order of an orderly stop: intake first (no new commands), then the jobs (no delivery is
 * mid-send when the platforms disconnect), the platforms (giving back the receiver lease), and the
 * store last.
 */
const STOP_ORDER = ["terminal chat", "ops http", "jobs", "platform", "send pacing", "model probe", "services", "store"];

/** Something started, and how to stop it. */
interface StartedPart {
  name: (typeof STOP_ORDER)[number];
  stop: () => Promise<void>;
}

/** Streams of the process, injectable for tests. */
export interface MainIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
  /** Resolves when the process is asked to stop (signals). */
  stopSignal: Promise<void>;
  /** Sets what a reload request (SIGHUP) does; absent: no such requests. */
  onReload?: (listener: () => void) => void;
}

/** Runs newsdesk until input ends (terminal chat) or a stop signal. Returns the exit code. */
export async function main(io: MainIo): Promise<number> {
  let config: Config;
  let sections: Section[];
  let destination: LogDestination;
  let consoleMode: boolean;
  try {
    config = loadConfig();
    sections = await loadSourcesFile(config.SOURCES_FILE, config.FEED_POLL_INTERVAL);
    consoleMode = config.CONSOLE ?? (!config.TELEGRAM_BOT_TOKEN && !config.DISCORD_TOKEN);
    if (!consoleMode && !config.TELEGRAM_BOT_TOKEN && !config.DISCORD_TOKEN) {
      throw new ConfigError(["Nothing to serve: CONSOLE=false and no TELEGRAM_BOT_TOKEN or DISCORD_TOKEN is set."]);
    }
    destination = chooseLogDestination({ ...(config.LOG_FILE ? { logFile: config.LOG_FILE } : {}), consoleChat: consoleMode });
  } catch (error) {
    io.stderr.write(`${error instanceof ConfigError && error.problems.length > 1 ? error.message : error instanceof ConfigError ? error.problems[0] : describeError(error)}\n`);
    return 2;
  }
  const logger = createPinoLogger(config.LOG_LEVEL ?? (consoleMode ? "warn" : "info"), {
    secrets: secretValuesOf(config),
    ...(destination.kind === "file" ? { file: destination.path } : {}),
  });
  const stopping = new AbortController();
  void io.stopSignal.then(() => stopping.abort());
  // What has started, stopped in STOP_ORDER.
  const started: StartedPart[] = [];
  try {
    await run({ config, sections, consoleMode, destination, logger, io, signal: stopping.signal, started });
    return 0;
  } catch (error) {
    if (error instanceof StartupStopped) {
      logger.info({ during: error.message }, "stopped during start-up");
      return 0;
    }
    const settings = error instanceof PlatformRefusedError || error instanceof LogFileError || (error instanceof StoreError && !error.retryable) || isRedisSettingRefused(error);
    if (!settings) throw error;
    // One clear line where the operator looks, whatever the log's destination.
    io.stderr.write(`newsdesk cannot start: ${describeError(error)}\n`);
    if (destination.kind === "file") logger.error({ error: describeError(error) }, "start-up failed");
    return 2;
  } finally {
    for (const part of started.sort((left, right) => STOP_ORDER.indexOf(left.name) - STOP_ORDER.indexOf(right.name))) {
      logger.debug({ part: part.name }, "stopping");
      await part.stop().catch((error: unknown) => logger.warn({ part: part.name, error: describeError(error) }, "stop failed"));
    }
  }
}

/** A reload asked for by SIGHUP: the outcome goes to the log (a bad file keeps the sections in use). */
async function reloadSources(operator: OperatorControls | undefined, file: string, logger: Logger): Promise<void> {
  if (!operator) return;
  logger.info({ file }, "SIGHUP: reloading the sources file");
  try {
    await operator.reloadSources();
  } catch (error) {
    const problems = error instanceof ConfigError ? error.problems.slice(0, 20) : [describeError(error)];
    logger.error({ file, problems }, "sources file not reloaded; the sections in use are unchanged");
  }
}

async function run(options: {
  config: Config;
  sections: Section[];
  consoleMode: boolean;
  destination: LogDestination;
  logger: Logger;
  io: MainIo;
  signal: AbortSignal;
  started: StartedPart[];
}): Promise<void> {
  const { config, sections, consoleMode, logger, io, signal, started } = options;
  const instanceId = config.INSTANCE_ID ?? `${hostname()}-${process.pid}`;
  logger.info({ config: describeConfig(config), sections: sections.length, log: options.destination }, "configuration");
  // Metrics are kept only when something serves them (HTTP_PORT).
  const metrics = config.HTTP_PORT === undefined ? undefined : createPromMetrics();
  const location = parseStoreUrl(config.STORE_URL);
  const stores = await reachDependency({
    dependency: location.kind === "sqlite" ? `SQLite store (${location.path})` : `PostgreSQL store (${location.display})`,
    logger,
    signal,
    isFatal: (error) => !(error instanceof StoreError && error.retryable),
    discard: (opened) => opened.close(),
    attempt: () =>
      createStores({
        url: config.STORE_URL,
        retentionMs: config.ARTICLE_RETENTION_DAYS * 86_400_000,
        namespacePrefix: config.STORE_TABLE_PREFIX,
        ...(metrics ? { onStoreError: (operation: string) => metrics.storeError(operation) } : {}),
      }),
  });
  started.push({ name: "store", stop: () => stores.close() });
  const clock: Clock = { now: () => Date.now() };
  const modelProbe = config.SUMMARY_MODEL
    ? probeModelServer({ baseURL: config.OPENAI_BASE_URL ?? "https://api.openai.com/v1", ...(config.OPENAI_API_KEY ? { apiKey: config.OPENAI_API_KEY } : {}), logger })
    : undefined;
  if (modelProbe) started.push({ name: "model probe", stop: async () => modelProbe.stop() });
  const feedsLoading = new FeedsLoading();
  const services = await buildServices({ config, sections, stores, clock, logger, instanceId, feedsLoading, ...(modelProbe ? { modelProbe } : {}), ...(metrics ? { metrics } : {}) });
  started.push({ name: "services", stop: () => services.close() });
  io.onReload?.(() => void reloadSources(services.commandServices.operator, config.SOURCES_FILE, logger));
  const imported = await stores.importLegacy((settings) => services.chats.save(settings));
  if (imported.chats + imported.feeds + imported.skipped > 0) logger.warn({ ...imported }, "imported chats and feed states from the 0.1 keyv rows");
  // Before the first poll: items still in their feeds must match the keys of their stored copies.
  await rekeyStoredUrls(stores, logger);

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
  const senders: PlatformSender[] = [consoleSender];
  const runtime = createRuntime({ config, services, stores, sender: routeByPlatform(senders), clock, logger, instanceId, ...(metrics ? { metrics } : {}) });
  // Each configured platform is "starting" (not ready) until it has started.
  const platformHealth = new Map<string, () => PlatformHealth>();
  for (const platform of [...(config.DISCORD_TOKEN ? ["discord"] : []), ...(config.TELEGRAM_BOT_TOKEN ? ["telegram"] : [])]) {
    platformHealth.set(platform, () => ({ connected: false, detail: "starting" }));
  }
  if (metrics) {
    const opsHttp = await startOpsHttp({
      config,
      metrics,
      stores,
      services,
      runtime,
      instanceId,
      clock,
      logger,
      platforms: [...platformHealth.keys()].map((platform) => ({ platform, health: () => platformHealth.get(platform)!() })),
      countedPlatforms: ["telegram", "discord"],
    });
    started.push({ name: "ops http", stop: () => opsHttp.close() });
  }
  // The first poll round runs in the background: chats answer from what is stored meanwhile.
  const firstRound = new AbortController();
  const timer = setTimeout(() => firstRound.abort(), FIRST_ROUND_WAIT_MS);
  const onStop = (): void => firstRound.abort();
  signal.addEventListener("abort", onStop, { once: true });
  const loaded = (async () => {
    try {
      await runtime.pollOnce(firstRound.signal);
      if (!signal.aborted) await runtime.scheduleOnce();
    } catch (error) {
      logger.error({ error: describeError(error) }, "first round failed");
    } finally {
      clearTimeout(timer);
      signal.removeEventListener("abort", onStop);
      feedsLoading.markLoaded();
      if (!signal.aborted) runtime.start();
    }
  })();
  started.push({
    name: "jobs",
    stop: async () => {
      firstRound.abort();
      await loaded;
      await runtime.stop();
    },
  });

  if (consoleMode) {
    const chat = startConsoleChat({
      input: io.stdin,
      output: io.stdout,
      commands: commandRegistry,
      services: services.commandServices,
      logger,
      interactive: io.stdin.isTTY === true,
      ...(options.destination.kind === "file" ? { logFile: options.destination.path } : {}),
      // A script piping commands wants answers from the feeds, not "still loading".
      ...(io.stdin.isTTY === true ? {} : { feeds: { loading: feedsLoading, waitMs: FIRST_ROUND_WAIT_MS } }),
    });
    terminal.chat = chat;
    // Intake stops at the signal itself: a queued command does not start while the rest stops.
    signal.addEventListener("abort", () => void chat.stop(CHAT_STOP_GRACE_MS), { once: true });
    started.push({ name: "terminal chat", stop: () => chat.stop(CHAT_STOP_GRACE_MS) });
  }

  const pacing = await reachDependency({
    dependency: "Redis (REDIS_URL)",
    logger,
    signal,
    isFatal: isRedisSettingRefused,
    discard: (opened) => opened.close(),
    attempt: () => createSendPacing({ ...(config.REDIS_URL ? { redisUrl: config.REDIS_URL } : {}), stores, logger, prefix: config.STORE_TABLE_PREFIX }),
  });
  started.push({ name: "send pacing", stop: () => pacing.close() });
  const platforms: string[] = [];
  await startPlatforms({
    config,
    services,
    stores,
    logger,
    instanceId,
    pacing,
    signal,
    ...(metrics ? { onRateLimited: (platform: "telegram" | "discord") => metrics.rateLimited(platform) } : {}),
    onStarted(platform) {
      platformHealth.set(platform.sender.platform, () => platform.health());
      senders.push(platform.sender);
      platforms.push(platform.sender.platform);
      started.push({ name: "platform", stop: () => platform.stop() });
    },
  });
  logger.info({ instanceId, platforms, console: consoleMode }, "newsdesk started");
  await Promise.race([terminal.chat?.finished ?? new Promise<never>(() => undefined), new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }))]);
  logger.info({}, signal.aborted ? "stopping" : "input ended; stopping");
}
