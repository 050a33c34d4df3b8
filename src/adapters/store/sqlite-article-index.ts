/**
 * The article index on SQLite: a small table of its own next to keyv's, in the same file.
 *
 * Why not a keyv namespace per section: @keyv/sqlite iterates a namespace with
 * `key LIKE 'ns:%' LIMIT n OFFSET m`, which SQLite cannot answer from the primary-key index
 * (LIKE is case-insensitive by default), so every page scans every row of every namespace.
 * Here, one row per article (upserted in one statement: concurrent writers cannot lose rows) and
 * a covering index per listing order let a listing walk only its section, newest first, and stop
 * after `limit` matches.
 */
import type { ArticleIndex, ArticleIndexEntry, ArticleIndexQuery } from "./store-backend.js";

/** Runs one SQL statement and resolves its rows (@keyv/sqlite's `query`). */
export type SqlQuery = (sql: string, ...parameters: unknown[]) => Promise<unknown>;

const TABLE = "newsdesk_article_index";

/** DDL run once per process; idempotent. */
export const ARTICLE_INDEX_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS ${TABLE} (
     prefix TEXT NOT NULL, id TEXT NOT NULL, section_id TEXT NOT NULL,
     published_at INTEGER NOT NULL, first_seen_at INTEGER NOT NULL, expires_at INTEGER NOT NULL,
     PRIMARY KEY (prefix, id)) WITHOUT ROWID`,
  `CREATE INDEX IF NOT EXISTS ${TABLE}_by_section
     ON ${TABLE} (prefix, section_id, published_at, id, first_seen_at, expires_at)`,
  `CREATE INDEX IF NOT EXISTS ${TABLE}_by_time ON ${TABLE} (prefix, published_at, id, first_seen_at, expires_at)`,
  // No index on expires_at: with bound parameters the planner picked it for listings (a range over
  // every live row plus a sort); the rare sweep can afford a scan.
];

/** Creates the SQLite article index for one store prefix. */
export function createSqliteArticleIndex(query: SqlQuery, prefix: string): ArticleIndex & {
  sweep(now: number): Promise<void>;
} {
  const addMany = async (entries: readonly ArticleIndexEntry[]): Promise<void> => {
    // One statement per chunk: one write transaction instead of one per article.
    for (let start = 0; start < entries.length; start += 100) {
      const chunk = entries.slice(start, start + 100);
      await query(
        `INSERT INTO ${TABLE} (prefix, id, section_id, published_at, first_seen_at, expires_at)
         VALUES ${chunk.map(() => "(?, ?, ?, ?, ?, ?)").join(", ")}
         ON CONFLICT (prefix, id) DO UPDATE SET section_id = excluded.section_id,
           published_at = excluded.published_at, first_seen_at = excluded.first_seen_at,
           expires_at = excluded.expires_at`,
        ...chunk.flatMap((entry) => [prefix, entry.id, entry.sectionId, entry.publishedAt, entry.firstSeenAt, entry.expiresAt]),
      );
    }
  };
  return {
    add: (entry: ArticleIndexEntry) => addMany([entry]),
    addMany: (entries: readonly ArticleIndexEntry[]) => addMany(entries),
    async query({ sectionId, since, limit, now }: ArticleIndexQuery) {
      const [index, section] = sectionId === undefined ? ["by_time", ""] : ["by_section", "AND section_id = ?"];
      const parameters = sectionId === undefined ? [prefix] : [prefix, sectionId];
      // INDEXED BY: walk the covering index in listing order and stop after `limit` matches.
      const rows = await query(
        `SELECT id FROM ${TABLE} INDEXED BY ${TABLE}_${index}
         WHERE prefix = ? ${section} AND expires_at > ? AND (published_at >= ? OR first_seen_at >= ?)
         ORDER BY published_at DESC, id DESC LIMIT ?`,
        ...parameters, now, since, since, limit,
      );
      return (rows as Array<{ id: string }>).map((row) => row.id);
    },
    async sweep(now: number) {
      await query(`DELETE FROM ${TABLE} WHERE prefix = ? AND expires_at <= ?`, prefix, now);
    },
  };
}
