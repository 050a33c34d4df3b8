/**
 * The store contracts against createStores on a real SQLite file,
 * plus what only SQLite has: the sweep of expired rows.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createStores } from "../../../src/adapters/store/create-stores.js";
import { articleStoreContract, makeArticle } from "../../contract/article-store.contract.js";
import { feedStateStoreContract } from "../../contract/feed-state-store.contract.js";
import { outboxStoreContract } from "../../contract/outbox-store.contract.js";
import { sleep } from "../../contract/store-harness.js";
import { subscriptionStoreContract } from "../../contract/subscription-store.contract.js";
import { sqlHarnessFactory, sqliteRawBackend } from "./sql-store-harness.js";

const directory = mkdtempSync(path.join(os.tmpdir(), "newsdesk-store-"));
const file = path.join(directory, "nested", "dir", "store.sqlite");
const backend = sqliteRawBackend(file);
afterAll(async () => {
  await backend.close();
  rmSync(directory, { recursive: true, force: true });
});

articleStoreContract("SQLite", sqlHarnessFactory(backend, "articles", (stores) => stores.articles, "articles"));
subscriptionStoreContract("SQLite", sqlHarnessFactory(backend, "subs", (stores) => stores.subscriptions, "subscriptions"));
feedStateStoreContract("SQLite", sqlHarnessFactory(backend, "feeds", (stores) => stores.feedStates, "feed-states"));
outboxStoreContract("SQLite", sqlHarnessFactory(backend, "outbox", (stores) => ({ outbox: stores.outbox, leases: stores.leases }), "outbox"));

describe("SQLite specifics", () => {
  it("sweepExpired deletes expired articles and dedupe keys from disk, and nothing live or of another prefix", async () => {
    const url = `sqlite://${file}`;
    const stores = await createStores({ url, retentionMs: 200, namespacePrefix: "sweep" });
    const settings = await createStores({ url, retentionMs: 200, namespacePrefix: "sweep-other" });
    try {
      await stores.articles.save(makeArticle("gone", "world", 1), { guid: "g", url: "https://u.example" });
      await stores.feedStates.put({ url: "https://f.example", nextPollAt: 0, consecutiveFailures: 0, healthy: true, initialized: true });
      await settings.articles.save(makeArticle("other", "world", 1), {});
      await sleep(400);
      await stores.sweepExpired();
      const raw = new Database(file);
      const count = (table: string): number => (raw.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
      const counts = [count("sweep_articles"), count("sweep_dedupe"), count("sweep_feeds"), count("sweep_other_articles")];
      raw.close();
      // The feed state has no TTL; the other prefix's rows are not this store's to sweep.
      expect(counts).toEqual([0, 0, 1, 1]);
    } finally {
      await stores.close();
      await settings.close();
    }
  });

  it("offers typed caches with a TTL on the same file", async () => {
    const stores = await createStores({ url: `sqlite://${file}`, retentionMs: 1000, namespacePrefix: "cache" });
    try {
      const { z } = await import("zod");
      const cache = stores.createCache({ name: "summaries", schema: z.object({ text: z.string() }), ttlMs: 200 });
      await cache.set("a", { text: "hello" });
      await cache.set("b", { text: "kept" }, 0);
      expect(await cache.get("a")).toEqual({ text: "hello" });
      await sleep(400);
      expect(await cache.getMany(["a", "b"])).toEqual([undefined, { text: "kept" }]);
      expect(() => stores.createCache({ name: "a:b", schema: z.string() })).toThrow(/invalid cache name/);
    } finally {
      await stores.close();
    }
  });
});
