/**
 * Expiring leases in the `leases` table: one conditional upsert takes a free or expired lease, or
 * renews one's own; the row it returns says who won. Atomic on SQLite and PostgreSQL alike.
 */
import { sql } from "kysely";
import type { LeaseStore } from "../../../core/delivery/outbox-ports.js";
import type { StoreGuard } from "../store-guard.js";
import type { SqlDatabase } from "./sql-database.js";

/** Creates the SQL LeaseStore. */
export function createSqlLeaseStore(database: SqlDatabase, guard: StoreGuard): LeaseStore {
  const { db } = database;
  const leases = database.table("leases");
  return {
    acquire: (key, owner, ttlMs) =>
      guard.run("acquire lease", async () => {
        const now = Date.now();
        const { rows } = await sql`INSERT INTO ${leases} (key, owner, expires_at) VALUES (${key}, ${owner}, ${now + ttlMs})
          ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
          WHERE ${leases}.expires_at <= ${now} OR ${leases}.owner = ${owner} RETURNING key`.execute(db);
        return rows.length === 1;
      }),
    release: (key, owner) =>
      guard.run("release lease", async () => {
        await sql`DELETE FROM ${leases} WHERE key = ${key} AND owner = ${owner}`.execute(db);
      }),
  };
}
