/**
 * Bench helper: writes rows straight into a store's tables, beside the store's own connection, so
 * that a million chats can be seeded in seconds rather than through a million `put` calls. Rows
 * are written in the store's format (`encodeRow` JSON in `data`, the same indexed columns), so the
 * store reads them as its own. Also opens the store on a fresh table prefix and cleans up after.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { tablePrefixOf, type TableName } from "../src/adapters/store/sql/sql-database.js";
import { dropTables } from "../test/adapters/store/sql-store-harness.js";

/** The PostgreSQL the benches use (the tests' one: trust auth, database `test`). */
export const BENCH_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** A value bound to a statement parameter. */
export type SqlValue = string | number | null;

/** Raw access to the tables of one store prefix. */
export interface RawStore {
  readonly kind: "sqlite" | "postgres";
  /** STORE_URL of the database. */
  readonly url: string;
  /** namespacePrefix to give createStores. */
  readonly prefix: string;
  /** `"<prefix>_<name>"`, quoted for SQL text. */
  table(name: TableName): string;
  /** Runs one statement; `?` placeholders on both engines. */
  run(text: string, params?: readonly SqlValue[]): Promise<void>;
  /**
   * `INSERT INTO <table> (<columns>) SELECT <expressions> FROM <series i = from..to>`: rows made by
   * the database from a row number `i` (a BIGINT), one statement per call.
   */
  insertSeries(table: TableName, columns: string, expressions: string, from: number, to: number, params: readonly SqlValue[]): Promise<void>;
  /** Inserts explicit rows in one transaction, `rowsPerStatement` at a time. */
  insertRows(table: TableName, columns: readonly string[], rows: readonly SqlValue[][], rowsPerStatement?: number): Promise<void>;
  /** Refreshes the planner statistics (what the steady state of a live database has). */
  analyze(): Promise<void>;
  /** Closes the raw connection and removes what the bench created (tables or the temp file). */
  dispose(): Promise<void>;
}

/** Numbers `?` placeholders as `$1, $2...` for PostgreSQL. */
function numberPlaceholders(text: string): string {
  let index = 0;
  return text.replace(/\?/gu, () => `$${(index += 1)}`);
}

/** A fresh SQLite file in a temp directory, removed by `dispose`. */
export async function openRawSqlite(label: string): Promise<RawStore> {
  const directory = await mkdtemp(path.join(tmpdir(), `ndbench-${label}-`));
  const file = path.join(directory, "bench.sqlite");
  const prefix = uniqueBenchPrefix(label);
  const tables = tablePrefixOf(prefix);
  // The store opens the same file (WAL): this connection only writes while the store is idle.
  let connection: Database.Database | undefined;
  const open = (): Database.Database => {
    connection ??= new Database(file, { timeout: 30_000 });
    connection.pragma("journal_mode = WAL");
    return connection;
  };
  return {
    kind: "sqlite",
    url: `sqlite://${file}`,
    prefix,
    table: (name) => `"${tables}_${name}"`,
    async run(text, params = []) {
      open().prepare(text).run(...params);
    },
    async insertSeries(table, columns, expressions, from, to, params) {
      // No generate_series in better-sqlite3's build: a recursive CTE counts instead.
      open()
        .prepare(
          `WITH RECURSIVE s(i) AS (SELECT CAST(? AS INTEGER) UNION ALL SELECT i + 1 FROM s WHERE i < CAST(? AS INTEGER))
           INSERT INTO "${tables}_${table}" (${columns}) SELECT ${expressions} FROM s`,
        )
        .run(from, to, ...params);
    },
    async insertRows(table, columns, rows, rowsPerStatement = 500) {
      const database = open();
      const statements = new Map<number, Database.Statement>();
      const statementFor = (count: number): Database.Statement => {
        let statement = statements.get(count);
        if (!statement) {
          const tuple = `(${columns.map(() => "?").join(", ")})`;
          statement = database.prepare(`INSERT INTO "${tables}_${table}" (${columns.join(", ")}) VALUES ${Array.from({ length: count }, () => tuple).join(", ")}`);
          statements.set(count, statement);
        }
        return statement;
      };
      database.transaction(() => {
        for (let start = 0; start < rows.length; start += rowsPerStatement) {
          const chunk = rows.slice(start, start + rowsPerStatement);
          statementFor(chunk.length).run(...chunk.flat());
        }
      })();
    },
    async analyze() {
      open().exec("ANALYZE");
    },
    async dispose() {
      connection?.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** Tables under a fresh prefix in the bench PostgreSQL; `dispose` drops them (and only them). */
export async function openRawPostgres(label: string, url = BENCH_POSTGRES_URL): Promise<RawStore> {
  const prefix = uniqueBenchPrefix(label);
  const tables = tablePrefixOf(prefix);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on("error", () => undefined);
  return {
    kind: "postgres",
    url,
    prefix,
    table: (name) => `"${tables}_${name}"`,
    async run(text, params = []) {
      await pool.query(numberPlaceholders(text), [...params]);
    },
    async insertSeries(table, columns, expressions, from, to, params) {
      await pool.query(
        numberPlaceholders(`INSERT INTO "${tables}_${table}" (${columns})
          SELECT ${expressions} FROM generate_series(CAST(? AS BIGINT), CAST(? AS BIGINT)) AS s(i)`),
        // The expressions' placeholders come first in this statement's text, the series' last.
        [...params, from, to],
      );
    },
    async insertRows(table, columns, rows, rowsPerStatement = 5_000) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        for (let start = 0; start < rows.length; start += rowsPerStatement) {
          const chunk = rows.slice(start, start + rowsPerStatement);
          const tuple = `(${columns.map(() => "?").join(", ")})`;
          const text = `INSERT INTO "${tables}_${table}" (${columns.join(", ")}) VALUES ${chunk.map(() => tuple).join(", ")}`;
          await client.query(numberPlaceholders(text), chunk.flat());
        }
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async analyze() {
      for (const name of ["chats", "outbox", "alert_ledgers"] as const) await pool.query(`ANALYZE "${tables}_${name}"`);
    },
    async dispose() {
      await dropTables(pool, prefix);
      await pool.end();
    },
  };
}

/** `ndbench_<label>_<pid>_<random>`: unique per run, so parallel runs never share tables. */
function uniqueBenchPrefix(label: string): string {
  return `ndbench_${label}_${process.pid}_${randomBytes(3).toString("hex")}`;
}
