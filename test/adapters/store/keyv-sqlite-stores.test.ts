/**
 * The store contracts against createKeyvStores on a real SQLite file (one temp dir per file),
 * plus what only SQLite has: the sweep of expired rows.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import KeyvSqlite from "@keyv/sqlite";
import { afterAll, describe, expect, it } from "vitest";
import { createKeyvStores } from "../../../src/adapters/store/create-keyv-stores.js";
import { articleStoreContract, makeArticle } from "../../contract/article-store.contract.js";
import { feedStateStoreContract } from "../../contract/feed-state-store.contract.js";
import { outboxStoreContract } from "../../contract/outbox-store.contract.js";
import { sleep } from "../../contract/store-harness.js";
import { subscriptionStoreContract } from "../../contract/subscription-store.contract.js";
import { keyvHarnessFactory, sqliteRawBackend } from "./keyv-store-harness.js";

const directory = mkdtempSync(path.join(os.tmpdir(), "newsdesk-store-"));
const file = path.join(directory, "nested", "dir", "store.sqlite");
const backend = sqliteRawBackend(file);
afterAll(async () => {
  await backend.close();
  rmSync(directory, { recursive: true, force: true });
});

articleStoreContract("keyv + SQLite", keyvHarnessFactory(backend, "articles", (stores) => stores.articles, "articles"));
subscriptionStoreContract("keyv + SQLite", keyvHarnessFactory(backend, "subs", (stores) => stores.subscriptions, "subscriptions"));
feedStateStoreContract("keyv + SQLite", keyvHarnessFactory(backend, "feeds", (stores) => stores.feedStates, "feed-states"));
outboxStoreContract("keyv + SQLite", keyvHarnessFactory(backend, "feeds-outbox", (stores) => ({ outbox: stores.outbox, leases: stores.leases }), "outbox"));

describe("keyv + SQLite specifics", () => {
  it("sweepExpired deletes expired articles, dedupe keys and index rows from disk, and nothing live", async () => {
    const url = `sqlite://${file}`;
    const stores = await createKeyvStores({ url, retentionMs: 200, namespacePrefix: "sweep" });
    const settings = await createKeyvStores({ url, retentionMs: 200, namespacePrefix: "sweep-other" });
    try {
      await stores.articles.save(makeArticle("gone", "world", 1), { guid: "g", url: "https://u.example" });
      await stores.feedStates.put({ url: "https://f.example", nextPollAt: 0, consecutiveFailures: 0, healthy: true, initialized: true });
      await settings.articles.save(makeArticle("other", "world", 1), {});
      await sleep(400);
      await stores.sweepExpired();
      const raw = new KeyvSqlite({ uri: url });
      const keys = (await raw.query("SELECT key FROM keyv WHERE key LIKE 'sweep%' ORDER BY key")) as Array<{ key: string }>;
      const index = (await raw.query("SELECT prefix, id FROM newsdesk_article_index WHERE prefix LIKE 'sweep%'")) as unknown[];
      await raw.disconnect();
      // The feed state has no TTL; the other prefix's rows are not this store's to sweep.
      expect(keys.map((row) => row.key)).toEqual(["sweep-other:articles:other", "sweep:feed-states:https://f.example"]);
      expect(index).toEqual([{ prefix: "sweep-other", id: "other" }]);
    } finally {
      await stores.close();
      await settings.close();
    }
  });

  it("offers typed caches with a TTL on the same file", async () => {
    const stores = await createKeyvStores({ url: `sqlite://${file}`, retentionMs: 1000, namespacePrefix: "cache" });
    try {
      const { z } = await import("zod");
      const cache = stores.createCache({ name: "summaries", schema: z.object({ text: z.string() }), ttlMs: 200 });
      await cache.set("a", { text: "hello" });
      await cache.set("b", { text: "kept" }, 0);
      expect(await cache.get("a")).toEqual({ text: "hello" });
      await sleep(400);
      expect(await cache.getMany(["a", "b"])).toEqual([undefined, { text: "kept" }]);
      expect(() => stores.createCache({ name: "articles", schema: z.string() })).toThrow(/taken/);
      expect(() => stores.createCache({ name: "a:b", schema: z.string() })).toThrow(/invalid cache name/);
    } finally {
      await stores.close();
    }
  });
});
