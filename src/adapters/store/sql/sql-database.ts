/**
 * One SQL database for the stores that are queried (chats, articles, feeds, outbox, leases,
 * counters, alert ledgers, pacers): SQLite through better-sqlite3 (one process, the embedded
 * default) or PostgreSQL through pg (several instances). Kysely compiles the same statements for
 * both (placeholders, transactions); the few dialect differences are named here.
 */
import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import Database from "better-sqlite3";
import { Kysely, PostgresDialect, type RawBuilder, sql, SqliteDialect } from "kysely";
import pg from "pg";
import { StoreError, describeError } from "../../../core/shared/errors.js";
import { tableExists, upgradeSchema } from "./sql-migrations.js";
import { schemaStatements } from "./sql-schema.js";

/** Which SQL engine a database is. */
export type SqlDialect = "sqlite" | "postgres";

/** Kysely's view of the database: we write raw SQL through `sql`, so no table typing is needed. */
export type SqlDb = Kysely<Record<string, never>>;

/** An open SQL database with the store's tables. */
export interface SqlDatabase {
  readonly dialect: SqlDialect;
  readonly db: SqlDb;
  /** The prefix of this store's tables (`<prefix>_articles`). */
  readonly prefix: string;
  /** The better-sqlite3 connection under `db` (SQLite only), for synchronous transactions of prepared statements. */
  readonly sqlite: Database.Database | undefined;
  /** The table `name` under this store's prefix, as an identifier to put in `sql` templates. */
  table(name: TableName): RawBuilder<unknown>;
  /** `GREATEST` (PostgreSQL) or `MAX` (SQLite) of two expressions. */
  greatest(left: RawBuilder<unknown>, right: RawBuilder<unknown>): RawBuilder<number>;
  /**
   * Runs `work` in one transaction on PostgreSQL. On SQLite each statement commits on its own:
   * better-sqlite3 waits for a busy file synchronously, so a transaction held open across awaits
   * would stall every other connection of the process (callers order their statements so that a
   * stop between two leaves nothing wrong, only something to redo).
   */
  batch<T>(work: (executor: SqlDb) => Promise<T>): Promise<T>;
  /** `FOR UPDATE SKIP LOCKED` on PostgreSQL; nothing on SQLite (one writer at a time). */
  readonly skipLocked: RawBuilder<unknown>;
  close(): Promise<void>;
}

/** The tables of one store. */
export type TableName = "chats" | "chat_sections" | "chat_feeds" | "articles" | "article_keys" | "feeds" | "outbox" | "leases" | "counters" | "alert_ledgers" | "pacers" | "kv";

/** Where a SQL database lives. */
export type SqlLocation = { kind: "sqlite"; path: string } | { kind: "postgres"; url: string; display: string };

/** Options of {@link openSqlDatabase}. */
export interface OpenSqlOptions {
  location: SqlLocation;
  /** Prefix of every table (`<prefix>_chats`); isolates test runs sharing one database. */
  prefix: string;
  /** Connections of the PostgreSQL pool (default 10). */
  poolSize?: number;
}

/** Table prefix from a store prefix: lower-case letters, digits and `_`. */
export function tablePrefixOf(prefix: string): string {
  return prefix.toLowerCase().replace(/[^a-z0-9_]/gu, "_").slice(0, 40);
}

/** BIGINT (int8) as a JavaScript number: our values are epoch ms and counters, far below 2^53. */
const INT8_OID = 20;

