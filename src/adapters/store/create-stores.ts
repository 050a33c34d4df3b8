/**
 * The composition point of the stores: parse STORE_URL, open the SQL database (SQLite or
 * PostgreSQL) and keyv on the same database for plain cached values, build every store.
 * See docs/adr/0009-sql-stores.md.
 */
import { Keyv } from "keyv";
import KeyvSqlite from "@keyv/sqlite";
import { sql } from "kysely";
import type { z } from "zod";
import { StoreError, describeError } from "../../core/shared/errors.js";
import type { AlertLedger } from "../../core/alerts/alert-ledger.js";
import type { LeaseStore, OutboxStore } from "../../core/delivery/outbox-ports.js";
import type { Pacer } from "../../core/delivery/pacer.js";
import type { ChatSettings } from "../../core/chats/chat.js";
import type { ArticleStore } from "../../core/articles/article-ports.js";
import type { FeedStateStore } from "../../core/feeds/feed-ports.js";
import type { SubscriptionStore } from "../../core/chats/chat-ports.js";
import type { RateCounters, TokenBudget } from "../../core/summaries/summary-ports.js";
import { deserializeEntry, serializeEntry } from "./envelope.js";
import { type KeyvCache, type KeyvSource, createKeyvCache } from "./keyv-cache.js";
import { createSqlAlertLedger } from "./sql/alert-ledger-store.js";
import { createSqlArticleStore } from "./sql/article-store.js";
import { createSqlSubscriptionStore } from "./sql/chat-store.js";
import { createSqlFeedStateStore } from "./sql/feed-state-store.js";
import { createKeyvSqlAdapter } from "./sql/keyv-sql-adapter.js";
import { markLegacyKeyvImported, readLegacyKeyvRows } from "./sql/legacy-keyv-import.js";
import { createSqlLeaseStore } from "./sql/lease-store.js";
import { createSqlOutboxStore } from "./sql/outbox-store.js";
import { openSqlDatabase, type SqlDatabase, tablePrefixOf } from "./sql/sql-database.js";
import { createSqlRateCounters } from "./sql/rate-counters.js";
import { createSqlPacer } from "./sql/sql-pacer.js";
import { createSqlTokenBudget } from "./sql/token-budget-store.js";
import { createStoreGuard } from "./store-guard.js";
import { parseStoreUrl } from "./store-url.js";

/** Options of {@link createStores}. */
export interface StoresOptions {
  /** STORE_URL: `sqlite://path/to/file.sqlite` or `postgres://user@host:5432/database`. */
  url: string;
  /** How long articles and their dedupe keys are kept (ms). */
  retentionMs: number;
  /** Prefix of every table and keyv namespace; isolates test runs sharing one database. Default `newsdesk`. */
  namespacePrefix?: string;
  /** Upper bound for one store call, default 5000 ms. */
  operationTimeoutMs?: number;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
  /** Told of every failed or timed-out store call (metrics). */
  onStoreError?: (operation: string) => void;
}

/** The stores of one STORE_URL. */
export interface Stores {
  /** `sqlite` (one process) or `postgres` (shared by several instances). */
  readonly kind: "sqlite" | "postgres";
  articles: ArticleStore;
  subscriptions: SubscriptionStore;
  feedStates: FeedStateStore;
  outbox: OutboxStore;
  leases: LeaseStore;
  alertLedger(ttlMs: number): AlertLedger;
  /** The daily summary token budget; one chat may use at most `chatShare` (0–1] of it. */
  tokenBudget(dailyLimit: number, chatShare?: number): TokenBudget;
  /** Rate counters shared by every instance (per user / per chat limits). */
  rateCounters: RateCounters;
  /** A typed keyv namespace for plain cached values (summaries, watermarks...). */
  createCache<T>(options: { name: string; schema: z.ZodType<T>; ttlMs?: number }): KeyvCache<T>;
  /** Deletes expired rows (articles, dedupe keys, finished outbox records, old leases...). A job for every hour. */
  sweepExpired(): Promise<void>;
  /**
   * A pacer for one platform's global send rate, shared by every instance on this store; undefined
   * on SQLite (one process: the platform adapter's own pacer is the only one).
   */
  createPacer(name: string, perSecond: number, burst: number): Pacer | undefined;
  /**
   * Imports, once, the chats and feed states newsdesk 0.1 kept in keyv's table of the same SQLite
   * file: each chat goes through `saveChat` (so that the core derives its schedule). Resolves how
   * many chats were imported (0 when there was nothing, or it ran before).
   */
  importLegacy(saveChat: (settings: ChatSettings) => Promise<void>): Promise<{ chats: number; feeds: number; skipped: number }>;
  /** One trivial query within `timeoutMs` (readiness); rejects with StoreError when the store does not answer. */
  ping(timeoutMs: number): Promise<void>;
  /** Closes every connection; later calls reject with StoreError. */
  close(): Promise<void>;
}

