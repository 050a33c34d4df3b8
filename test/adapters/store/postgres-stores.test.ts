/**
 * The store contracts against createStores on the real PostgreSQL at 127.0.0.1:5432 (database
 * `test`), each harness on its own table prefix; the run's tables are dropped afterwards.
 */
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createStores } from "../../../src/adapters/store/create-stores.js";
import { articleStoreContract } from "../../contract/article-store.contract.js";
import { feedStateStoreContract } from "../../contract/feed-state-store.contract.js";
import { outboxStoreContract } from "../../contract/outbox-store.contract.js";
import { sleep } from "../../contract/store-harness.js";
import { tokenBudgetContract } from "../../contract/token-budget.contract.js";
import { subscriptionStoreContract } from "../../contract/subscription-store.contract.js";
import { postgresRawBackend, sqlHarnessFactory, TEST_POSTGRES_URL, uniqueRunPrefix } from "./sql-store-harness.js";

const runPrefix = uniqueRunPrefix("pg");
const backend = postgresRawBackend(TEST_POSTGRES_URL, runPrefix);
afterAll(() => backend.close());

articleStoreContract("PostgreSQL", sqlHarnessFactory(backend, `${runPrefix}_a`, (stores) => stores.articles, "articles"));
subscriptionStoreContract("PostgreSQL", sqlHarnessFactory(backend, `${runPrefix}_s`, (stores) => stores.subscriptions, "subscriptions"));
feedStateStoreContract("PostgreSQL", sqlHarnessFactory(backend, `${runPrefix}_f`, (stores) => stores.feedStates, "feed-states"));
outboxStoreContract("PostgreSQL", sqlHarnessFactory(backend, `${runPrefix}_o`, (stores) => ({ outbox: stores.outbox, leases: stores.leases }), "outbox"));
tokenBudgetContract("PostgreSQL", sqlHarnessFactory(backend, `${runPrefix}_b`, (stores) => ({ budget: stores.tokenBudget(1_000, 0.1), counters: stores.rateCounters }), "counters"));

describe("PostgreSQL specifics", () => {
  it("offers typed keyv caches with a TTL in the same database", async () => {
    const stores = await createStores({ url: TEST_POSTGRES_URL, retentionMs: 1000, namespacePrefix: `${runPrefix}_cache` });
    try {
      const cache = stores.createCache({ name: "summaries", schema: z.object({ text: z.string() }), ttlMs: 200 });
      await cache.set("a", { text: "hello" });
      await cache.set("b", { text: "kept" }, 0);
      expect(await cache.get("a")).toEqual({ text: "hello" });
      await sleep(400);
      expect(await cache.getMany(["a", "b"])).toEqual([undefined, { text: "kept" }]);
    } finally {
      await stores.close();
    }
  });
});