/** Opens the database, creating the file (SQLite) and the tables when needed. */
export async function openSqlDatabase(options: OpenSqlOptions): Promise<SqlDatabase> {
  const prefix = tablePrefixOf(options.prefix);
  const { location } = options;
  let db: SqlDb;
  let sqliteConnection: Database.Database | undefined;
  if (location.kind === "sqlite") {
    try {
      await ensureDirectory(path.dirname(location.path));
    } catch (error) {
      throw new StoreError(`Cannot create the directory for the SQLite file of STORE_URL (${location.path}): ${describeError(error)}`, false, { cause: error });
    }
    let connection: Database.Database;
    try {
      connection = new Database(location.path, { timeout: 5000 });
      connection.pragma("journal_mode = WAL");
      connection.pragma("synchronous = NORMAL");
      // better-sqlite3 builds SQLite with a 16 MB page cache per connection; the queries here read
      // few pages each (indexes), and the OS caches the file anyway: 4 MB keeps ~12 MB of RSS for
      // the chats an instance can serve (bench/memory.bench.ts). (A 64 MB cache helped ingest little
      // next to the checkpoint interval below.)
      connection.pragma("cache_size = -4000");
      // Each batch of new articles dirties pages all over the dedupe and id indexes (random keys); a
      // checkpoint every 10,000 pages (~40 MB of WAL, default 1,000) writes each page back once for
      // many batches and syncs the file ten times less often: about half the cost of ingesting an item.
      connection.pragma("wal_autocheckpoint = 10000");
    } catch (error) {
      throw new StoreError(`Cannot open the SQLite file of STORE_URL (${location.path}): ${describeError(error)}`, false, { cause: error });
    }
    db = new Kysely({ dialect: new SqliteDialect({ database: connection }) });
    sqliteConnection = connection;
  } else {
    const pool = new pg.Pool({
      connectionString: location.url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30_000,
      types: {
        getTypeParser: ((oid: number, format?: "text" | "binary") =>
          oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format ?? "text")) as typeof pg.types.getTypeParser,
      },
    });
    // A connection's error (server restart, network cut) must not crash the process: the query in
    // flight rejects, and the next one reports it.
    pool.on("error", () => undefined);
    pool.on("connect", (client) => client.on("error", () => undefined));
    db = new Kysely({ dialect: new PostgresDialect({ pool }) });
  }
  const dialect: SqlDialect = location.kind;
  const database: SqlDatabase = {
    dialect,
    db,
    sqlite: sqliteConnection,
    prefix,
    table: (name) => sql.raw(`"${prefix}_${name}"`),
    greatest: (left, right) => (dialect === "postgres" ? sql<number>`GREATEST(${left}, ${right})` : sql<number>`MAX(${left}, ${right})`),
    skipLocked: dialect === "postgres" ? sql`FOR UPDATE SKIP LOCKED` : sql``,
    batch: (work) => (dialect === "postgres" ? db.transaction().execute((trx) => work(trx)) : work(db)),
    close: () => db.destroy(),
  };
  try {
    await migrate(database, prefix);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    const where = location.kind === "sqlite" ? `the SQLite file ${location.path}` : `PostgreSQL ${location.display}`;
    throw new StoreError(`Cannot open ${where} (STORE_URL): ${describeError(error)}`, isConnectionFailure(error), { cause: error });
  }
  return database;
}

/**
 * Creates `directory` and its missing parents one level at a time. Not `mkdir(..., { recursive })`:
 * under /proc it spins forever at full CPU instead of failing.
 */
async function ensureDirectory(directory: string, depth = 0): Promise<void> {
  try {
    if ((await stat(directory)).isDirectory()) return;
    throw Object.assign(new Error(`${directory} exists and is not a directory`), { code: "ENOTDIR" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const parent = path.dirname(directory);
  if (parent === directory || depth > 64) throw Object.assign(new Error(`cannot create ${directory}`), { code: "ENOENT" });
  await ensureDirectory(parent, depth + 1);
  try {
    await mkdir(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
}

/** Failures that may pass: the server refuses or is starting, its name does not resolve (yet), the network is down. */
const TRANSIENT_CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN", "57P03"]);

/** Whether opening the store failed in a way that retrying may cure (start-up then retries it). */
export function isConnectionFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === "string" && (code.startsWith("08") || TRANSIENT_CONNECTION_CODES.has(code))) return true;
  // pg's own connection timeout carries no code.
  return error instanceof Error && /timeout exceeded when trying to connect|Connection terminated/iu.test(error.message);
}

/**
 * Creates the tables and indexes (idempotent). On PostgreSQL an advisory lock keeps instances that
 * start together from racing on the same DDL.
 */
async function migrate(database: SqlDatabase, prefix: string): Promise<void> {
  const statements = schemaStatements(database.dialect, prefix);
  const run = async (executor: SqlDb): Promise<void> => {
    const before = {
      chats: await tableExists(executor, database.dialect, `${prefix}_chats`),
      chatSections: await tableExists(executor, database.dialect, `${prefix}_chat_sections`),
    };
    for (const statement of statements) await sql.raw(statement).execute(executor);
    await upgradeSchema(executor, database.dialect, prefix, before);
  };
  if (database.dialect === "sqlite") {
    await run(database.db);
    return;
  }
  await database.db.connection().execute(async (connection) => {
    await sql`SELECT pg_advisory_lock(hashtext(${`newsdesk-migrate-${prefix}`}))`.execute(connection);
    try {
      await run(connection);
    } finally {
      await sql`SELECT pg_advisory_unlock(hashtext(${`newsdesk-migrate-${prefix}`}))`.execute(connection);
    }
  });
}
