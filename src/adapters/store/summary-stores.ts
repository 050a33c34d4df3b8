/**
 * The summary cache on keyv, shared by every process on the same
 * STORE_URL so that an article is summarised once however many chats (or instances) read it.
 */
import { z } from "zod";
import type { CachedSummary, SummaryCache } from "../../core/summaries/summary-ports.js";
import type { Stores } from "./create-stores.js";

const cachedSummarySchema: z.ZodType<CachedSummary> = z.object({
  text: z.string().max(8_000),
  source: z.enum(["model", "extractive", "none"]),
  language: z.string().max(35).optional(),
  createdAt: z.number().int().nonnegative(),
});

/** The summary cache ("summaries" namespace). */
export function createKeyvSummaryCache(stores: Pick<Stores, "createCache">): SummaryCache {
  const cache = stores.createCache({ name: "summaries", schema: cachedSummarySchema });
  return { get: (key) => cache.get(key), set: (key, value, ttlMs) => cache.set(key, value, ttlMs) };
}

