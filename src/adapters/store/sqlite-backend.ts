/**
 * The SQLite backend: one file, keyv's `keyv` table (one namespace per aggregate) plus the article
 * index table. Each Keyv gets its own @keyv/sqlite adapter, and so its own connection; WAL mode
 * lets those connections (and other processes) read while one writes.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { Keyv } from "keyv";
import KeyvSqlite from "@keyv/sqlite";
import { StoreError, describeError } from "../../core/errors.js";
import { deserializeEntry, serializeEntry } from "./envelope.js";
import { ARTICLE_INDEX_SCHEMA, createSqliteArticleIndex } from "./sqlite-article-index.js";
import { createSqliteAtomicWrites, guardAtomicWrites } from "./atomic-writes.js";
import { createLocalPacer } from "../../core/pacer.js";
import type { StoreBackend } from "./store-backend.js";
import { createStoreGuard } from "./store-guard.js";

/** Options of {@link createSqliteBackend}. */
export interface SqliteBackendOptions {
  /** Absolute path of the database file. */
  path: string;
  prefix: string;
  timeoutMs: number;
}

/** How long a connection waits for another one's write lock before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 3000;
/** The expiry our serializer writes into every keyv row (NULL for damaged rows: they stay). */
const EXPIRES = "(CASE WHEN json_valid(value) THEN json_extract(value, '$.expires') END)";
const SWEEP_BATCH = 500;
const SWEEP_TIMEOUT_MS = 120_000;
/** Page size of keyv's own iterator (default 10); our listings do not depend on it. */
const ITERATION_LIMIT = 1000;

/** Opens (creating the directory and tables when needed) a SQLite backend. */
export async function createSqliteBackend(options: SqliteBackendOptions): Promise<StoreBackend> {
  const label = `SQLite ${options.path}`;
  try {
    await mkdir(path.dirname(options.path), { recursive: true });
  } catch (error) {
    throw new StoreError(
      `Cannot create the directory for the SQLite file of STORE_URL (${options.path}): ${describeError(error)}`,
      false,
      { cause: error },
    );
  }
  const adapterOptions = { uri: `sqlite://${options.path}`, busyTimeout: BUSY_TIMEOUT_MS, iterationLimit: ITERATION_LIMIT };
  const adapters: KeyvSqlite[] = [];
  const openAdapter = (): { adapter: KeyvSqlite; ready: Promise<unknown> } => {
    const adapter = new KeyvSqlite(adapterOptions);
    adapters.push(adapter);
    // Query at once: a failed open then rejects this promise instead of going unhandled.
    const ready = adapter.query("PRAGMA synchronous = NORMAL");
    return { adapter, ready };
  };

  const raw = openAdapter();
  try {
    await raw.ready;
    await raw.adapter.query("PRAGMA journal_mode = WAL");
    for (const statement of ARTICLE_INDEX_SCHEMA) await raw.adapter.query(statement);
  } catch (error) {
    await Promise.allSettled(adapters.map((adapter) => adapter.disconnect()));
    throw new StoreError(`Cannot open the SQLite file of STORE_URL (${options.path}): ${describeError(error)}`, false, {
      cause: error,
    });
  }

  const query = (sql: string, ...parameters: unknown[]): Promise<unknown> => raw.adapter.query(sql, ...parameters);
  const index = createSqliteArticleIndex(query, options.prefix);
  const guard = createStoreGuard({ timeoutMs: options.timeoutMs, label });
  const namespaceOf = (name: string): string => `${options.prefix}:${name}`;
  const range = (namespace: string): [string, string] => [`${namespace}:`, `${namespace};`];
  let closed = false;

  return {
    guard,
    atomic: guardAtomicWrites(guard, createSqliteAtomicWrites(query)),
    // One process per SQLite file: an in-process pacer is the shared one.
    createPacer: (_name, perSecond, burst) => createLocalPacer(perSecond, burst),
    articleIndex: {
      add: (entry, now) => guard.run("index article", () => index.add(entry, now)),
      addMany: (entries, now) => guard.run("index articles", () => index.addMany(entries, now)),
      query: (request) => guard.run("list articles", () => index.query(request)),
    },
    namespaceOf,
    createKeyv(name) {
      const { adapter, ready } = openAdapter();
      ready.catch(() => undefined); // the same failure surfaces on the first call, as a StoreError
      return new Keyv<unknown>(adapter, {
        namespace: namespaceOf(name),
        throwOnErrors: true,
        serialize: serializeEntry,
        deserialize: deserializeEntry,
      });
    },
    keyRegistry(name) {
      // The keyv table is the registry: a key range on its primary key reads only this namespace.
      const [from, to] = range(namespaceOf(name));
      const nothing = async (): Promise<void> => undefined;
      return {
        add: nothing,
        remove: nothing,
        forgetMissing: nothing,
        async list() {
          const rows = (await query("SELECT key FROM keyv WHERE key >= ? AND key < ? ORDER BY key", from, to)) as Array<{
            key: string;
          }>;
          return rows.map((row) => row.key.slice(from.length));
        },
      };
    },
    sweepExpired: (now) =>
      guard.run(
        "sweep expired rows",
        async () => {
          await index.sweep(now);
          // keyv keeps `expires` inside the JSON value and deletes an expired row only when it reads it.
          // Find them with a read (no write lock in WAL mode), then delete in small batches,
          // re-checking the expiry in case a row was written again in between.
          const [from, to] = range(options.prefix);
          const rows = (await query(
            `SELECT key FROM keyv WHERE key >= ? AND key < ? AND ${EXPIRES} <= ?`, from, to, now,
          )) as Array<{ key: string }>;
          for (let start = 0; start < rows.length; start += SWEEP_BATCH) {
            const keys = JSON.stringify(rows.slice(start, start + SWEEP_BATCH).map((row) => row.key));
            await query(`DELETE FROM keyv WHERE key IN (SELECT value FROM json_each(?)) AND ${EXPIRES} <= ?`, keys, now);
          }
        },
        SWEEP_TIMEOUT_MS,
      ),
    async close() {
      if (closed) return;
      closed = true;
      guard.markClosed();
      const results = await Promise.allSettled(adapters.map((adapter) => adapter.disconnect()));
      const failure = results.find((result) => result.status === "rejected");
      if (failure) throw new StoreError(`${label}: close failed: ${describeError(failure.reason)}`, false);
    },
  };
}
