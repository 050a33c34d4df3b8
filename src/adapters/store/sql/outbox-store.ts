/**
 * The outbox in the `outbox` table: a record's id is its primary key, so creating it twice (two
 * instances, or a restart) leaves one. Pending records are found through a partial index on their
 * next attempt, and claimed with a lease in the row (`FOR UPDATE SKIP LOCKED` on PostgreSQL), so
 * a pass reads only what is due and instances never contend for the same records. Finished records
 * keep their id (what makes a key exist once) but drop their document.
 */
import { sql } from "kysely";
import { z } from "zod";
import type { BriefingDocument } from "../../../core/digests/briefing-document.js";
import { chatKey } from "../../../core/chats/chat.js";
import type { OutboxRecord, OutboxStore } from "../../../core/delivery/outbox-ports.js";
import type { StoreGuard } from "../store-guard.js";
import { decodeRow, encodeRow } from "./json-column.js";
import type { SqlDatabase } from "./sql-database.js";

/** How long records are kept after they were created (their ids keep deliveries from repeating). */
export const OUTBOX_RECORD_TTL_MS = 7 * 86_400_000;

/** Pending records of one chat cancelled at once (far more than a chat ever has queued). */
const MAX_CANCELLED = 1_000;

const time = z.number().int().nonnegative();
const text = z.string().max(20_000);

const itemSchema = z.object({
  title: text,
  url: text.optional(),
  summary: text.optional(),
  sources: z.array(z.object({ name: text, url: text })).max(50),
  publishedAt: time.optional(),
  articleId: z.string().max(64).optional(),
  detail: text.optional(),
  reason: text.optional(),
});

const documentSchema: z.ZodType<BriefingDocument> = z.object({
  kind: z.literal("briefing"),
  language: z.string().max(35).optional(),
  title: text,
  subtitle: text.optional(),
  overview: text.optional(),
  sections: z.array(z.object({ heading: text.optional(), items: z.array(itemSchema).max(500), emptyText: text.optional() })).max(100),
  footer: text.optional(),
  more: z.array(z.object({ sectionId: z.string().max(64), title: text })).max(100).optional(),
});

const recordSchema: z.ZodType<OutboxRecord> = z.object({
  id: z.string().min(1).max(300),
  kind: z.enum(["briefing", "alert", "alert-batch", "notice"]),
  chat: z.object({ platform: z.enum(["console", "telegram", "discord"]), chatId: z.string().min(1), threadId: z.string().optional() }),
  document: documentSchema.optional(),
  status: z.enum(["pending", "sent", "failed", "skipped", "uncertain"]),
  createdAt: time,
  createdBy: z.string().max(200),
  attempts: z.number().int().nonnegative(),
  nextAttemptAt: time,
  partsSent: z.number().int().nonnegative(),
  partCount: z.number().int().positive().optional(),
  uncertainParts: z.number().int().nonnegative().optional(),
  partInFlight: z.number().int().nonnegative().optional(),
  lastError: z.string().max(500).optional(),
  finishedAt: time.optional(),
});

/** What is stored: a finished record without its document (nothing will send it again). */
function stored(record: OutboxRecord): OutboxRecord {
  if (record.status === "pending" || record.document === undefined) return record;
  const { document: _document, ...rest } = record;
  return rest;
}

