/**
 * The outbox on the keyv store: records in the `outbox` namespace, created with an atomic
 * insert-if-absent (a key can exist once across instances and restarts), plus a listable
 * `outbox-pending` namespace of the records still to send; leases in `leases`.
 */
import { z } from "zod";
import type { BriefingDocument } from "../../core/briefing-document.js";
import type { LeaseStore, OutboxRecord, OutboxStore } from "../../core/outbox/outbox-ports.js";
import { createKeyvCache } from "./keyv-cache.js";
import type { StoreBackend } from "./store-backend.js";

/** How long finished records are kept (they are what makes a key exist only once). */
const RECORD_TTL_MS = 30 * 86_400_000;

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
  title: text,
  subtitle: text.optional(),
  overview: text.optional(),
  sections: z.array(z.object({ heading: text.optional(), items: z.array(itemSchema).max(500), emptyText: text.optional() })).max(100),
  footer: text.optional(),
});

const recordSchema: z.ZodType<OutboxRecord> = z.object({
  id: z.string().min(1).max(300),
  kind: z.enum(["briefing", "alert", "alert-batch"]),
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

const pendingSchema = z.object({ nextAttemptAt: time, createdAt: time });

/** The outbox store of a backend. */
export function createKeyvOutboxStore(backend: StoreBackend): OutboxStore {
  const records = createKeyvCache(backend, { name: "outbox", schema: recordSchema, ttlMs: RECORD_TTL_MS });
  const pending = createKeyvCache(backend, { name: "outbox-pending", schema: pendingSchema, ttlMs: RECORD_TTL_MS, listable: true });
  const namespace = backend.namespaceOf("outbox");
  return {
    async create(record) {
      // Listed first: a crash between the two writes leaves a listing without a record (cleaned by
      // the drainer), never a pending record nobody lists.
      if (record.status === "pending") await pending.set(record.id, { nextAttemptAt: record.nextAttemptAt, createdAt: record.createdAt });
      return backend.atomic.insertIfAbsent(namespace, record.id, record, RECORD_TTL_MS);
    },
    get: (id) => records.get(id),
    async update(record) {
      await records.set(record.id, record);
      if (record.status === "pending") await pending.set(record.id, { nextAttemptAt: record.nextAttemptAt, createdAt: record.createdAt });
      else await pending.delete(record.id);
    },
    async listDue(now, limit) {
      const due = (await pending.list())
        .filter((entry) => entry.value.nextAttemptAt <= now)
        .sort((left, right) => left.value.createdAt - right.value.createdAt || (left.key < right.key ? -1 : 1))
        .slice(0, limit);
      const found = await records.getMany(due.map((entry) => entry.key));
      const result: OutboxRecord[] = [];
      for (const [index, record] of found.entries()) {
        const key = due[index]?.key ?? "";
        if (record?.status === "pending") result.push(record);
        else await pending.delete(key);
      }
      return result;
    },
  };
}

/** Leases (one owner at a time, expiring) of a backend. */
export function createKeyvLeaseStore(backend: StoreBackend): LeaseStore {
  const namespace = backend.namespaceOf("leases");
  return {
    acquire: (key, owner, ttlMs) => backend.atomic.acquireLease(namespace, key, owner, ttlMs),
    release: (key, owner) => backend.atomic.releaseLease(namespace, key, owner),
  };
}
