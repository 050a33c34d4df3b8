/**
 * The {@link DigestStateStore} on a keyv namespace of the store (`digest-pages`): one record per chat
 * and section, validated on every read, expiring a week after its last write.
 */
import { z } from "zod";
import { DIGEST_HORIZON_MS, type DigestState, type DigestStateStore, MAX_PENDING_STORIES, MAX_SEEN } from "../../core/digests/digest-pages.js";
import type { Stores } from "./create-stores.js";

const id = z.string().min(1).max(64);
const time = z.number().finite();

const digestStateSchema: z.ZodType<DigestState> = z.object({
  mark: time.nullable(),
  seen: z.array(z.tuple([id, time])).max(MAX_SEEN),
  cursor: z
    .object({
      madeAt: time,
      origin: z.enum(["digest", "briefing"]),
      shown: z.number().int().nonnegative(),
      complete: z.boolean(),
      pending: z.array(z.object({ ids: z.array(id).min(1).max(50), firstSeenAt: time })).max(MAX_PENDING_STORIES),
    })
    .optional(),
});

/** Seen stories and digest cursors in the store's keyv namespace `digest-pages`. */
export function createKeyvDigestStateStore(stores: Pick<Stores, "createCache">): DigestStateStore {
  const cache = stores.createCache({ name: "digest-pages", schema: digestStateSchema, ttlMs: DIGEST_HORIZON_MS });
  return { get: (key) => cache.get(key), set: (key, value) => cache.set(key, value) };
}