/** Creates the SQL OutboxStore. */
export function createSqlOutboxStore(database: SqlDatabase, guard: StoreGuard): OutboxStore {
  const { db } = database;
  const outbox = database.table("outbox");
  const decode = (row: { id: string; data: string }): OutboxRecord => decodeRow(row.data, recordSchema, `outbox record ${row.id}`);
  return {
    create: (record) =>
      guard.run("create outbox record", async () => {
        const { rows } = await sql`INSERT INTO ${outbox} (id, status, next_attempt_at, created_at, expires_at, data, chat_key)
          VALUES (${record.id}, ${record.status}, ${record.nextAttemptAt}, ${record.createdAt}, ${record.createdAt + OUTBOX_RECORD_TTL_MS}, ${encodeRow(stored(record))}, ${chatKey(record.chat)})
          ON CONFLICT (id) DO NOTHING RETURNING id`.execute(db);
        return rows.length === 1;
      }),
    get: (id) =>
      guard.run("read outbox record", async () => {
        const { rows } = await sql<{ id: string; data: string }>`SELECT id, data FROM ${outbox} WHERE id = ${id}`.execute(db);
        return rows[0] ? decode(rows[0]) : undefined;
      }),
    update: (record) =>
      guard.run("update outbox record", async () => {
        // Only a pending record changes: one cancelled meanwhile (its chat paused) stays as it was.
        await sql`UPDATE ${outbox} SET status = ${record.status}, next_attempt_at = ${record.nextAttemptAt}, data = ${encodeRow(stored(record))}
          WHERE id = ${record.id} AND status = 'pending'`.execute(db);
      }),
    claimDue: (now, limit, owner, leaseMs) =>
      guard.run("claim due outbox records", async () => {
        const wanted = Math.max(0, Math.floor(limit));
        if (wanted === 0) return [];
        const { rows } = await sql<{ id: string; data: string }>`UPDATE ${outbox} SET lease_owner = ${owner}, lease_until = ${now + leaseMs}
          WHERE id IN (SELECT id FROM ${outbox} WHERE status = 'pending' AND next_attempt_at <= ${now}
            AND (lease_until IS NULL OR lease_until <= ${now}) ORDER BY next_attempt_at, created_at LIMIT ${wanted} ${database.skipLocked})
          RETURNING id, data`.execute(db);
        return rows.map(decode).sort((left, right) => left.nextAttemptAt - right.nextAttemptAt || left.createdAt - right.createdAt);
      }),
    renewClaim: (id, owner, leaseMs, now) =>
      guard.run("renew outbox claim", async () => {
        const { rows } = await sql`UPDATE ${outbox} SET lease_owner = ${owner}, lease_until = ${now + leaseMs}
          WHERE id = ${id} AND (lease_owner = ${owner} OR lease_until IS NULL OR lease_until <= ${now}) RETURNING id`.execute(db);
        return rows.length === 1;
      }),
    updateClaimed: (record, owner, leaseMs, now) =>
      guard.run("update claimed outbox record", async () => {
        const { rows } = await sql`UPDATE ${outbox} SET status = ${record.status}, next_attempt_at = ${record.nextAttemptAt},
            data = ${encodeRow(stored(record))}, lease_owner = ${owner}, lease_until = ${now + leaseMs}
          WHERE id = ${record.id} AND status = 'pending' AND (lease_owner = ${owner} OR lease_until IS NULL OR lease_until <= ${now}) RETURNING id`.execute(db);
        return rows.length === 1;
      }),
    cancelPendingOf: (chat, reason, now) =>
      guard.run("cancel a chat's pending outbox records", async () => {
        // Through the index of pending records by chat; a few rows (a briefing, alerts, notices).
        return database.batch(async (executor) => {
          const { rows } = await sql<{ id: string; data: string }>`SELECT id, data FROM ${outbox}
            WHERE chat_key = ${chatKey(chat)} AND status = 'pending' ORDER BY created_at LIMIT ${MAX_CANCELLED}`.execute(executor);
          const cancelled: OutboxRecord[] = [];
          for (const row of rows) {
            const { partInFlight: _inFlight, ...record } = decode(row);
            const skipped: OutboxRecord = { ...record, status: "skipped", finishedAt: now, lastError: reason.slice(0, 300) };
            const { rows: changed } = await sql`UPDATE ${outbox} SET status = 'skipped', lease_owner = NULL, lease_until = NULL, data = ${encodeRow(stored(skipped))}
              WHERE id = ${row.id} AND status = 'pending' RETURNING id`.execute(executor);
            if (changed.length === 1) cancelled.push(skipped);
          }
          return cancelled;
        });
      }),
    releaseClaim: (id, owner) =>
      guard.run("release outbox claim", async () => {
        await sql`UPDATE ${outbox} SET lease_owner = NULL, lease_until = NULL WHERE id = ${id} AND lease_owner = ${owner}`.execute(db);
      }),
    countPending: () =>
      guard.run("count pending outbox records", async () => {
        const { rows } = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM ${outbox} WHERE status = 'pending'`.execute(db);
        return Number(rows[0]?.n ?? 0);
      }),
  };
}
