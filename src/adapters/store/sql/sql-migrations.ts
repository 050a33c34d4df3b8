/**
 * Changes to tables that already exist, run after the idempotent DDL of sql-schema.ts on every
 * open (under the migration lock on PostgreSQL). Each step checks whether it is needed first, so a
 * database already upgraded costs two catalogue look-ups; a step that adds a column or an index
 * table fills it once from the rows already there.
 */
import { sql } from "kysely";
import { chatKey, type ChatRef } from "../../../core/chats/chat.js";
import { storedKeyOfPrevious } from "./article-keys.js";
import type { SqlDb, SqlDialect } from "./sql-database.js";

/** Rows read per page while filling a new column or table. */
const PAGE = 500;

/** What exists before the DDL runs: a table created just now needs no filling. */
export interface SchemaBefore {
  chats: boolean;
  chatSections: boolean;
}

/** Whether the table `name` (already prefixed) exists. */
export async function tableExists(executor: SqlDb, dialect: SqlDialect, name: string): Promise<boolean> {
  const { rows } =
    dialect === "sqlite"
      ? await sql`SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = ${name}`.execute(executor)
      : await sql`SELECT 1 AS found WHERE to_regclass(${`"${name}"`}) IS NOT NULL`.execute(executor);
  return rows.length > 0;
}

async function columnExists(executor: SqlDb, dialect: SqlDialect, table: string, column: string): Promise<boolean> {
  const { rows } =
    dialect === "sqlite"
      ? await sql`SELECT 1 AS found FROM pragma_table_info(${table}) WHERE name = ${column}`.execute(executor)
      : await sql`SELECT 1 AS found FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name = ${table} AND column_name = ${column}`.execute(executor);
  return rows.length > 0;
}

