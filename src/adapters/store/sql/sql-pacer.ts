/**
 * A send pacer shared by every instance on one database: the generic cell rate algorithm of
 * src/core/pacer.ts, its theoretical arrival time kept in one `pacers` row and advanced by one
 * atomic statement per reservation.
 */
import { sql } from "kysely";
import { pacerInterval, reserveSlot, type Pacer } from "../../../core/delivery/pacer.js";
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
        // The TAT advances in one statement (new TAT = max(TAT, now) + interval), so instances never
        // read and write it apart. The slot is then reserveSlot's own, from max(TAT, now) = new TAT −
        // interval: max(now, max(TAT, now) − burst × interval) = max(now, TAT − burst × interval).
        const { rows } = await sql<{ tat: number }>`INSERT INTO ${pacers} (name, tat) VALUES (${name}, ${now + interval})
          ON CONFLICT (name) DO UPDATE SET tat = ${database.greatest(sql`${pacers}.tat`, sql`${now}`)} + ${interval}
          RETURNING tat`.execute(db);
        const { slot } = reserveSlot(Number(rows[0]?.tat ?? now + interval) - interval, now, interval, burst);
        return Math.max(0, Math.ceil(slot - now));
      }),
  };
}
