/**
 * Ingestion throughput: items per second through the whole pipeline (decode + parse + normalise +
 * dedupe + store) against the bare parser (feedsmith's parseFeed on the same documents), printed as
 * a ratio, on SQLite and on PostgreSQL.
 *
 * Both sides are measured warm, as in a poller that has run for a while: the parser and the pipeline
 * first go through a warm-up set of documents (which also leaves the store holding articles), then,
 * in each of five rounds, the parser (median of three passes) and the pipeline are timed on a new
 * set whose items are all new to the store; the pipeline then takes the same set again (the steady
 * state of polling, every item a duplicate) and another new set 8 feeds at once, as the poller runs. PostgreSQL is the one at
 * TEST_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/test), under a table prefix of its
 * own that is dropped afterwards; it is skipped when unreachable. Besides the wall-clock ratio, the
 * ratio of this process's CPU time is printed: on a machine shared with other work it is the steadier
 * of the two (on SQLite all of the work is in this process). Run alone: `npx tsx bench/ingest.bench.ts`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseFeed } from "feedsmith";
import pg from "pg";
import { createFeedParser } from "../src/adapters/feeds/parse-feed.js";
import { createStores, type Stores } from "../src/adapters/store/create-stores.js";
import { tablePrefixOf } from "../src/adapters/store/sql/sql-database.js";
import { articleIdOf, dedupeKeysOf } from "../src/core/feeds/dedupe-keys.js";
import { ingestFeed, type IngestDependencies } from "../src/core/feeds/ingest-feed.js";
import type { Article } from "../src/core/articles/article.js";
import type { FeedSource } from "../src/core/feeds/feed.js";
import type { DedupeKeys } from "../src/core/articles/article-ports.js";
import type { FeedFetcher } from "../src/core/feeds/feed-ports.js";
import type { Logger } from "../src/core/shared/ports.js";

const FEEDS = 40;
const ITEMS_PER_FEED = 100;
const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/**
 * A generated RSS 2.0 document with realistic item sizes (HTML descriptions of ~600 characters),
 * its items dated a minute apart from `hour` hours into 20 November 2026.
 */
function generateFeed(feedIndex: number, batch: string, hour: number): string {
  const items = Array.from({ length: ITEMS_PER_FEED }, (_, itemIndex) => {
    const id = `${batch}${feedIndex}-${itemIndex}`;
    const words = Array.from({ length: 90 }, (_, word) => `word${(word * 7 + itemIndex * 13 + feedIndex) % 500}`).join(" ");
    return `<item><title>Story ${id}: council ${itemIndex % 7 === 0 ? "approves" : "debates"} plan number ${id}</title>
<link>https://outlet${feedIndex}.example/news/${id}?utm_source=rss</link><guid>https://outlet${feedIndex}.example/news/${id}</guid>
<pubDate>${new Date(Date.UTC(2026, 10, 20, hour, itemIndex)).toUTCString()}</pubDate><category>Politics</category>
<description><![CDATA[<p>${words}.</p><p><a href="https://outlet${feedIndex}.example">More</a></p>]]></description></item>`;
  }).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Outlet ${feedIndex}</title><link>https://outlet${feedIndex}.example</link>${items}</channel></rss>`;
}

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };

/** Seconds of this process's CPU (user and system) since `start`. */
function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/** Seconds (wall clock and CPU) the bare parser takes over `documents`. */
function timeParser(documents: readonly string[]): { seconds: number; cpu: number; items: number } {
  let items = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (const document of documents) {
    const result = parseFeed(document);
    items += "items" in result.feed && Array.isArray(result.feed.items) ? result.feed.items.length : 0;
  }
  return { seconds: (performance.now() - start) / 1000, cpu: cpuSince(cpu), items };
}

