/**
 * A send pacer shared by every instance on one database: the generic cell rate algorithm of
 * src/core/delivery/pacer.ts, its theoretical arrival time kept in one `pacers` row and advanced by one
 * atomic statement per reservation.
 */
import { sql } from "kysely";
import { pacerInterval, type Pacer } from "../../../core/delivery/pacer.js";
import type { StoreGuard } from "../store-guard.js";
import type { SqlDatabase } from "./sql-database.js";

/** Creates a pacer named `name` allowing `perSecond` events with `burst` early ones. */
export function createSqlPacer(database: SqlDatabase, guard: StoreGuard, name: string, perSecond: number, burst: number): Pacer {
  const { db } = database;
  const pacers = database.table("pacers");
  const interval = pacerInterval(perSecond, burst);
  return {
    reserve: () =>
      guard.run("reserve a send slot", async () => {
        const now = Date.now();
        // reserveSlot (src/core/delivery/pacer.ts) in one statement: new TAT = max(TAT, now) + interval; the
        // slot = max(now, old TAT - burst × interval) = max(now, new TAT - interval - burst × interval).
        const { rows } = await sql<{ tat: number }>`INSERT INTO ${pacers} (name, tat) VALUES (${name}, ${now + interval})
          ON CONFLICT (name) DO UPDATE SET tat = ${database.greatest(sql`${pacers}.tat`, sql`${now}`)} + ${interval}
          RETURNING tat`.execute(db);
        const tat = Number(rows[0]?.tat ?? now + interval);
        const slot = Math.max(now, tat - interval - burst * interval);
        return Math.max(0, Math.ceil(slot - now));
      }),
  };
}
