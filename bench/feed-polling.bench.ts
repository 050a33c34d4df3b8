/**
 * Feed polling at scale: can one instance keep N feeds on a 5-minute cadence? The real poller
 * (`pollDueFeeds` on the runtime's 15 s tick, the real HTTP fetcher with the address policy on and
 * 127.0.0.1 allow-listed, the real parser, a real SQLite store) against publishers in a child
 * process (bench/feed-polling-server.ts): ~50 hosts on 127.0.0.1, each answer 200 ms late, mostly
 * 304 to the conditional request, about 3 % of polls a new version (200, ten items).
 *
 * How a 5-minute cadence is measured in about a minute: the feeds start as if the instance had been
 * running for a while — each already fetched once (ETag known) and next due at a moment spread evenly
 * over the 300 s interval, the first one tick before the window. A window of W seconds then sees
 * N × W / 300 feeds come due, at the rate the real cadence needs (N / 300 per second), with the real
 * interval and jitter for the polls that follow (none of which fall in the window). Scaling the interval
 * down would instead change what a round claims per tick and the share of time spent waiting for ticks.
 *
 * Printed for each N: polls/s achieved against the N / 300 needed (the baseline of the same run),
 * the share of feeds polled on time (started within 30 s, two ticks, of when they were due), the
 * newsdesk process's CPU as a share of the machine (process.cpuUsage over wall time / cores), the
 * publishers' CPU likewise, and the event loop's delay. Run alone:
 * `npx tsx bench/feed-polling.bench.ts [seconds] [N...]`.
 */
import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseAllowList } from "../src/adapters/feeds/address-policy.js";
import { createHttpFeedFetcher } from "../src/adapters/feeds/fetch-feed.js";
import { createFeedParser } from "../src/adapters/feeds/parse-feed.js";
import { createStores } from "../src/adapters/store/create-stores.js";
import type { IngestDependencies } from "../src/core/feeds/ingest-feed.js";
import type { FeedSource, FeedState } from "../src/core/feeds/feed.js";
import { pollDueFeeds } from "../src/core/feeds/poll-due-feeds.js";
import type { FeedFetcher } from "../src/core/feeds/feed-ports.js";
import type { Logger } from "../src/core/shared/ports.js";

const INTERVAL_SECONDS = 300;
const TICK_MS = 15_000;
const ON_TIME_MS = 30_000;
const HOSTS = 50;
const DELAY_MS = 200;

/** Options of {@link runFeedPollingBench}. */
export interface FeedPollingBenchOptions {
  /** Catalogue sizes to run. Default 10 000 and 50 000. */
  feedCounts?: number[];
  /** Measured window per size, in seconds. Default 75. */
  seconds?: number;
  concurrency?: number;
  perHost?: number;
}

interface ServerReport {
  cpu: NodeJS.CpuUsage;
  requests: number;
  notModified: number;
  ok: number;
}

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };

async function startPublishers(): Promise<{ child: ChildProcess; ports: number[] }> {
  const script = fileURLToPath(new URL("./feed-polling-server.ts", import.meta.url));
  const child = fork(script, [String(HOSTS), String(DELAY_MS), "0.03"], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const ports = await new Promise<number[]>((resolve, reject) => {
    child.once("message", (message) => resolve((message as { ports: number[] }).ports));
    child.once("exit", (code) => reject(new Error(`publisher process exited (${code})`)));
  });
  return { child, ports };
}

function stopPublishers(child: ChildProcess): Promise<ServerReport> {
  return new Promise((resolve) => {
    child.once("message", (message) => resolve(message as ServerReport));
    child.send("stop");
  });
}

const sleep = (milliseconds: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.max(0, milliseconds)));

function percentile(sorted: readonly number[], share: number): number {
  return sorted.length === 0 ? Number.NaN : (sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] as number);
}