const SWEEP_TIMEOUT_MS = 120_000;
const SWEEP_BATCH = 5_000;
/** Deleted chats' tombstones are kept this long, for the follow refresh of other instances. */
const TOMBSTONE_MS = 86_400_000;

/**
 * Opens the stores for STORE_URL. Rejects with a StoreError when the database cannot be opened
 * (a SQLite file that cannot be created, a PostgreSQL server that cannot be reached or refuses the
 * credentials), and with an Error naming STORE_URL for an unsupported URL.
 */
export async function createStores(options: StoresOptions): Promise<Stores> {
  if (!(options.retentionMs > 0)) throw new Error("retentionMs must be a positive number of milliseconds");
  const prefix = options.namespacePrefix ?? "newsdesk";
  if (!/^[A-Za-z0-9_.-]{1,64}$/u.test(prefix)) throw new Error("namespacePrefix must match [A-Za-z0-9_.-]{1,64}");
  const location = parseStoreUrl(options.url);
  const label = location.kind === "sqlite" ? `SQLite ${location.path}` : `PostgreSQL ${location.display}`;
  const database = await openSqlDatabase({ location, prefix, ...(options.poolSize ? { poolSize: options.poolSize } : {}) });
  const guard = createStoreGuard({ timeoutMs: options.operationTimeoutMs ?? 5000, label, ...(options.onStoreError ? { onError: options.onStoreError } : {}) });
  const keyvTable = `${tablePrefixOf(prefix)}_keyv`;
  const keyvs: Keyv<unknown>[] = [];
  const keyvSource: KeyvSource = {
    guard,
    namespaceOf: (name) => `${prefix}:${name}`,
    createKeyv(name) {
      const adapter =
        location.kind === "sqlite"
          ? // A file of its own: two SQLite libraries (better-sqlite3 and sqlite3) writing one file
            // were seen to read each other's fresh pages as "not a database".
            new KeyvSqlite({ uri: `sqlite://${cacheFileOf(location.path)}`, table: keyvTable, busyTimeout: 5000 })
          : createKeyvSqlAdapter(database);
      const keyv = new Keyv<unknown>(adapter, {
        namespace: `${prefix}:${name}`,
        throwOnErrors: true,
        serialize: serializeEntry,
        deserialize: deserializeEntry,
      });
      keyvs.push(keyv);
      return keyv;
    },
  };
  let closed = false;
  const feedStates = createSqlFeedStateStore(database, guard);
  return {
    kind: location.kind,
    articles: createSqlArticleStore(database, guard, options.retentionMs),
    subscriptions: createSqlSubscriptionStore(database, guard),
    feedStates,
    outbox: createSqlOutboxStore(database, guard),
    leases: createSqlLeaseStore(database, guard),
    alertLedger: (ttlMs) => createSqlAlertLedger(database, guard, ttlMs),
    tokenBudget: (dailyLimit, chatShare) => createSqlTokenBudget(database, guard, dailyLimit, chatShare),
    rateCounters: createSqlRateCounters(database, guard),
    createCache(cacheOptions) {
      return createKeyvCache(keyvSource, cacheOptions);
    },
    sweepExpired: () =>
      guard.run(
        "sweep expired rows",
        async () => {
          const now = Date.now();
          await sweepExpired(database, now);
          // @keyv/sqlite deletes an expired row only when it reads it: sweep the cache file too.
          if (location.kind === "sqlite" && keyvs.length > 0) {
            const sweeper = new KeyvSqlite({ uri: `sqlite://${cacheFileOf(location.path)}`, table: keyvTable, busyTimeout: 5000 });
            try {
              await sweeper.query(
                `DELETE FROM ${keyvTable} WHERE json_valid(value) AND json_extract(value, '$.expires') <= ?`,
                now,
              );
            } finally {
              await sweeper.disconnect();
            }
          }
        },
        SWEEP_TIMEOUT_MS,
      ),
    createPacer: (name, perSecond, burst) =>
      // One process per SQLite file: nothing to share, the platform adapter's own pacer paces.
      location.kind === "sqlite" ? undefined : createSqlPacer(database, guard, name, perSecond, burst),
    async importLegacy(saveChat) {
      const legacy = await guard.run("read legacy keyv rows", () => readLegacyKeyvRows(database, prefix), SWEEP_TIMEOUT_MS);
      if (!legacy) return { chats: 0, feeds: 0, skipped: 0 };
      for (const settings of legacy.chats) await saveChat(settings);
      for (const state of legacy.feeds) await feedStates.put(state);
      await guard.run("mark legacy import", () => markLegacyKeyvImported(database));
      return { chats: legacy.chats.length, feeds: legacy.feeds.length, skipped: legacy.skipped };
    },
    ping: (timeoutMs) =>
      guard.run(
        "ping",
        async () => {
          await sql`SELECT 1`.execute(database.db);
        },
        timeoutMs,
      ),
    async close() {
      if (closed) return;
      closed = true;
      guard.markClosed();
      const results = await Promise.allSettled([database.close(), ...keyvs.map((keyv) => keyv.disconnect())]);
      const failure = results.find((result) => result.status === "rejected");
      if (failure) throw new StoreError(`${label}: close failed: ${describeError(failure.reason)}`, false);
    },
  };
}

