/**
 * A keyv storage adapter on the store's own SQL database (a `kv` table), used on PostgreSQL instead
 * of @keyv/postgres: that package keeps one pool per process whatever its options (closing one
 * store's caches closes every other's) and gives that pool no error listener (a dropped idle
 * connection would crash the process). Here the caches share the store's pool and its error
 * handling. Rows carry their expiry in a column, so expired ones are swept by an index.
 */
import { EventEmitter } from "node:events";
import type { KeyvStoreAdapter, StoredData } from "keyv";
import { sql } from "kysely";
import type { SqlDatabase } from "./sql-database.js";

const CHUNK = 500;

/** The expiry our keyv serializer writes into every value (`{"value":…,"expires":n}`), if any. */
function expiresOf(text: string): number | null {
  try {
    const expires = (JSON.parse(text) as { expires?: unknown }).expires;
    return typeof expires === "number" ? expires : null;
  } catch {
    return null;
  }
}

/** Creates the adapter; keys arrive prefixed with the Keyv's namespace. */
export function createKeyvSqlAdapter(database: SqlDatabase): KeyvStoreAdapter {
  const { db } = database;
  const kv = database.table("kv");
  const emitter = new EventEmitter();
  const adapter = Object.assign(emitter, {
    opts: { dialect: database.dialect },
    namespace: undefined as string | undefined,
    async get<Value>(key: string): Promise<StoredData<Value> | undefined> {
      const { rows } = await sql<{ value: string }>`SELECT value FROM ${kv} WHERE key = ${key}`.execute(db);
      return rows[0]?.value as StoredData<Value> | undefined;
    },
    async getMany<Value>(keys: string[]): Promise<Array<StoredData<Value | undefined>>> {
      const found = new Map<string, string>();
      for (let start = 0; start < keys.length; start += CHUNK) {
        const chunk = keys.slice(start, start + CHUNK);
        const { rows } = await sql<{ key: string; value: string }>`SELECT key, value FROM ${kv} WHERE key IN (${sql.join(chunk)})`.execute(db);
        for (const row of rows) found.set(row.key, row.value);
      }
      return keys.map((key) => found.get(key) as StoredData<Value | undefined>);
    },
    async set(key: string, value: unknown): Promise<void> {
      const text = String(value);
      await sql`INSERT INTO ${kv} (key, value, expires_at) VALUES (${key}, ${text}, ${expiresOf(text)})
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`.execute(db);
    },
    async delete(key: string): Promise<boolean> {
      const { rows } = await sql`DELETE FROM ${kv} WHERE key = ${key} RETURNING key`.execute(db);
      return rows.length > 0;
    },
    async deleteMany(keys: string[]): Promise<boolean> {
      if (keys.length === 0) return false;
      const { rows } = await sql`DELETE FROM ${kv} WHERE key IN (${sql.join(keys)}) RETURNING key`.execute(db);
      return rows.length > 0;
    },
    async has(key: string): Promise<boolean> {
      const { rows } = await sql`SELECT 1 AS found FROM ${kv} WHERE key = ${key}`.execute(db);
      return rows.length > 0;
    },
    async clear(): Promise<void> {
      const namespace = adapter.namespace;
      if (namespace === undefined) await sql`DELETE FROM ${kv}`.execute(db);
      else await sql`DELETE FROM ${kv} WHERE key >= ${`${namespace}:`} AND key < ${`${namespace};`}`.execute(db);
    },
    async disconnect(): Promise<void> {
      // The database belongs to the stores, which close it.
    },
  });
  return adapter;
}
