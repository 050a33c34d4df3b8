/**
 * Feed poller state in the `feeds` table, indexed by when each feed is next due. Polling instances
 * claim due feeds (a lease in the row) so that each feed is polled by one instance at a time, and a
 * poll round reads only the feeds that are due.
 */
import { sql } from "kysely";
import type { FeedState } from "../../../core/feeds/feed.js";
import type { FeedStateStore } from "../../../core/feeds/feed-ports.js";
import { feedStateSchema } from "../schemas.js";
import type { StoreGuard } from "../store-guard.js";
import { decodeRow, encodeRow } from "./json-column.js";
import type { SqlDatabase } from "./sql-database.js";

const CHUNK = 200;

/** The state of a feed never polled: due at once, not yet initialised. */
export function newFeedState(url: string, now: number): FeedState {
  return { url, nextPollAt: now, consecutiveFailures: 0, healthy: true, initialized: false };
}

/** Creates the SQL FeedStateStore. */
export function createSqlFeedStateStore(database: SqlDatabase, guard: StoreGuard): FeedStateStore {
  const { db } = database;
  const feeds = database.table("feeds");
  const decode = (row: { url: string; data: string }): FeedState => decodeRow(row.data, feedStateSchema, `feed ${row.url}`);
  return {
    get: (url) =>
      guard.run("read feed state", async () => {
        const { rows } = await sql<{ url: string; data: string }>`SELECT url, data FROM ${feeds} WHERE url = ${url}`.execute(db);
        return rows[0] ? decode(rows[0]) : undefined;
      }),
    put: (state) =>
      guard.run("write feed state", async () => {
        const next = Math.round(state.nextPollAt);
        const failingSince = state.failingSince === undefined ? null : Math.round(state.failingSince);
        await sql`INSERT INTO ${feeds} (url, next_poll_at, lease_owner, lease_until, failing_since, data)
          VALUES (${state.url}, ${next}, NULL, NULL, ${failingSince}, ${encodeRow(state)})
          ON CONFLICT (url) DO UPDATE SET next_poll_at = excluded.next_poll_at, lease_owner = NULL, lease_until = NULL,
            failing_since = excluded.failing_since, data = excluded.data`.execute(db);
      }),
    list: () =>
      guard.run("list feed states", async () => {
        const { rows } = await sql<{ url: string; data: string }>`SELECT url, data FROM ${feeds} ORDER BY url`.execute(db);
        return rows.map(decode);
      }),
    getMany: (urls) =>
      guard.run("read feed states", async () => {
        const found: FeedState[] = [];
        const unique = [...new Set(urls)];
        for (let start = 0; start < unique.length; start += CHUNK) {
          const { rows } = await sql<{ url: string; data: string }>`SELECT url, data FROM ${feeds}
            WHERE url IN (${sql.join(unique.slice(start, start + CHUNK))})`.execute(db);
          found.push(...rows.map(decode));
        }
        return found;
      }),
    listFailing: (limit) =>
      guard.run("list failing feeds", async () => {
        const wanted = Math.max(0, Math.floor(limit));
        if (wanted === 0) return [];
        // The partial index on failing_since: only failing rows are read.
        const { rows } = await sql<{ url: string; data: string }>`SELECT url, data FROM ${feeds}
          WHERE failing_since IS NOT NULL ORDER BY failing_since, url LIMIT ${wanted}`.execute(db);
        return rows.map(decode);
      }),
    register: (urls, now) =>
      guard.run("register feeds", async () => {
        const unique = [...new Set(urls)];
        for (let start = 0; start < unique.length; start += CHUNK) {
          const values = unique.slice(start, start + CHUNK).map((url) => sql`(${url}, ${now}, ${encodeRow(newFeedState(url, now))})`);
          await sql`INSERT INTO ${feeds} (url, next_poll_at, data) VALUES ${sql.join(values)} ON CONFLICT (url) DO NOTHING`.execute(db);
        }
      }),
    claimDue: (now, limit, owner, leaseMs) =>
      guard.run("claim due feeds", async () => {
        const wanted = Math.max(0, Math.floor(limit));
        if (wanted === 0) return [];
        const { rows } = await sql<{ url: string; data: string }>`UPDATE ${feeds} SET lease_owner = ${owner}, lease_until = ${now + leaseMs}
          WHERE url IN (SELECT url FROM ${feeds} WHERE next_poll_at <= ${now} AND (lease_until IS NULL OR lease_until <= ${now})
            ORDER BY next_poll_at LIMIT ${wanted} ${database.skipLocked})
          RETURNING url, data`.execute(db);
        return rows.map(decode).sort((left, right) => left.nextPollAt - right.nextPollAt);
      }),
  };
}
