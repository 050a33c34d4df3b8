/**
 * Alert ledgers (per chat: recently alerted stories, burst window, held-back alerts) in the
 * `alert_ledgers` table, indexed by when a held batch is due, so that the batch flush reads only
 * the chats with a batch to send.
 */
import { sql } from "kysely";
import { z } from "zod";
import type { AlertLedger, AlertLedgerEntry } from "../../../core/alerts/alert-ledger.js";
import type { StoreGuard } from "../store-guard.js";
import { decodeRow, encodeRow } from "./json-column.js";
import type { SqlDatabase } from "./sql-database.js";

const time = z.number().int().nonnegative();

const ledgerSchema: z.ZodType<AlertLedgerEntry> = z.object({
  recent: z.array(z.object({ articleId: z.string(), at: time })).max(1_000),
  windowStart: time,
  sentInWindow: z.number().int().nonnegative(),
  pending: z.array(z.object({ articleId: z.string(), reason: z.string() })).max(10_000),
  heldForQuiet: z.boolean().optional(),
});

/** Creates the SQL AlertLedger; a ledger expires `ttlMs` after its last change. */
export function createSqlAlertLedger(database: SqlDatabase, guard: StoreGuard, ttlMs: number): AlertLedger {
  const { db } = database;
  const ledgers = database.table("alert_ledgers");
  const decode = (row: { chat_key: string; data: string }): AlertLedgerEntry => decodeRow(row.data, ledgerSchema, `alert ledger ${row.chat_key}`);
  return {
    get: (key) =>
      guard.run("read alert ledger", async () => {
        const { rows } = await sql<{ chat_key: string; data: string }>`SELECT chat_key, data FROM ${ledgers}
          WHERE chat_key = ${key} AND expires_at > ${Date.now()}`.execute(db);
        return rows[0] ? decode(rows[0]) : undefined;
      }),
    put: (key, entry, dueAt) =>
      guard.run("write alert ledger", async () => {
        await sql`INSERT INTO ${ledgers} (chat_key, data, due_at, expires_at) VALUES (${key}, ${encodeRow(entry)}, ${dueAt ?? null}, ${Date.now() + ttlMs})
          ON CONFLICT (chat_key) DO UPDATE SET data = excluded.data, due_at = excluded.due_at, expires_at = excluded.expires_at`.execute(db);
      }),
    listDue: (now, limit) =>
      guard.run("list due alert batches", async () => {
        const { rows } = await sql<{ chat_key: string; data: string }>`SELECT chat_key, data FROM ${ledgers}
          WHERE due_at IS NOT NULL AND due_at <= ${now} ORDER BY due_at LIMIT ${Math.max(0, Math.floor(limit))}`.execute(db);
        return rows.map((row) => ({ key: row.chat_key, entry: decode(row) }));
      }),
  };
}
