/**
 * Part of the composition root: the recurring work of one instance. Feed polling (each feed claimed
 * by one instance at a time), follow alerts after each poll round, the briefing scheduler (due chats
 * claimed a page at a time, so instances share a round), and the outbox sender (each record claimed
 * by the instance sending it). Every job is a plain function tests call directly.
 *
 * Failover: nothing here is tied to one instance. Work a killed instance had claimed is free again
 * when its claim runs out (briefing pages BRIEFING_CLAIM_MS, deliveries OUTBOX_LEASE_MS, feeds
 * 4 × FEED_TIMEOUT_MS), and the next tick of any other instance picks it up.
 */
import { z } from "zod";
import { createFeedParser } from "./adapters/feeds/parse-feed.js";
import { createHttpFeedFetcher } from "./adapters/feeds/fetch-feed.js";
import { scheduleJob, type Job } from "./adapters/scheduler/schedule-job.js";
import { RELOAD_CHECK_SECONDS } from "./operator-controls.js";
import type { Stores } from "./adapters/store/create-stores.js";
import { fetchAllowList, type Services } from "./build-services.js";
import type { Config } from "./config.js";
import { type ChatSender, measureSender } from "./core/delivery/chat-sender.js";
import { describeError } from "./core/shared/errors.js";
import { FeedHealthNotices } from "./core/alerts/feed-health-notices.js";
import { measureFetcher } from "./core/feeds/feed-metrics.js";
import { NO_METRICS, type Metrics } from "./core/shared/metrics.js";
import { alertNewArticles } from "./core/alerts/alert-new-articles.js";
import type { IngestDependencies } from "./core/feeds/ingest-feed.js";
import { drainOutbox, type DrainDependencies } from "./core/delivery/drain-outbox.js";
import { scheduleDueBriefings } from "./core/delivery/schedule-briefings.js";
import { pollDueFeeds } from "./core/feeds/poll-due-feeds.js";
import { ChatFeedList } from "./core/chats/chat-feed-list.js";
import type { ChangeCursor } from "./core/chats/chat-ports.js";
import type { Clock, Logger } from "./core/shared/ports.js";

const HOUR = 3_600_000;
/**
 * Due chats claimed per query, and how long the claim lasts: a page (16 chats, 8 composed at once)
 * is done well within the claim, and a killed instance's page is due again 20 s later, picked up
 * by the next 5-second tick of another instance (a tick with nothing due is one indexed query).
 */
const BRIEFING_PAGE = 16;
const BRIEFING_CLAIM_MS = 20_000;
const FOLLOW_REFRESH_OVERLAP_MS = 60_000;

/** The jobs of one instance, runnable by hand. */
export interface Runtime {
  /** One poll round, then alerts. */
  pollOnce(signal: AbortSignal): Promise<void>;
  /** Queues due briefings (catching up after downtime within the grace period). */
  scheduleOnce(): Promise<void>;
  /** Sends what is due in the outbox. */
  drainOnce(signal?: AbortSignal): Promise<void>;
  /** Reloads every chat's follows into this instance's index (changes made on other instances). */
  refreshFollowsOnce(): Promise<void>;
  /** Reloads the sources file when another instance's /admin reload asked every instance to. */
  followReloadsOnce(): Promise<void>;
  /** Starts the timers. */
  start(): void;
  /** When `start` ran (undefined before), and each job's interval and last start and end (readiness). */
  heartbeats(): { startedAt?: number; jobs: ReadonlyMap<string, JobHeartbeat> };
  stop(): Promise<void>;
}

/** A scheduled job's interval and its latest run (epoch ms). */
export interface JobHeartbeat {
  intervalMs: number;
  lastStartAt?: number;
  lastEndAt?: number;
}