/** Seconds our parser (decode + feedsmith + normalise) takes over `bodies`. */
function timeOurParser(bodies: readonly Uint8Array[]): number {
  const parser = createFeedParser();
  const start = performance.now();
  bodies.forEach((body, index) => parser.parse(body, { url: `https://outlet${index}.example/rss` }));
  return (performance.now() - start) / 1000;
}

/** The rows the pipeline would store for `bodies` (built untimed). */
function articlesOf(bodies: readonly Uint8Array[]): { article: Article; keys: DedupeKeys }[][] {
  const parser = createFeedParser();
  const now = Date.now();
  return bodies.map((body, index) => {
    const url = `https://outlet${index}.example/rss`;
    return parser.parse(body, { url }).items.map((item) => {
      const keys = dedupeKeysOf(item, url);
      const article: Article = {
        id: articleIdOf(keys, `${url}|${item.title}`), sectionId: "politics", feedUrl: url, source: `Outlet ${index}`,
        title: item.title, url: item.url ?? url, summary: item.summary, publishedAt: item.publishedAt ?? now,
        publishedAtFromFeed: item.publishedAt !== undefined, firstSeenAt: now, tags: item.tags, backfill: false,
      };
      return { article, keys };
    });
  });
}

/** Seconds the store takes to write prepared rows, one `saveNew` per feed as the pipeline does. */
async function timeStoreWrites(rows: readonly { article: Article; keys: DedupeKeys }[][], stores: Stores): Promise<number> {
  const start = performance.now();
  for (const feedRows of rows) await stores.articles.saveNew(feedRows);
  return (performance.now() - start) / 1000;
}

