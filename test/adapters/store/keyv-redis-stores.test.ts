/**
 * The store contracts against createKeyvStores on the real Redis at 127.0.0.1:6379, each harness
 * on its own key prefix; every key of the run is deleted afterwards.
 */
import { createClient } from "@keyv/redis";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createKeyvStores } from "../../../src/adapters/store/create-keyv-stores.js";
import { articleStoreContract } from "../../contract/article-store.contract.js";
import { feedStateStoreContract } from "../../contract/feed-state-store.contract.js";
import { outboxStoreContract } from "../../contract/outbox-store.contract.js";
import { sleep } from "../../contract/store-harness.js";
import { subscriptionStoreContract } from "../../contract/subscription-store.contract.js";
import { keyvHarnessFactory, redisRawBackend, uniqueRunPrefix } from "./keyv-store-harness.js";

const runPrefix = uniqueRunPrefix("redis");
const backend = redisRawBackend(process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379", runPrefix);
afterAll(() => backend.close());

articleStoreContract("keyv + Redis", keyvHarnessFactory(backend, `${runPrefix}-articles`, (stores) => stores.articles, "articles"));
subscriptionStoreContract("keyv + Redis", keyvHarnessFactory(backend, `${runPrefix}-subs`, (stores) => stores.subscriptions, "subscriptions"));
feedStateStoreContract("keyv + Redis", keyvHarnessFactory(backend, `${runPrefix}-feeds`, (stores) => stores.feedStates, "feed-states"));
outboxStoreContract("keyv + Redis", keyvHarnessFactory(backend, `${runPrefix}-outbox`, (stores) => ({ outbox: stores.outbox, leases: stores.leases }), "outbox"));

describe("keyv + Redis specifics", () => {
  it("lists a listable cache from its members set and forgets members whose value expired", async () => {
    const prefix = `${runPrefix}-cache`;
    const stores = await createKeyvStores({ url: backend.url, retentionMs: 1000, namespacePrefix: prefix });
    const client = createClient({ url: backend.url });
    await client.connect();
    try {
      const cache = stores.createCache({ name: "drafts", schema: z.number(), ttlMs: 200, listable: true });
      await cache.setMany([{ key: "short", value: 1 }, { key: "long", value: 2, ttlMs: 60_000 }]);
      expect(await cache.list()).toEqual([{ key: "long", value: 2 }, { key: "short", value: 1 }]);
      await sleep(400);
      expect(await cache.list()).toEqual([{ key: "long", value: 2 }]);
      expect(await client.sMembers(`${prefix}:drafts:members`)).toEqual(["long"]);
      const unlisted = stores.createCache({ name: "summaries", schema: z.number() });
      await unlisted.set("a", 1);
      await expect(unlisted.list()).rejects.toThrow(/not created listable/);
      expect(await client.exists(`${prefix}:summaries:members`)).toBe(0);
    } finally {
      await client.close();
      await stores.close();
    }
  });
});
