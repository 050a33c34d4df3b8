/**
 * The composition point of the keyv stores: parse STORE_URL, open the backend, build the stores.
 */
import type { z } from "zod";
import type { ArticleStore, FeedStateStore, SubscriptionStore } from "../../core/ports.js";
import { createKeyvArticleStore } from "./article-store.js";
import type { LeaseStore, OutboxStore } from "../../core/outbox/outbox-ports.js";
import type { Pacer } from "../../core/pacer.js";
import { createKeyvFeedStateStore } from "./feed-state-store.js";
import { createKeyvLeaseStore, createKeyvOutboxStore } from "./outbox-store.js";
import { type KeyvCache, createKeyvCache } from "./keyv-cache.js";
import { createRedisBackend } from "./redis-backend.js";
import { createSqliteBackend } from "./sqlite-backend.js";
import type { StoreBackend } from "./store-backend.js";
import { parseStoreUrl } from "./store-url.js";
import { createKeyvSubscriptionStore } from "./subscription-store.js";

/** Options of {@link createKeyvStores}. */
export interface KeyvStoresOptions {
  /** STORE_URL: `sqlite://path/to/file.sqlite` or `redis://host:port[/db]`. */
  url: string;
  /** How long articles and their dedupe keys are kept (ms). */
  retentionMs: number;
  /** Prefix of every key (and index row); isolates test runs sharing one Redis. Default `newsdesk`. */
  namespacePrefix?: string;
  /** Upper bound for one store call, default 5000 ms. */
  operationTimeoutMs?: number;
}

/** The stores of one STORE_URL. */
export interface KeyvStores {
  articles: ArticleStore;
  subscriptions: SubscriptionStore;
  feedStates: FeedStateStore;
  outbox: OutboxStore;
  leases: LeaseStore;
  /** A further typed namespace on the same backend (summary cache, outbox...). */
  createCache<T>(options: { name: string; schema: z.ZodType<T>; ttlMs?: number; listable?: boolean }): KeyvCache<T>;
  /**
   * Deletes expired rows that the backend keeps until they are read (SQLite keeps them on disk);
   * a no-op on Redis. A plain job for the scheduler, e.g. hourly.
   */
  sweepExpired(): Promise<void>;
  /** A pacer for one platform's global send rate, shared by every instance on this store. */
  createPacer(name: string, perSecond: number, burst: number): Pacer;
  /** Closes every connection; later calls reject with StoreError. */
  close(): Promise<void>;
}

const RESERVED_NAMES = new Set(["articles", "dedupe", "subscriptions", "feed-states", "article-index", "outbox", "outbox-pending", "leases"]);

/**
 * Opens the keyv stores for STORE_URL. Rejects with a StoreError when a SQLite file cannot be
 * created or opened, and with an Error naming STORE_URL for an unsupported URL. A Redis that is
 * down does not fail this call: the stores' calls reject until it is reachable.
 */
export async function createKeyvStores(options: KeyvStoresOptions): Promise<KeyvStores> {
  if (!(options.retentionMs > 0)) throw new Error("retentionMs must be a positive number of milliseconds");
  const prefix = options.namespacePrefix ?? "newsdesk";
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(prefix)) throw new Error("namespacePrefix must match [A-Za-z0-9_.-]{1,64}");
  const location = parseStoreUrl(options.url);
  const timeoutMs = options.operationTimeoutMs ?? 5000;
  const backend: StoreBackend =
    location.kind === "sqlite"
      ? await createSqliteBackend({ path: location.path, prefix, timeoutMs })
      : createRedisBackend({ url: location.url, display: location.display, prefix, timeoutMs });
  return {
    articles: createKeyvArticleStore(backend, options.retentionMs),
    subscriptions: createKeyvSubscriptionStore(backend),
    feedStates: createKeyvFeedStateStore(backend),
    outbox: createKeyvOutboxStore(backend),
    leases: createKeyvLeaseStore(backend),
    createCache(cacheOptions) {
      if (RESERVED_NAMES.has(cacheOptions.name)) throw new Error(`cache name "${cacheOptions.name}" is taken`);
      return createKeyvCache(backend, cacheOptions);
    },
    sweepExpired: () => backend.sweepExpired(Date.now()),
    createPacer: (name, perSecond, burst) => backend.createPacer(name, perSecond, burst),
    close: () => backend.close(),
  };
}
