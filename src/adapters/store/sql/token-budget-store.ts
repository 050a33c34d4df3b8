/**
 * The daily summary token budget as one counter row per day, changed by single atomic statements:
 * a reservation that would pass the limit changes nothing, so instances sharing the store can never
 * overshoot it together.
 */
import { sql } from "kysely";
import type { TokenBudget } from "../../../core/summary-ports.js";
import type { StoreGuard } from "../store-guard.js";
import type { SqlDatabase } from "./sql-database.js";

const KEEP_MS = 3 * 86_400_000;

/** Creates the SQL TokenBudget with `dailyLimit` tokens per UTC day. */
export function createSqlTokenBudget(database: SqlDatabase, guard: StoreGuard, dailyLimit: number): TokenBudget {
  const { db } = database;
  const counters = database.table("counters");
  const keyOf = (day: string): string => `token-budget:${day}`;
  return {
    tryConsume: (day, estimatedTokens) =>
      guard.run("reserve summary tokens", async () => {
        const amount = Math.max(0, Math.ceil(estimatedTokens));
        if (amount > dailyLimit) return false;
        const { rows } = await sql`INSERT INTO ${counters} (key, value, expires_at) VALUES (${keyOf(day)}, ${amount}, ${Date.now() + KEEP_MS})
          ON CONFLICT (key) DO UPDATE SET value = ${counters}.value + excluded.value
          WHERE ${counters}.value + excluded.value <= ${dailyLimit} RETURNING value`.execute(db);
        return rows.length === 1;
      }),
    record: (day, reservedTokens, actualTokens) =>
      guard.run("record summary tokens", async () => {
        const change = Math.ceil(actualTokens) - Math.ceil(reservedTokens);
        if (change === 0) return;
        const zero = sql<number>`0`;
        await sql`UPDATE ${counters} SET value = ${database.greatest(zero, sql`value + ${change}`)} WHERE key = ${keyOf(day)}`.execute(db);
      }),
  };
}
