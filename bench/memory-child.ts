/**
 * One newsdesk instance for the memory bench, run as a child process (`--expose-gc`) so that its
 * RSS is its own: the real start-up path (createStores, buildServices with the follow index loaded
 * from the store, createRuntime, a first poll round of the bundled offline feeds), then a briefing
 * round (scheduler tick and outbox passes until nothing is pending) through `routeByPlatform` with a
 * no-op Telegram sender. Prints one JSON line of figures (`MEMORY {...}`) and exits.
 * argv: <STORE_URL> <namespace prefix> [heap snapshot file, written once the services are built]
 */
import { readFileSync } from "node:fs";
import { writeHeapSnapshot } from "node:v8";
import { createStores } from "../src/adapters/store/create-stores.js";
import { buildServices } from "../src/build-services.js";
import { loadConfig } from "../src/config.js";
import { routeByPlatform, type PlatformSender } from "../src/core/delivery/chat-sender.js";
import type { Logger } from "../src/core/shared/ports.js";
import { loadSourcesFile } from "../src/sources-file.js";
import { createRuntime } from "../src/start-runtime.js";

/** Memory at one point, in bytes. */
export interface MemoryPoint {
  rss: number;
  /** Of the RSS: anonymous memory (heap, malloc) and file-backed pages (code, mapped files); Linux only, else 0. */
  rssAnon: number;
  rssFile: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

/** What the child reports. */
export interface MemoryReport {
  /** After imports, before the store is opened. */
  beforeStart: MemoryPoint;
  /** Store open, nothing loaded. */
  storeOpen: MemoryPoint;
  /** buildServices done: the follow index holds every chat's follows. */
  servicesBuilt: MemoryPoint;
  /** Runtime created and a first poll round done, after GC: just started. */
  started: MemoryPoint;
  /** The same after {@link SETTLE_MS} at rest: the idle instance. */
  idle: MemoryPoint;
  /** Highest RSS and heap seen while the round ran (sampled every 20 ms), and after it, after GC. */
  roundPeakRss: number;
  roundPeakHeapUsed: number;
  roundPeakHeapTotal: number;
  /** After the scheduler tick queued the round (before sending), after GC. */
  afterSchedule: MemoryPoint;
  afterRound: MemoryPoint;
  loadSeconds: number;
  roundSeconds: number;
  index: { chats: number; follows: number; phrases: number; tokens: number };
  sent: number;
}

/** How long the instance rests before its idle figure is taken. */
const SETTLE_MS = 15_000;
const silent: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };

/** RssAnon and RssFile of /proc/self/status, in bytes (zero where there is no /proc). */
function rssParts(): { rssAnon: number; rssFile: number } {
  let status = "";
  try {
    status = readFileSync("/proc/self/status", "utf8");
  } catch {
    return { rssAnon: 0, rssFile: 0 };
  }
  const kilobytes = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "mu").exec(status)?.[1] ?? 0) * 1024;
  return { rssAnon: kilobytes("RssAnon"), rssFile: kilobytes("RssFile") };
}

function measure(): MemoryPoint {
  // Twice: the first pass can leave objects that only a second one frees (weak references, finalizers).
  globalThis.gc?.();
  globalThis.gc?.();
  const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
  return { rss, ...rssParts(), heapUsed, heapTotal, external, arrayBuffers };
}

async function main(): Promise<void> {
  const [storeUrl = "", prefix = ""] = process.argv.slice(2);
  if (!globalThis.gc) throw new Error("run with --expose-gc");
  // The module graph of a real instance (platform adapters included), so that the baseline is one.
  await import("../src/main.js");
  const beforeStart = measure();
  // ARTICLE_FETCH off: composing briefings must not reach out to article pages from a bench.
  const config = loadConfig({ SOURCES_FILE: "samples/sources.yaml", ARTICLE_FETCH: "false", LOG_LEVEL: "silent" }, undefined);
  const sections = await loadSourcesFile(config.SOURCES_FILE, config.FEED_POLL_INTERVAL);
  const stores = await createStores({ url: storeUrl, retentionMs: 86_400_000, namespacePrefix: prefix, operationTimeoutMs: 60_000 });
  const storeOpen = measure();
  const clock = { now: () => Date.now() };
  const loadStart = performance.now();
  const services = await buildServices({ config, sections, stores, clock, logger: silent, instanceId: "bench-memory" });
  const loadSeconds = (performance.now() - loadStart) / 1000;
  const servicesBuilt = measure();
  // Diagnostics: what the loaded index is made of (open the file in Chrome DevTools, or bench/heap-summary.ts).
  const snapshotFile = process.argv[4];
  if (snapshotFile) writeHeapSnapshot(snapshotFile);

  let sent = 0;
  const noopTelegram: PlatformSender = {
    platform: "telegram",
    async send(_chat, _document, progress) {
      await progress?.beforePart?.(0, 1);
      sent += 1;
      await progress?.onPartSent(0, 1);
    },
  };
  const runtime = createRuntime({ config, services, stores, sender: routeByPlatform([noopTelegram]), clock, logger: silent, instanceId: "bench-memory" });
  await runtime.pollOnce(AbortSignal.timeout(60_000));
  const started = measure();
  // An instance at rest: V8 gives back the heap pages loading left behind only once it sees the
  // process idle for a while (its memory reducer), so the idle figure is taken after a pause.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const idle = measure();

  let roundPeakRss = 0;
  let roundPeakHeapUsed = 0;
  let roundPeakHeapTotal = 0;
  const sample = (): void => {
    const usage = process.memoryUsage();
    roundPeakRss = Math.max(roundPeakRss, usage.rss);
    roundPeakHeapUsed = Math.max(roundPeakHeapUsed, usage.heapUsed);
    roundPeakHeapTotal = Math.max(roundPeakHeapTotal, usage.heapTotal);
  };
  const sampler = setInterval(sample, 20);
  const roundStart = performance.now();
  await runtime.scheduleOnce();
  const afterSchedule = measure();
  // Until two passes in a row find nothing; bounded, in case a record keeps failing.
  for (let idlePasses = 0, passes = 0; idlePasses < 2 && passes < 10_000; passes += 1) {
    const before = sent;
    await runtime.drainOnce();
    sample();
    idlePasses = sent === before && (await stores.outbox.countPending()) === 0 ? idlePasses + 1 : 0;
  }
  const roundSeconds = (performance.now() - roundStart) / 1000;
  clearInterval(sampler);
  const afterRound = measure();

  const report: MemoryReport = {
    beforeStart,
    started,
    storeOpen,
    servicesBuilt,
    idle,
    roundPeakRss,
    roundPeakHeapUsed,
    roundPeakHeapTotal,
    afterSchedule,
    afterRound,
    loadSeconds,
    roundSeconds,
    index: services.alerts.stats(),
    sent,
  };
  process.stdout.write(`MEMORY ${JSON.stringify(report)}\n`);
  await runtime.stop();
  await services.close();
  await stores.close();
}

await main();
process.exit(0);
