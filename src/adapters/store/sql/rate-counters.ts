/**
 * Fixed-window rate counters in the `counters` table (per user and per chat limits): one atomic
 * statement counts an event unless the window's limit is reached, so instances sharing the store
 * enforce one limit together.
 */
import { sql } from "kysely";
import type { RateCounters } from "../../../core/summaries/summary-ports.js";
import type { StoreGuard } from "../store-guard.js";
import type { SqlDatabase } from "./sql-database.js";

/** Creates the SQL RateCounters. */
export function createSqlRateCounters(database: SqlDatabase, guard: StoreGuard): RateCounters {
  const { db } = database;
  const counters = database.table("counters");
  return {
    tryTake: (key, limit, windowMs, now) =>
      guard.run("count a rate-limited event", async () => {
        const windowStart = Math.floor(now / windowMs) * windowMs;
        const resetAt = windowStart + windowMs;
        if (limit <= 0) return { taken: false, resetAt };
        const { rows } = await sql`INSERT INTO ${counters} (key, value, expires_at) VALUES (${`rate:${key}:${windowStart}`}, 1, ${resetAt + windowMs})
          ON CONFLICT (key) DO UPDATE SET value = ${counters}.value + 1 WHERE ${counters}.value + 1 <= ${limit} RETURNING value`.execute(db);
        return { taken: rows.length === 1, resetAt };
      }),
  };
}
