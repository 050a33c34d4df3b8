/**
 * Harnesses that run the store contracts against createStores: each harness is a fresh table
 * prefix on a real SQLite file or the real PostgreSQL at 127.0.0.1:5432 (database `test`). A run
 * drops only the tables it created.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { StoreHarness } from "../../contract/store-harness.js";
import { type Stores, createStores } from "../../../src/adapters/store/create-stores.js";
import { tablePrefixOf, type TableName } from "../../../src/adapters/store/sql/sql-database.js";
import Database from "better-sqlite3";

/** The default retention in harnesses: long enough never to matter. */
const DAY = 86_400_000;

/** The PostgreSQL the tests use (trust auth on this machine and on CI's). */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** Where each port's rows live, for `corrupt`. */
const ROWS: Record<string, { table: TableName; key: string }> = {
  articles: { table: "articles", key: "id" },
  subscriptions: { table: "chats", key: "chat_key" },
  "feed-states": { table: "feeds", key: "url" },
  outbox: { table: "outbox", key: "id" },
};

/** A database under test: its STORE_URL, raw writes behind the store's back, and cleanup. */
export interface RawBackend {
  url: string;
  /** Overwrites the `data` column of one row of `<prefix>_<table>`; fails if the row is absent. */
  overwrite(prefix: string, port: string, key: string, raw: string): Promise<void>;
  /** Drops every table whose prefix starts with `runPrefix` (PostgreSQL); nothing for a temp SQLite file. */
  close(): Promise<void>;
}

/** A unique table prefix for one test run, so runs sharing a database never see each other. */
export function uniqueRunPrefix(label: string): string {
  return `ndtest_${label}_${process.pid}_${randomBytes(3).toString("hex")}`;
}

/** Makes a harness per call, each on its own prefix, exposing one port of the stores. */
export function sqlHarnessFactory<P>(backend: RawBackend, runPrefix: string, pick: (stores: Stores) => P, port: string): () => StoreHarness<P> {
  let counter = 0;
  return () => {
    const prefix = `${runPrefix}_${(counter += 1)}`;
    return {
      async open(options) {
        const stores = await createStores({ url: backend.url, retentionMs: options?.retentionMs ?? DAY, namespacePrefix: prefix, poolSize: 3 });
        return { store: pick(stores), close: () => stores.close() };
      },
      corrupt: (key, raw) => backend.overwrite(prefix, port, key, raw),
    };
  };
}

function rowsOf(port: string): { table: TableName; key: string } {
  const rows = ROWS[port];
  if (!rows) throw new Error(`no table for ${port}`);
  return rows;
}

/** Raw access to a SQLite file. */
export function sqliteRawBackend(file: string): RawBackend {
  return {
    url: `sqlite://${file}`,
    async overwrite(prefix, port, key, raw) {
      const { table, key: column } = rowsOf(port);
      const database = new Database(file);
      try {
        const result = database.prepare(`UPDATE "${tablePrefixOf(prefix)}_${table}" SET data = ? WHERE ${column} = ?`).run(raw, key);
        if (result.changes !== 1) throw new Error(`no row ${key}`);
      } finally {
        database.close();
      }
    },
    close: async () => undefined,
  };
}

/** Raw access to PostgreSQL; `close` drops the run's tables. */
export function postgresRawBackend(url: string, runPrefix: string): RawBackend {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  return {
    url,
    async overwrite(prefix, port, key, raw) {
      const { table, key: column } = rowsOf(port);
      const result = await pool.query(`UPDATE "${tablePrefixOf(prefix)}_${table}" SET data = $1 WHERE ${column} = $2`, [raw, key]);
      if (result.rowCount !== 1) throw new Error(`no row ${key}`);
    },
    async close() {
      await dropTables(pool, runPrefix);
      await pool.end();
    },
  };
}

/** Drops the tables named `<runPrefix>…` (only those: other runs share the database). */
export async function dropTables(pool: pg.Pool, runPrefix: string): Promise<void> {
  const prefix = tablePrefixOf(runPrefix);
  const { rows } = await pool.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND starts_with(tablename, $1)", [prefix]);
  for (const { tablename } of rows) await pool.query(`DROP TABLE IF EXISTS "${tablename}"`);
}