/** The SQLite file of the keyv caches beside the main one: `newsdesk.sqlite` → `newsdesk.cache.sqlite`. */
export function cacheFileOf(file: string): string {
  return file.endsWith(".sqlite") ? `${file.slice(0, -".sqlite".length)}.cache.sqlite` : `${file}.cache`;
}

/** Deletes expired rows in batches (short write transactions), table by table, through the expiry indexes. */
async function sweepExpired(database: SqlDatabase, now: number): Promise<void> {
  const { db } = database;
  const targets: [ReturnType<SqlDatabase["table"]>, string, string][] = [
    [database.table("articles"), "id", "expires_at"],
    [database.table("article_keys"), "key", "expires_at"],
    [database.table("outbox"), "id", "expires_at"],
    [database.table("leases"), "key", "expires_at"],
    [database.table("counters"), "key", "expires_at"],
    [database.table("alert_ledgers"), "chat_key", "expires_at"],
    [database.table("kv"), "key", "expires_at"],
  ];
  for (const [table, key, column] of targets) {
    for (;;) {
      const { rows } = await sql<{ k: string }>`DELETE FROM ${table} WHERE ${sql.ref(key)} IN
        (SELECT ${sql.ref(key)} FROM ${table} WHERE ${sql.ref(column)} <= ${now} LIMIT ${SWEEP_BATCH}) RETURNING ${sql.ref(key)} AS k`.execute(db);
      if (rows.length < SWEEP_BATCH) break;
    }
  }
  await sql`DELETE FROM ${database.table("chats")} WHERE deleted = 1 AND changed_at <= ${now - TOMBSTONE_MS}`.execute(db);
}
