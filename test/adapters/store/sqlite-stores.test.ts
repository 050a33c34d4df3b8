/**
 * The store contracts against createStores on a real SQLite file,
 * plus what only SQLite has: the sweep of expired rows.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { cacheFileOf, createStores } from "../../../src/adapters/store/create-stores.js";
import { articleStoreContract, makeArticle } from "../../contract/article-store.contract.js";
import { feedStateStoreContract } from "../../contract/feed-state-store.contract.js";
import { outboxStoreContract } from "../../contract/outbox-store.contract.js";
import { sleep } from "../../contract/store-harness.js";
import { tokenBudgetContract } from "../../contract/token-budget.contract.js";
import { makeSettings, subscriptionStoreContract } from "../../contract/subscription-store.contract.js";
import type { ChatSettings } from "../../../src/core/chats/chat.js";
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
tokenBudgetContract("SQLite", sqlHarnessFactory(backend, "budget", (stores) => ({ budget: stores.tokenBudget(1_000, 0.1), counters: stores.rateCounters }), "counters"));

describe("SQLite specifics", () => {
  it("imports once the chats and feed states that newsdesk 0.1 kept in keyv's table of the same file", async () => {
    const legacyFile = path.join(directory, "legacy.sqlite");
    const raw = new Database(legacyFile);
    raw.exec("CREATE TABLE keyv (key VARCHAR(255) PRIMARY KEY, value TEXT)");
    const chat = makeSettings({ platform: "telegram", chatId: "-100" });
    const row = (data: unknown) => JSON.stringify({ value: { v: 1, data }, expires: null });
    raw.prepare("INSERT INTO keyv VALUES (?, ?)").run("newsdesk:subscriptions:telegram:-100", row(chat));
    raw.prepare("INSERT INTO keyv VALUES (?, ?)").run("newsdesk:subscriptions:telegram:-200", "{damaged");
    raw.prepare("INSERT INTO keyv VALUES (?, ?)").run("newsdesk:feed-states:https://f.example/rss", row({ url: "https://f.example/rss", nextPollAt: 5, consecutiveFailures: 0, healthy: true, initialized: true, etag: "x" }));
    raw.prepare("INSERT INTO keyv VALUES (?, ?)").run("newsdesk:summaries:abc", row({ text: "cached" }));
    raw.close();
    const stores = await createStores({ url: `sqlite://${legacyFile}`, retentionMs: 60_000 });
    try {
      const saved: string[] = [];
      const save = async (settings: ChatSettings) => {
        saved.push(settings.chat.chatId);
        await stores.subscriptions.put(settings);
      };
      expect(await stores.importLegacy(save)).toEqual({ chats: 1, feeds: 1, skipped: 1 });
      expect(saved).toEqual(["-100"]);
      expect((await stores.subscriptions.get(chat.chat))?.sections).toEqual(chat.sections);
      expect((await stores.feedStates.get("https://f.example/rss"))?.etag).toBe("x");
      expect(await stores.importLegacy(save)).toEqual({ chats: 0, feeds: 0, skipped: 0 });
    } finally {
      await stores.close();
    }
  });

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
      const counts = [count("sweep_articles"), count("sweep_article_keys"), count("sweep_feeds"), count("sweep_other_articles")];
      raw.close();
      // The feed state has no TTL; the other prefix's rows are not this store's to sweep.
      expect(counts).toEqual([0, 0, 1, 1]);
    } finally {
      await stores.close();
      await settings.close();
    }
  });

  it("offers typed caches with a TTL in a cache file beside the main one, swept when expired", async () => {
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
      await cache.set("c", { text: "short-lived" }, 100);
      await sleep(200);
      await stores.sweepExpired();
      const raw = new Database(cacheFileOf(file));
      const keys = (raw.prepare("SELECT key FROM cache_keyv ORDER BY key").all() as { key: string }[]).map((row) => row.key);
      raw.close();
      expect(keys).toEqual(["cache:summaries:b"]);
    } finally {
      await stores.close();
    }
  });
});