/** One measured run; returns the printed line's figures. */
async function runOnce(label: string, feedCount: number, seconds: number, concurrency: number, perHost: number): Promise<void> {
  const { child, ports } = await startPublishers();
  const directory = mkdtempSync(path.join(tmpdir(), "newsdesk-polling-"));
  const stores = await createStores({ url: `sqlite://${path.join(directory, "bench.sqlite")}`, retentionMs: 86_400_000 });
  const feeds: FeedSource[] = Array.from({ length: feedCount }, (_, index) => ({
    url: `http://127.0.0.1:${ports[index % ports.length] as number}/feed/${index}.xml`,
    sectionId: "news",
    pollIntervalSeconds: INTERVAL_SECONDS,
  }));

  // The feeds as an instance that has run for a while has them: fetched once, due spread over the interval.
  const setupStart = Date.now();
  const windowStart = setupStart + 2_000 + feedCount * 0.3;
  const ticks = Math.max(2, Math.round((seconds * 1000) / TICK_MS));
  const windowEnd = windowStart + ticks * TICK_MS;
  // The first feeds fell due during the tick before the window, as in a poller already running.
  const firstDue = windowStart - TICK_MS;
  const dueAt = new Map<string, number>();
  for (const [index, feed] of feeds.entries()) {
    const due = firstDue + Math.floor((index * INTERVAL_SECONDS * 1000) / feedCount);
    dueAt.set(feed.url, due);
    const state: FeedState = { url: feed.url, nextPollAt: due, consecutiveFailures: 0, healthy: true, initialized: true, etag: '"v0"', title: "Feed", itemCount: 1 };
    await stores.feedStates.put(state);
  }
  const setupMs = Date.now() - setupStart;

  const http = createHttpFeedFetcher({
    timeoutMs: 15_000,
    connectionsPerOrigin: perHost,
    addressPolicy: { blockPrivateAddresses: true, allow: parseAllowList(["127.0.0.0/8"]) },
  });
  const started = new Map<string, number>();
  const fetcher: FeedFetcher = {
    fetch(url, validators, signal) {
      if (!started.has(url)) started.set(url, Date.now());
      return http.fetch(url, validators, signal);
    },
  };
  const ingest: IngestDependencies = {
    fetcher,
    parser: createFeedParser(),
    articles: stores.articles,
    feedStates: stores.feedStates,
    clock: { now: () => Date.now() },
    logger: silent,
    policy: { failuresBeforeUnhealthy: 5, maxBackoffSeconds: 6 * 3600, maxItemsPerFetch: 500, random: Math.random },
  };
  // Registered in the store above, as by an instance already running.
  const registered = new Set(feeds.map((feed) => feed.url));
  const controller = new AbortController();

  await sleep(windowStart - Date.now());
  child.send("mark");
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const stopTimer = setTimeout(() => controller.abort(), windowEnd - Date.now());
  let stored = 0;
  let failed = 0;
  let deferred = 0;
  // The runtime's job: a round every tick; a round that overruns its tick skips to the next one (node-cron noOverlap).
  while (!controller.signal.aborted) {
    const round = await pollDueFeeds(feeds, ingest, { concurrency, perHost, roundMs: TICK_MS, registered, owner: "bench", claimMs: 60_000, signal: controller.signal });
    stored += round.stored;
    failed += round.failed;
    deferred += round.deferred;
    const elapsed = Date.now() - windowStart;
    await Promise.race([sleep(TICK_MS - (elapsed % TICK_MS)), new Promise((resolve) => controller.signal.addEventListener("abort", resolve, { once: true }))]);
  }
  clearTimeout(stopTimer);
  const wallSeconds = (performance.now() - wallStart) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  loopDelay.disable();
  const server = await stopPublishers(child);
  await http.close();
  await stores.close();
  rmSync(directory, { recursive: true, force: true });

  const cores = availableParallelism();
  const polls = [...started.values()].filter((time) => time >= windowStart && time < windowEnd).length;
  const lateness: number[] = [];
  let dueInWindow = 0;
  for (const [url, due] of dueAt) {
    if (due > windowEnd - ON_TIME_MS) continue;
    dueInWindow += 1;
    const start = started.get(url);
    lateness.push(start === undefined ? Number.POSITIVE_INFINITY : start - due);
  }
  lateness.sort((left, right) => left - right);
  const onTime = lateness.filter((late) => late <= ON_TIME_MS).length;
  const needed = feedCount / INTERVAL_SECONDS;
  const achieved = polls / ((windowEnd - windowStart) / 1000);
  const share = (usage: NodeJS.CpuUsage): string => `${(((usage.user + usage.system) / 1e6 / wallSeconds / cores) * 100).toFixed(1)} %`;
  console.log(`  ${label}: ${feedCount} feeds over ${ports.length} hosts, ${concurrency} in flight (≤ ${perHost} per host), ${seconds} s window (${ticks} ticks of ${TICK_MS / 1000} s; state set up in ${(setupMs / 1000).toFixed(1)} s)`);
  console.log(`    polls/s: ${achieved.toFixed(1)} achieved vs ${needed.toFixed(1)} needed (ratio ${(achieved / needed).toFixed(2)}); on time (≤ 30 s late): ${((onTime / Math.max(1, dueInWindow)) * 100).toFixed(1)} % of ${dueInWindow}; lateness p50 ${(percentile(lateness, 0.5) / 1000).toFixed(1)} s, p95 ${(percentile(lateness, 0.95) / 1000).toFixed(1)} s`);
  console.log(`    CPU of the machine (${cores} cores): newsdesk ${share(cpu)}, publishers ${share(server.cpu)}; event loop delay p99 ${(loopDelay.percentile(99) / 1e6).toFixed(0)} ms, max ${(loopDelay.max / 1e6).toFixed(0)} ms`);
  console.log(`    answers: ${server.notModified} × 304, ${server.ok} × 200; ${stored} articles stored; ${failed} failed polls; ${deferred} hand-backs for busy hosts; load average ${loadavg()[0]?.toFixed(1)}`);
}

/** Runs the feed-polling benchmark and prints its figures. */
export async function runFeedPollingBench(options: FeedPollingBenchOptions = {}): Promise<void> {
  const feedCounts = options.feedCounts ?? [10_000, 50_000];
  const seconds = options.seconds ?? 75;
  const concurrency = options.concurrency ?? 200;
  const perHost = options.perHost ?? 6;
  console.log(`feed polling: publishers answering in ${DELAY_MS} ms, ${INTERVAL_SECONDS} s cadence; baseline: the rate the cadence needs (N / ${INTERVAL_SECONDS} polls/s)`);
  for (const feedCount of feedCounts) await runOnce("now", feedCount, seconds, concurrency, perHost);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [secondsArgument, ...counts] = process.argv.slice(2);
  runFeedPollingBench({
    ...(secondsArgument ? { seconds: Number(secondsArgument) } : {}),
    ...(counts.length > 0 ? { feedCounts: counts.map(Number) } : {}),
  }).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
