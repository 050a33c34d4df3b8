/**
 * Alert ledgers (per chat: recently alerted stories, burst window, held-back alerts) in a keyv namespace.
 */
import { z } from "zod";
import type { AlertLedger, AlertLedgerEntry } from "../../core/follow-alerts.js";
import type { KeyvStores } from "./create-keyv-stores.js";

const time = z.number().int().nonnegative();

const ledgerSchema: z.ZodType<AlertLedgerEntry> = z.object({
  recent: z.array(z.object({ articleId: z.string(), at: time })).max(1_000),
  windowStart: time,
  sentInWindow: z.number().int().nonnegative(),
  pending: z.array(z.object({ articleId: z.string(), reason: z.string() })).max(10_000),
});

/** Creates the alert ledger; entries expire after `ttlMs` without alerts. */
export function createKeyvAlertLedger(stores: Pick<KeyvStores, "createCache">, ttlMs: number): AlertLedger {
  const cache = stores.createCache({ name: "alert-ledger", schema: ledgerSchema, ttlMs });
  return {
    get: (key) => cache.get(key),
    put: (key, entry) => cache.set(key, entry),
  };
}