/** Reads the `data` JSON of a row without validating it (a damaged row is left for readers to report). */
function dataOf(text: string): Record<string, unknown> | undefined {
  try {
    const parsed = JSON.parse(text) as { data?: unknown };
    return typeof parsed.data === "object" && parsed.data !== null ? (parsed.data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Brings tables made by earlier versions up to date. */
export async function upgradeSchema(executor: SqlDb, dialect: SqlDialect, prefix: string, before: SchemaBefore): Promise<void> {
  const feeds = `${prefix}_feeds`;
  // 1. feeds.failing_since: the index of failing feeds (listFailing), filled from the stored states.
  if (!(await columnExists(executor, dialect, feeds, "failing_since"))) {
    await sql`ALTER TABLE ${sql.id(feeds)} ADD COLUMN failing_since BIGINT`.execute(executor);
    for (let after = ""; ; ) {
      const { rows } = await sql<{ url: string; data: string }>`SELECT url, data FROM ${sql.id(feeds)}
        WHERE url > ${after} ORDER BY url LIMIT ${PAGE}`.execute(executor);
      for (const row of rows) {
        const data = dataOf(row.data);
        const failures = Number(data?.["consecutiveFailures"] ?? 0);
        const since = Number(data?.["lastErrorAt"]);
        if (data && failures > 0 && Number.isFinite(since)) {
          // The run of failures is taken to have begun at the last one: the earliest time known.
          const failingSince = Math.round(since);
          const text = JSON.stringify({ ...(JSON.parse(row.data) as object), data: { ...data, failingSince } });
          await sql`UPDATE ${sql.id(feeds)} SET failing_since = ${failingSince}, data = ${text} WHERE url = ${row.url}`.execute(executor);
        }
      }
      const last = rows.at(-1);
      if (!last || rows.length < PAGE) break;
      after = last.url;
    }
  }
  await sql.raw(`CREATE INDEX IF NOT EXISTS "${prefix}_feeds_failing" ON "${feeds}" (failing_since, url) WHERE failing_since IS NOT NULL`).execute(executor);

  // 2. chat_sections: which chats a section has (listBySection), filled from the chats' settings.
  if (before.chats && !before.chatSections) {
    const chats = `${prefix}_chats`;
    const index = `${prefix}_chat_sections`;
    for (let after = ""; ; ) {
      const { rows } = await sql<{ chat_key: string; data: string }>`SELECT chat_key, data FROM ${sql.id(chats)}
        WHERE deleted = 0 AND chat_key > ${after} ORDER BY chat_key LIMIT ${PAGE}`.execute(executor);
      const values = rows.flatMap((row) => {
        const sections = dataOf(row.data)?.["sections"];
        return Array.isArray(sections) ? sections.filter((section): section is string => typeof section === "string").map((section) => sql`(${section}, ${row.chat_key})`) : [];
      });
      for (let start = 0; start < values.length; start += PAGE) {
        await sql`INSERT INTO ${sql.id(index)} (section_id, chat_key) VALUES ${sql.join(values.slice(start, start + PAGE))} ON CONFLICT DO NOTHING`.execute(executor);
      }
      const last = rows.at(-1);
      if (!last || rows.length < PAGE) break;
      after = last.chat_key;
    }
  }
  // 3. outbox.chat_key: the index of a chat's pending records (cancelled when the chat is paused),
  // filled from the pending records already there (finished ones are never looked up by chat).
  const outbox = `${prefix}_outbox`;
  if (!(await columnExists(executor, dialect, outbox, "chat_key"))) {
    await sql`ALTER TABLE ${sql.id(outbox)} ADD COLUMN chat_key TEXT`.execute(executor);
    for (let after = ""; ; ) {
      const { rows } = await sql<{ id: string; data: string }>`SELECT id, data FROM ${sql.id(outbox)}
        WHERE status = 'pending' AND id > ${after} ORDER BY id LIMIT ${PAGE}`.execute(executor);
      for (const row of rows) {
        const chat = dataOf(row.data)?.["chat"] as { platform?: unknown; chatId?: unknown; threadId?: unknown } | undefined;
        if (typeof chat?.platform !== "string" || typeof chat.chatId !== "string") continue;
        const key = chatKey({ platform: chat.platform as ChatRef["platform"], chatId: chat.chatId, ...(typeof chat.threadId === "string" ? { threadId: chat.threadId } : {}) });
        await sql`UPDATE ${sql.id(outbox)} SET chat_key = ${key} WHERE id = ${row.id}`.execute(executor);
      }
      const last = rows.at(-1);
      if (!last || rows.length < PAGE) break;
      after = last.id;
    }
  }
  await sql.raw(`CREATE INDEX IF NOT EXISTS "${prefix}_outbox_chat" ON "${outbox}" (chat_key) WHERE status = 'pending'`).execute(executor);

  // 4. Dedupe keys: the `dedupe` table (text keys, an expiry index) becomes `article_keys` (64-bit
  // keys, see article-keys.ts); its unexpired rows are converted, then it is dropped, and so is
  // the articles' first-seen index, which nothing reads.
  await upgradeDedupeKeys(executor, dialect, prefix);
}

async function upgradeDedupeKeys(executor: SqlDb, dialect: SqlDialect, prefix: string): Promise<void> {
  await sql.raw(`DROP INDEX IF EXISTS "${prefix}_articles_seen"`).execute(executor);
  const previous = `${prefix}_dedupe`;
  if (!(await tableExists(executor, dialect, previous))) return;
  const keys = sql.id(`${prefix}_article_keys`);
  const now = Date.now();
  for (let after = ""; ; ) {
    const { rows } = await sql<{ key: string; article_id: string; expires_at: number }>`SELECT key, article_id, expires_at FROM ${sql.id(previous)}
      WHERE key > ${after} ORDER BY key LIMIT ${PAGE}`.execute(executor);
    const values = rows.flatMap((row) => {
      const key = storedKeyOfPrevious(row.key);
      if (key === undefined || Number(row.expires_at) <= now) return [];
      return [sql`(${dialect === "sqlite" ? key : key.toString()}, ${row.article_id}, ${Number(row.expires_at)})`];
    });
    if (values.length > 0) {
      await sql`INSERT INTO ${keys} (key, article_id, expires_at) VALUES ${sql.join(values)} ON CONFLICT (key) DO NOTHING`.execute(executor);
    }
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) break;
    after = last.key;
  }
  await sql`DROP TABLE ${sql.id(previous)}`.execute(executor);
}
