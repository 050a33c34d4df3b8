/**
 * The daily summary token budget as one counter row per day (and one per chat and day for the
 * chat's share), changed by single atomic statements: a reservation that would pass a limit changes
 * nothing, so instances sharing the store can never overshoot it together.
 */
import { sql } from "kysely";
import type { TokenBudget } from "../../../core/summaries/summary-ports.js";
import type { StoreGuard } from "../store-guard.js";
import type { SqlDatabase } from "./sql-database.js";

const KEEP_MS = 3 * 86_400_000;

/**
 * Creates the SQL TokenBudget with `dailyLimit` tokens per UTC day, of which one scope (a chat) may
 * reserve at most `scopeShare` (0–1].
 */
export function createSqlTokenBudget(database: SqlDatabase, guard: StoreGuard, dailyLimit: number, scopeShare = 1): TokenBudget {
  const { db } = database;
  const counters = database.table("counters");
  const scopeLimit = Math.max(1, Math.floor(dailyLimit * Math.min(1, Math.max(0, scopeShare))));
  const keyOf = (day: string, scope?: string): string => (scope === undefined ? `token-budget:${day}` : `token-budget:${day}:${scope}`);
  const reserve = async (key: string, amount: number, limit: number): Promise<boolean> => {
    if (amount > limit) return false;
    const { rows } = await sql`INSERT INTO ${counters} (key, value, expires_at) VALUES (${key}, ${amount}, ${Date.now() + KEEP_MS})
      ON CONFLICT (key) DO UPDATE SET value = ${counters}.value + excluded.value
      WHERE ${counters}.value + excluded.value <= ${limit} RETURNING value`.execute(db);
    return rows.length === 1;
  };
  const adjust = async (key: string, change: number): Promise<void> => {
    if (change === 0) return;
    const zero = sql<number>`0`;
    await sql`UPDATE ${counters} SET value = ${database.greatest(zero, sql`value + ${change}`)} WHERE key = ${key}`.execute(db);
  };
  return {
    tryConsume: (day, estimatedTokens, scope) =>
      guard.run("reserve summary tokens", async () => {
        const amount = Math.max(0, Math.ceil(estimatedTokens));
        if (scope !== undefined && !(await reserve(keyOf(day, scope), amount, scopeLimit))) return false;
        if (await reserve(keyOf(day), amount, dailyLimit)) return true;
        if (scope !== undefined) await adjust(keyOf(day, scope), -amount);
        return false;
      }),
    record: (day, reservedTokens, actualTokens, scope) =>
      guard.run("record summary tokens", async () => {
        const change = Math.ceil(actualTokens) - Math.ceil(reservedTokens);
        await adjust(keyOf(day), change);
        if (scope !== undefined) await adjust(keyOf(day, scope), change);
      }),
  };
}
