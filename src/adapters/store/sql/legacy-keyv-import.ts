/**
 * One-time import of what newsdesk 0.1 kept in keyv's `keyv` table of the same SQLite file (chat
 * settings and feed states as `<prefix>:subscriptions:<chat>` / `<prefix>:feed-states:<url>` rows),
 * so that an upgrade keeps every chat's subscriptions. Runs once per prefix: a counter row marks it
 * done. The old rows are left in place (harmless, and a way back).
 */
import { sql } from "kysely";
import type { z } from "zod";
import type { ChatSettings } from "../../../core/chats/chat.js";
import type { FeedState } from "../../../core/feeds/feed.js";
import { chatSettingsSchema, feedStateSchema } from "../schemas.js";
import type { SqlDatabase } from "./sql-database.js";

/** What was found in the old rows, valid ones only. */
export interface LegacyRows {
  chats: ChatSettings[];
  feeds: FeedState[];
  /** Rows that could not be read (damaged, other version). */
  skipped: number;
}

const DONE_KEY = "legacy-keyv-import";

/** Reads the old rows once (nothing when already imported, or when there is no `keyv` table). */
export async function readLegacyKeyvRows(database: SqlDatabase, prefix: string): Promise<LegacyRows | undefined> {
  if (database.dialect !== "sqlite") return undefined;
  const { db } = database;
  const counters = database.table("counters");
  const { rows: done } = await sql`SELECT key FROM ${counters} WHERE key = ${DONE_KEY}`.execute(db);
  if (done.length > 0) return undefined;
  const { rows: tables } = await sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'keyv'`.execute(db);
  const result: LegacyRows = { chats: [], feeds: [], skipped: 0 };
  if (tables.length > 0) {
    const read = async <T>(namespace: string, schema: z.ZodType<T>, into: T[]): Promise<void> => {
      const from = `${prefix}:${namespace}:`;
      const to = `${prefix}:${namespace};`;
      const { rows } = await sql<{ value: string }>`SELECT value FROM keyv WHERE key >= ${from} AND key < ${to}`.execute(db);
      for (const row of rows) {
        try {
          const parsed = schema.safeParse((JSON.parse(row.value) as { value?: { v?: number; data?: unknown } }).value?.data);
          if (parsed.success) into.push(parsed.data);
          else result.skipped += 1;
        } catch {
          result.skipped += 1;
        }
      }
    };
    await read("subscriptions", chatSettingsSchema, result.chats);
    await read("feed-states", feedStateSchema, result.feeds);
  }
  return result;
}

/** Records that the import ran, so that it never runs again. */
export async function markLegacyKeyvImported(database: SqlDatabase): Promise<void> {
  const counters = database.table("counters");
  await sql`INSERT INTO ${counters} (key, value, expires_at) VALUES (${DONE_KEY}, 1, ${Number.MAX_SAFE_INTEGER})
    ON CONFLICT (key) DO NOTHING`.execute(database.db);
}