/** Ingests every document once, `parallel` feeds at a time; returns seconds and articles stored. */
async function timePipeline(bodies: readonly Uint8Array[], stores: Stores, parallel = 1): Promise<{ seconds: number; cpu: number; stored: number }> {
  const fetcher: FeedFetcher = {
    async fetch(url) {
      const index = Number(new URL(url).hostname.replace(/\D/gu, ""));
      return { status: "ok", body: bodies[index] as Uint8Array, finalUrl: url };
    },
  };
  const dependencies: IngestDependencies = {
    fetcher,
    parser: createFeedParser(),
    articles: stores.articles,
    feedStates: stores.feedStates,
    clock: { now: () => Date.now() },
    logger: silent,
    policy: { failuresBeforeUnhealthy: 5, maxBackoffSeconds: 3600, maxItemsPerFetch: 500, random: () => 0.5 },
  };
  let stored = 0;
  let next = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const worker = async (): Promise<void> => {
    for (let index = next++; index < FEEDS; index = next++) {
      const source: FeedSource = { url: `https://outlet${index}.example/rss`, sectionId: "politics", pollIntervalSeconds: 600 };
      const outcome = await ingestFeed(source, dependencies);
      stored += outcome.stored.length;
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return { seconds: (performance.now() - start) / 1000, cpu: cpuSince(cpu), stored };
}

/** Sets of documents made so far: each set is dated after the previous ones. */
let documentSets = 0;

/**
 * A set of documents, one per feed. Each set's items are dated two hours after the previous set's,
 * as a feed's new items are newer than those it brought before: the store's listing indexes (by
 * publication time) then take them near their newest end, as in polling. (Until ADR 0016's second
 * part every set had the same dates, so each new item went in among the stored ones, a page of its
 * own in each listing index: about a third more work for the store than polling sees.)
 */
function documentsOf(batch: string): { texts: string[]; bodies: Uint8Array[] } {
  const hour = 2 * documentSets++;
  const texts = Array.from({ length: FEEDS }, (_, index) => generateFeed(index, batch, hour));
  return { texts, bodies: texts.map((text) => new TextEncoder().encode(text)) };
}

/** Rounds of measurement, interleaved so that both sides see the same machine (this one may be shared). */
const ROUNDS = 5;
/** Feeds ingested at once in the concurrent variant, as the poller does. */
const PARALLEL = 8;

/** Warm-up, then new items, then the same items again; prints the ratios against the parser. */
async function measureStore(label: string, stores: Stores): Promise<void> {
  const warm = documentsOf("w");
  for (let pass = 0; pass < 3; pass += 1) timeParser(warm.texts);
  await timePipeline(warm.bodies, stores);
  const totals = { parser: 0, parserCpu: 0, freshCpu: 0, parsed: 0, fresh: 0, stored: 0, again: 0, parallel: 0, parallelCpu: 0, storedParallel: 0, ours: 0, writes: 0, written: 0 };
  // Each round's ratios (per item, pipeline against the parser of the same round), for medians and ranges.
  const rounds = { fresh: [] as number[], freshCpu: [] as number[], parallel: [] as number[], parallelCpu: [] as number[] };
  for (let round = 0; round < ROUNDS; round += 1) {
    const measured = documentsOf(`m${round}-`);
    // The parser's median of three passes: one short pass is at the mercy of a busy machine.
    const passes = [timeParser(measured.texts), timeParser(measured.texts), timeParser(measured.texts)].sort((left, right) => left.seconds - right.seconds);
    const parser = passes[1] as { seconds: number; cpu: number; items: number };
    const fresh = await timePipeline(measured.bodies, stores);
    const again = await timePipeline(measured.bodies, stores);
    const parallel = await timePipeline(documentsOf(`p${round}-`).bodies, stores, PARALLEL);
    totals.ours += timeOurParser(measured.bodies);
    const rows = articlesOf(documentsOf(`s${round}-`).bodies);
    totals.writes += await timeStoreWrites(rows, stores);
    totals.written += rows.reduce((count, feedRows) => count + feedRows.length, 0);
    totals.parser += parser.seconds;
    totals.parserCpu += parser.cpu;
    totals.freshCpu += fresh.cpu;
    totals.parsed += parser.items;
    totals.fresh += fresh.seconds;
    totals.stored += fresh.stored;
    totals.again += again.seconds;
    totals.parallel += parallel.seconds;
    totals.parallelCpu += parallel.cpu;
    totals.storedParallel += parallel.stored;
    const perItem = (seconds: number, count: number): number => seconds / Math.max(1, count);
    rounds.fresh.push(perItem(parser.seconds, parser.items) / perItem(fresh.seconds, fresh.stored));
    rounds.freshCpu.push(perItem(parser.cpu, parser.items) / perItem(fresh.cpu, fresh.stored));
    rounds.parallel.push(perItem(parser.seconds, parser.items) / perItem(parallel.seconds, parallel.stored));
    rounds.parallelCpu.push(perItem(parser.cpu, parser.items) / perItem(parallel.cpu, parallel.stored));
  }
  const spread = (values: number[]): string => {
    const sorted = [...values].sort((left, right) => left - right);
    return `rounds: median ${(sorted[Math.floor(sorted.length / 2)] as number).toFixed(3)}, ${(sorted[0] as number).toFixed(3)}–${(sorted.at(-1) as number).toFixed(3)}`;
  };
  const parserRate = totals.parsed / totals.parser;
  const freshRate = totals.stored / totals.fresh;
  const againRate = totals.parsed / totals.again;
  const parallelRate = totals.storedParallel / totals.parallel;
  const ratio = (rate: number): string => (rate / parserRate).toFixed(3);
  console.log(`  ${label} (${ROUNDS} rounds):`);
  console.log(`    baseline, bare parser (feedsmith parseFeed):              ${parserRate.toFixed(0).padStart(8)} items/s`);
  console.log(`    pipeline, parse+normalise+dedupe+store, new items:        ${freshRate.toFixed(0).padStart(8)} items/s  ratio ${ratio(freshRate)} (${spread(rounds.fresh)})`);
  // On a shared machine wall-clock time also counts other processes' turns; this process's CPU time
  // does not (on PostgreSQL it leaves out the server's work, so only the wall-clock ratio counts there).
  const serverNote = label === "PostgreSQL" ? " (server's CPU not counted)" : "";
  const cpuRatio = totals.parserCpu / totals.parsed / (totals.freshCpu / totals.stored);
  console.log(`    pipeline, new items, CPU time of this process:                        ratio ${cpuRatio.toFixed(3)} (${spread(rounds.freshCpu)})${serverNote}`);
  // The poller ingests many feeds at once; the store then writes the new items of the feeds parsed
  // meanwhile in one transaction (article-store.ts), as here.
  console.log(`    pipeline, new items, ${PARALLEL} feeds at once (as polled):      ${parallelRate.toFixed(0).padStart(8)} items/s  ratio ${ratio(parallelRate)} (${spread(rounds.parallel)})`);
  const parallelCpuRatio = totals.parserCpu / totals.parsed / (totals.parallelCpu / totals.storedParallel);
  console.log(`    pipeline, new items, ${PARALLEL} feeds at once, CPU time of this process:  ratio ${parallelCpuRatio.toFixed(3)} (${spread(rounds.parallelCpu)})${serverNote}`);
  console.log(`    pipeline, same items again (all duplicates):              ${againRate.toFixed(0).padStart(8)} items/s  ratio ${ratio(againRate)}`);
  // Where an item's time goes: the bare parser, our normalisation on top, the store's writes alone.
  const micros = (seconds: number, count: number): string => `${((seconds / count) * 1e6).toFixed(0).padStart(5)} µs/item`;
  console.log(`    per new item: bare parser ${micros(totals.parser, totals.parsed)}, + normalise ${micros(totals.ours - totals.parser, totals.parsed)},` +
    ` store writes alone ${micros(totals.writes, totals.written)}, whole pipeline ${micros(totals.fresh, totals.stored)}`);
  const floor = totals.ours / totals.parsed + totals.writes / totals.written;
  console.log(`    pipeline vs its floor (our parser + store writes alone, no dedupe/bookkeeping): ratio ${(floor / (totals.fresh / totals.stored)).toFixed(3)}`);
}

async function dropTables(url: string, prefix: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    const { rows } = await pool.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND starts_with(tablename, $1)",
      [`${tablePrefixOf(prefix)}_`],
    );
    for (const { tablename } of rows) await pool.query(`DROP TABLE IF EXISTS "${tablename}"`);
  } finally {
    await pool.end();
  }
}

