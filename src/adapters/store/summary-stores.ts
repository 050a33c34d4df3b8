/**
 * Summary cache and daily token budget on the keyv store, shared by every process on the same
 * STORE_URL so that an article is summarised once however many chats (or instances) read it.
 */
import { z } from "zod";
import { KeyedMutex } from "../../core/keyed-mutex.js";
import type { CachedSummary, SummaryCache, TokenBudget } from "../../core/summary-ports.js";
import type { KeyvStores } from "./create-keyv-stores.js";

const cachedSummarySchema: z.ZodType<CachedSummary> = z.object({
  text: z.string().max(8_000),
  source: z.enum(["model", "extractive"]),
  createdAt: z.number().int().nonnegative(),
});

/** The summary cache ("summaries" namespace). */
export function createKeyvSummaryCache(stores: Pick<KeyvStores, "createCache">): SummaryCache {
  const cache = stores.createCache({ name: "summaries", schema: cachedSummarySchema });
  return { get: (key) => cache.get(key), set: (key, value, ttlMs) => cache.set(key, value, ttlMs) };
}

/**
 * A daily token budget in the store. Reservations are read-modify-write under an in-process lock;
 * several processes sharing one Redis may overshoot the limit by at most the reservations they make
 * at the same instant (bounded by SUMMARY_CONCURRENCY per process).
 */
export function createKeyvTokenBudget(stores: Pick<KeyvStores, "createCache">, dailyLimit: number): TokenBudget {
  const used = stores.createCache({ name: "token-budget", schema: z.number().nonnegative(), ttlMs: 3 * 86_400_000 });
  const mutex = new KeyedMutex();
  return {
    tryConsume: (day, estimatedTokens) =>
      mutex.run(day, async () => {
        const current = (await used.get(day)) ?? 0;
        if (current + estimatedTokens > dailyLimit) return false;
        await used.set(day, current + estimatedTokens);
        return true;
      }),
    record: (day, reservedTokens, actualTokens) =>
      mutex.run(day, async () => {
        const current = (await used.get(day)) ?? 0;
        await used.set(day, Math.max(0, current - reservedTokens + actualTokens));
      }),
  };
}