/** Builds the runtime of one instance. */
export function createRuntime(options: {
  config: Config;
  services: Services;
  stores: Stores;
  sender: ChatSender;
  clock: Clock;
  logger: Logger;
  instanceId: string;
  metrics?: Metrics;
}): Runtime {
  const { config, services, stores, clock, logger, instanceId } = options;
  const metrics = options.metrics ?? NO_METRICS;
  const fetcher = createHttpFeedFetcher({
    timeoutMs: config.FEED_TIMEOUT_MS,
    maxBytes: config.FEED_MAX_BYTES,
    addressPolicy: { blockPrivateAddresses: true, allow: fetchAllowList(config) },
    connectionsPerOrigin: config.FEED_CONCURRENCY_PER_HOST,
  });
  const ingest: IngestDependencies = {
    fetcher: measureFetcher(fetcher, metrics),
    metrics,
    parser: createFeedParser(),
    articles: stores.articles,
    feedStates: stores.feedStates,
    clock,
    logger,
    policy: { failuresBeforeUnhealthy: config.FEED_FAILURES_BEFORE_UNHEALTHY, maxBackoffSeconds: 6 * 3600, maxItemsPerFetch: 500, random: Math.random },
    ...(config.FEED_FAILING_NOTICE_AFTER === undefined
      ? {}
      : {
          health: new FeedHealthNotices({
            subscriptions: stores.subscriptions,
            outbox: stores.outbox,
            clock,
            logger,
            failingNoticeAfterMs: config.FEED_FAILING_NOTICE_AFTER,
            sectionTitle: (id) => services.catalog.get(id)?.title ?? id,
            instanceId,
            translator: services.commandServices.translator,
          }),
        }),
  };
  const watermarkCache = stores.createCache({ name: "alert-watermark", schema: z.number().nonnegative() });
  const watermark = { get: () => watermarkCache.get("articles"), set: (value: number) => watermarkCache.set("articles", value) };
  const drain: DrainDependencies = {
    outbox: stores.outbox,
    sender: measureSender(options.sender, metrics),
    metrics,
    clock,
    logger,
    owner: instanceId,
    leaseMs: config.OUTBOX_LEASE_MS,
    maxAttempts: 10,
    concurrency: 16,
    pauseChat: (chat, reason) => services.chats.pause(chat, reason),
  };
  // Follows changed through other instances reach this one's index from the store's change index.
  let followsSeenUntil = clock.now();
  // Feeds this instance has registered in the store's due index: registered once, not every round.
  const registeredFeeds = new Set<string>();
  const chatFeeds = new ChatFeedList({
    subscriptions: stores.subscriptions,
    feedStates: stores.feedStates,
    clock,
    isConfigured: (url) => services.catalog.sectionOfFeed(url) !== undefined,
    pollIntervalSeconds: config.FEED_POLL_INTERVAL,
    maxFeeds: config.MAX_CHAT_SOURCES_TOTAL,
  });
  let lastSweep = clock.now();
  const jobs: Job[] = [];
  const heartbeats = new Map<string, JobHeartbeat>();
  let startedAt: number | undefined;
  /** A job on the timer, its runs recorded for metrics and readiness. */
  const schedule = (name: string, expression: string, intervalMs: number, run: (signal: AbortSignal) => Promise<unknown>): void => {
    const beat: JobHeartbeat = { intervalMs };
    heartbeats.set(name, beat);
    const onTick = (lagMs: number): void => {
      beat.lastStartAt = clock.now();
      metrics.schedulerTick(name, lagMs);
    };
    jobs.push(scheduleJob({ name, expression, run, logger, onTick, onDone: () => void (beat.lastEndAt = clock.now()) }));
  };

  const runtime: Runtime = {
    async pollOnce(signal) {
      const round = await pollDueFeeds([...services.catalog.feeds(), ...(await chatFeeds.feeds())], ingest, {
        concurrency: config.FEED_CONCURRENCY,
        perHost: config.FEED_CONCURRENCY_PER_HOST,
        signal,
        owner: instanceId,
        // A claimed feed may wait for its host (a queue of 4 × its limit: at most 4 fetch deadlines)
        // before its own fetch; the claim outlasts both, with room for the store.
        claimMs: config.FEED_TIMEOUT_MS * 6,
        // Claims stop at the next tick, so that follow alerts of the round go out without waiting longer.
        roundMs: config.POLL_TICK_SECONDS * 1000,
        registered: registeredFeeds,
      });
      if (round.polled + round.deferred > 0) logger.debug({ polled: round.polled, failed: round.failed, stored: round.stored, deferred: round.deferred }, "poll round");
      const alerts = await alertNewArticles(services.alerts, stores.articles, watermark, clock);
      const batches = await services.alerts.flushBatches();
      if (alerts.queued + alerts.batched + batches > 0) logger.info({ ...alerts, batches }, "follow alerts queued");
      if (clock.now() - lastSweep > HOUR) {
        lastSweep = clock.now();
        await stores.sweepExpired().catch((error: unknown) => logger.warn({ error: describeError(error) }, "sweep of expired rows failed"));
      }
    },
    async scheduleOnce() {
      const result = await scheduleDueBriefings({
        subscriptions: stores.subscriptions,
        chats: services.chats,
        briefings: services.briefings,
        outbox: stores.outbox,
        clock,
        logger,
        graceMs: config.BRIEFING_GRACE_MINUTES * 60_000,
        instanceId,
        pageSize: BRIEFING_PAGE,
        claimMs: BRIEFING_CLAIM_MS,
      });
      if (result.queued + result.skipped > 0) logger.info({ ...result }, "briefings queued");
    },
    async drainOnce(signal) {
      const result = await drainOutbox(drain, signal ? { signal } : {});
      if (result.sent + result.failed + result.retried + result.uncertain > 0) logger.info({ ...result }, "outbox drained");
    },
    async refreshFollowsOnce() {
      // Re-read a minute of overlap: a change committed late (or stamped by a clock a little behind) is not missed.
      const startedAt = clock.now();
      const since = followsSeenUntil - FOLLOW_REFRESH_OVERLAP_MS;
      let after: ChangeCursor | undefined;
      do {
        const page = await stores.subscriptions.listChangedSince(since, 2_000, after);
        for (const change of page.changes) {
          if (change.settings) services.alerts.updateChat(change.settings);
          else services.alerts.removeChat(change.key);
        }
        after = page.next;
      } while (after);
      followsSeenUntil = startedAt;
    },
    async followReloadsOnce() {
      await services.commandServices.operator?.followReloadRequests();
    },
    start() {
      const tick = Math.max(1, Math.round(config.POLL_TICK_SECONDS));
      startedAt = clock.now();
      schedule("feed-poll", tick < 60 ? `*/${tick} * * * * *` : "* * * * *", tick * 1000, (signal) => runtime.pollOnce(signal));
      // Every instance ticks: claims share the due chats between them, and a killed instance's are
      // taken over within BRIEFING_CLAIM_MS plus one tick.
      schedule("briefing-schedule", "*/5 * * * * *", 5_000, () => runtime.scheduleOnce());
      schedule("outbox-drain", "*/2 * * * * *", 2_000, (signal) => runtime.drainOnce(signal));
      // With a shared store, follows changed through another instance reach this one's index here.
      if (stores.kind === "postgres") {
        schedule("follow-refresh", "30 * * * * *", 60_000, () => runtime.refreshFollowsOnce());
        // An /admin reload on any instance reaches this one within two of these checks (one row read).
        schedule("reload-requests", `*/${RELOAD_CHECK_SECONDS} * * * * *`, RELOAD_CHECK_SECONDS * 1000, () => runtime.followReloadsOnce());
      }
    },
    heartbeats: () => ({ ...(startedAt === undefined ? {} : { startedAt }), jobs: heartbeats }),
    async stop() {
      await Promise.all(jobs.splice(0).map((job) => job.stop()));
      await fetcher.close();
    },
  };
  return runtime;
}