/** Runs the ingest benchmark and prints its figures. */
export async function runIngestBench(): Promise<void> {
  const totalItems = FEEDS * ITEMS_PER_FEED;
  const size = documentsOf("m").bodies.reduce((total, body) => total + body.length, 0);
  console.log(`ingest: ${FEEDS} feeds x ${ITEMS_PER_FEED} items (${totalItems} items, ${(size / 1e6).toFixed(1)} MB), warm; ratios are what to compare`);

  const directory = mkdtempSync(path.join(tmpdir(), "newsdesk-bench-"));
  const sqlite = await createStores({ url: `sqlite://${path.join(directory, "bench.sqlite")}`, retentionMs: 86_400_000 });
  try {
    await measureStore("SQLite", sqlite);
  } finally {
    await sqlite.close();
    rmSync(directory, { recursive: true, force: true });
  }

  const prefix = `ndbench_ingest_${process.pid}_${Date.now().toString(36)}`;
  let postgres: Stores;
  try {
    postgres = await createStores({ url: POSTGRES_URL, retentionMs: 86_400_000, namespacePrefix: prefix, poolSize: 4 });
  } catch (error) {
    console.log(`  PostgreSQL: skipped (${error instanceof Error ? error.message : String(error)})`);
    return;
  }
  try {
    await measureStore("PostgreSQL", postgres);
  } finally {
    await postgres.close();
    await dropTables(POSTGRES_URL, prefix);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runIngestBench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
