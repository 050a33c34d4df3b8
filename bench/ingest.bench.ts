/**
 * Ingestion throughput: items per second through the whole pipeline (decode + parse + normalise +
 * dedupe + store on a real SQLite file) against the bare parser (feedsmith's parseFeed on the same
 * documents), printed as a ratio. Run alone: `npx tsx bench/ingest.bench.ts`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseFeed } from "feedsmith";
import { createFeedParser } from "../src/adapters/feeds/parse-feed.js";
import { createStores } from "../src/adapters/store/create-stores.js";
import { ingestFeed } from "../src/core/ingest-feed.js";
import type { FeedSource } from "../src/core/model.js";
import type { FeedFetcher, Logger } from "../src/core/ports.js";

const FEEDS = 40;
const ITEMS_PER_FEED = 100;

/** A generated RSS 2.0 document with realistic item sizes (HTML descriptions of ~600 characters). */
function generateFeed(feedIndex: number): string {
  const items = Array.from({ length: ITEMS_PER_FEED }, (_, itemIndex) => {
    const id = `${feedIndex}-${itemIndex}`;
    const words = Array.from({ length: 90 }, (_, word) => `word${(word * 7 + itemIndex * 13 + feedIndex) % 500}`).join(" ");
    return `<item><title>Story ${id}: council ${itemIndex % 7 === 0 ? "approves" : "debates"} plan number ${id}</title>
<link>https://outlet${feedIndex}.example/news/${id}?utm_source=rss</link><guid>https://outlet${feedIndex}.example/news/${id}</guid>
<pubDate>${new Date(Date.UTC(2026, 10, 20, 0, itemIndex)).toUTCString()}</pubDate><category>Politics</category>
<description><![CDATA[<p>${words}.</p><p><a href="https://outlet${feedIndex}.example">More</a></p>]]></description></item>`;
  }).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Outlet ${feedIndex}</title><link>https://outlet${feedIndex}.example</link>${items}</channel></rss>`;
}

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };

/** Runs the ingest benchmark and prints its figures. */
export async function runIngestBench(): Promise<void> {
  const documents = Array.from({ length: FEEDS }, (_, index) => generateFeed(index));
  const bodies = documents.map((document) => new TextEncoder().encode(document));
  const totalItems = FEEDS * ITEMS_PER_FEED;

  // Baseline: the bare parser on the same documents.
  let parsedItems = 0;
  const parserStart = performance.now();
  for (const document of documents) {
    const result = parseFeed(document);
    parsedItems += "items" in result.feed && Array.isArray(result.feed.items) ? result.feed.items.length : 0;
  }
  const parserSeconds = (performance.now() - parserStart) / 1000;

  const directory = mkdtempSync(path.join(tmpdir(), "newsdesk-bench-"));
  const stores = await createStores({ url: `sqlite://${path.join(directory, "bench.sqlite")}`, retentionMs: 86_400_000 });
  const fetcher: FeedFetcher = {
    async fetch(url) {
      const index = Number(new URL(url).hostname.replace(/\D/gu, ""));
      return { status: "ok", body: bodies[index]!, finalUrl: url };
    },
  };
  const dependencies = {
    fetcher,
    parser: createFeedParser(),
    articles: stores.articles,
    feedStates: stores.feedStates,
    clock: { now: () => Date.now() },
    logger: silent,
    policy: { failuresBeforeUnhealthy: 5, maxBackoffSeconds: 3600, maxItemsPerFetch: 500, random: () => 0.5 },
  };
  let stored = 0;
  const pipelineStart = performance.now();
  for (let index = 0; index < FEEDS; index += 1) {
    const source: FeedSource = { url: `https://outlet${index}.example/rss`, sectionId: "politics", pollIntervalSeconds: 600 };
    stored += (await ingestFeed(source, dependencies)).stored.length;
  }
  const pipelineSeconds = (performance.now() - pipelineStart) / 1000;

  // A second pass over the same documents: every item is a duplicate (the steady state of polling).
  const repeatStart = performance.now();
  for (let index = 0; index < FEEDS; index += 1) {
    const source: FeedSource = { url: `https://outlet${index}.example/rss`, sectionId: "politics", pollIntervalSeconds: 600 };
    await ingestFeed(source, dependencies);
  }
  const repeatSeconds = (performance.now() - repeatStart) / 1000;
  await stores.close();
  rmSync(directory, { recursive: true, force: true });

  const parserRate = parsedItems / parserSeconds;
  const pipelineRate = stored / pipelineSeconds;
  const repeatRate = totalItems / repeatSeconds;
  console.log(`ingest: ${FEEDS} feeds x ${ITEMS_PER_FEED} items (${totalItems} items, ${(bodies.reduce((n, b) => n + b.length, 0) / 1e6).toFixed(1)} MB)`);
  console.log(`  baseline, bare parser (feedsmith parseFeed):          ${parserRate.toFixed(0).padStart(8)} items/s`);
  console.log(`  pipeline, parse+normalise+dedupe+store (SQLite), new:  ${pipelineRate.toFixed(0).padStart(8)} items/s  (${stored} stored)`);
  console.log(`  pipeline, same items again (all duplicates):           ${repeatRate.toFixed(0).padStart(8)} items/s`);
  console.log(`  ratio pipeline/parser: new ${(pipelineRate / parserRate).toFixed(3)}, duplicates ${(repeatRate / parserRate).toFixed(3)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runIngestBench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
