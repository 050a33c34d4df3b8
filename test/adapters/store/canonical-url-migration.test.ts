/**
 * The one-time re-keying of stored articles after the canonical link form changed (normalize-url,
 * ADR 0015): a store holding articles keyed by the old form does not ingest them again when they are
 * still in their feed after the upgrade, on SQLite and on PostgreSQL, through the real feed parser,
 * ingest and stores. The control (no migration) shows the duplicate the migration prevents.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createFeedParser } from "../../../src/adapters/feeds/parse-feed.js";
import { createStores, type Stores } from "../../../src/adapters/store/create-stores.js";
import { CANONICAL_URL_MIGRATION, rekeyCanonicalUrls } from "../../../src/core/feeds/canonical-url-migration.js";
import { articleIdOf, dedupeKeysOf } from "../../../src/core/feeds/dedupe-keys.js";
import { ingestFeed, type IngestDependencies } from "../../../src/core/feeds/ingest-feed.js";
import type { Article } from "../../../src/core/articles/article.js";
import type { FeedSource } from "../../../src/core/feeds/feed.js";
import type { FeedFetcher } from "../../../src/core/feeds/feed-ports.js";
import { migrationLedger, rekeyStoredUrls } from "../../../src/start/rekey-stored-urls.js";
import { RecordingLogger } from "../../fakes/memory-ports.js";
import { dropTables, TEST_POSTGRES_URL, uniqueRunPrefix } from "./sql-store-harness.js";

const source: FeedSource = { url: "https://news.example/world.xml", sectionId: "world", name: "News Example", pollIntervalSeconds: 600 };
/** The link as the feed writes it, and as the previous canonical form stored it (dot segment resolved, tracking dropped, the rest kept). */
const FEED_LINK = "https://news.example/world//2026/./budget?id=%2D7&amp;utm_source=rss";
const OLD_FORM = "https://news.example/world//2026/budget?id=%2D7";
/** Two words: no title key, so the link is what recognises the item (a guid-less feed). */
const TITLE = "Budget passes";

function rss(items: string): Uint8Array {
  return new TextEncoder().encode(`<?xml version="1.0"?><rss version="2.0"><channel><title>World</title><link>https://news.example/</link>${items}</channel></rss>`);
}
const ITEM = `<item><title>${TITLE}</title><link>${FEED_LINK}</link><description>Lawmakers approved it.</description><pubDate>Thu, 03 Dec 2026 08:00:00 GMT</pubDate></item>`;

/** A fetcher serving `bodies` in turn (the feed before the upgrade was polled once, empty). */
function serving(...bodies: Uint8Array[]): FeedFetcher {
  let next = 0;
  return { fetch: async () => ({ status: "ok", body: bodies[Math.min(next++, bodies.length - 1)]!, finalUrl: source.url }) };
}

/** A store as the previous release left it: the feed polled, the article saved under the old form's keys. */
async function storeFromBeforeTheUpgrade(stores: Stores): Promise<Article> {
  const keys = dedupeKeysOf({ title: TITLE, url: OLD_FORM, summary: "Lawmakers approved it.", tags: [] }, source.url);
  const now = Date.now();
  const article: Article = {
    id: articleIdOf(keys, `${source.url}|${TITLE}`), sectionId: "world", feedUrl: source.url, source: "News Example", title: TITLE,
    url: OLD_FORM, summary: "Lawmakers approved it.", publishedAt: now - 3_600_000, publishedAtFromFeed: true, firstSeenAt: now - 3_600_000, tags: [], backfill: false,
  };
  await stores.articles.save(article, keys);
  return article;
}

function ingestDependencies(stores: Stores, fetcher: FeedFetcher): IngestDependencies {
  return {
    fetcher, parser: createFeedParser(), articles: stores.articles, feedStates: stores.feedStates, clock: { now: () => Date.now() }, logger: new RecordingLogger(),
    policy: { failuresBeforeUnhealthy: 3, maxBackoffSeconds: 3600, maxItemsPerFetch: 100, random: () => 0.5 },
  };
}

/** Polls the feed after the upgrade (a first, empty poll made the feed known) and says what was stored. */
async function pollAfterUpgrade(stores: Stores): Promise<Article[]> {
  const dependencies = ingestDependencies(stores, serving(rss(""), rss(ITEM)));
  await ingestFeed(source, dependencies);
  return (await ingestFeed(source, dependencies)).stored;
}

const runPrefix = uniqueRunPrefix("rekey");
afterAll(async () => {
  const pool = new pg.Pool({ connectionString: TEST_POSTGRES_URL, max: 1 });
  await dropTables(pool, runPrefix);
  await pool.end();
});

const backends: [string, (label: string) => Promise<Stores>][] = [
  ["SQLite", (label) => createStores({ url: `sqlite://${path.join(mkdtempSync(path.join(tmpdir(), "newsdesk-rekey-")), `${label}.sqlite`)}`, retentionMs: 86_400_000 })],
  ["PostgreSQL", (label) => createStores({ url: TEST_POSTGRES_URL, retentionMs: 86_400_000, namespacePrefix: `${runPrefix}_${label}` })],
];

describe.each(backends)("re-keying stored articles by the new canonical link form (%s)", (_name, open) => {
  it("without the migration, the upgraded parser's form misses the old key and the item would be stored again (control)", async () => {
    const stores = await open("control");
    try {
      await storeFromBeforeTheUpgrade(stores);
      const stored = await pollAfterUpgrade(stores);
      expect(stored.map((article) => article.url)).toEqual(["https://news.example/world/2026/budget?id=-7"]);
    } finally {
      await stores.close();
    }
  });

  it("after the migration, an article stored under the old form is recognised and not ingested again", async () => {
    const stores = await open("migrated");
    try {
      const before = await storeFromBeforeTheUpgrade(stores);
      const log = new RecordingLogger();
      await rekeyStoredUrls(stores, log);
      expect(log.entries.map((entry) => entry.context)).toEqual([{ articles: 1, rekeyed: 1 }]);
      expect(await pollAfterUpgrade(stores)).toEqual([]);
      // The stored article is untouched: same id, same link.
      expect(await stores.articles.listAfter(undefined, 10)).toEqual([before]);
    } finally {
      await stores.close();
    }
  });

  it("runs once: recorded as done, a second start reads nothing", async () => {
    const stores = await open("once");
    try {
      await storeFromBeforeTheUpgrade(stores);
      const ledger = migrationLedger(stores);
      const first = await rekeyCanonicalUrls({ articles: stores.articles, ledger, canonicalize: (url) => `${url}#changed` });
      expect(first).toEqual({ articles: 1, rekeyed: 1 });
      expect(await ledger.isDone(CANONICAL_URL_MIGRATION)).toBe(true);
      let read = 0;
      const counting = { ...stores.articles, listAfter: async (after: string | undefined, limit: number) => { read += 1; return stores.articles.listAfter(after, limit); } };
      expect(await rekeyCanonicalUrls({ articles: counting, ledger, canonicalize: (url) => url })).toBeUndefined();
      expect(read).toBe(0);
    } finally {
      await stores.close();
    }
  });
});
