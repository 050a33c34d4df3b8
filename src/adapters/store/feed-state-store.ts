/**
 * FeedStateStore on keyv: one entry per feed URL, no expiry.
 */
import type { FeedStateStore } from "../../core/ports.js";
import { createKeyvCache } from "./keyv-cache.js";
import { feedStateSchema } from "./schemas.js";
import type { StoreBackend } from "./store-backend.js";

/** Creates the keyv FeedStateStore. */
export function createKeyvFeedStateStore(backend: StoreBackend): FeedStateStore {
  const states = createKeyvCache(backend, { name: "feed-states", schema: feedStateSchema, listable: true });
  return {
    get: (url) => states.get(url),
    put: (state) => states.set(state.url, state),
    list: async () => (await states.list()).map((entry) => entry.value),
  };
}
