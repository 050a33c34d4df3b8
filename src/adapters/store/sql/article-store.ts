/**
 * Articles and their dedupe keys in two tables, both expiring after the retention period; listings
 * walk the (section, published) index newest first and stop after `limit` matches. One fetch's new
 * items are written in a few multi-row statements (one transaction on PostgreSQL).
 *
 * On PostgreSQL, look-ups and writes pass their values as arrays (`= ANY($1)`, `unnest`): the
 * statement text is the same whatever the count, so the server parses a few short statements rather
 * than one with hundreds of placeholders per fetch, about halving their cost.
 */
import { hash } from "node:crypto";
import { sql } from "kysely";
import type { Article } from "../../../core/articles/article.js";
import type { ArticleStore, DedupeKeys } from "../../../core/articles/article-ports.js";
import { articleSchema } from "../schemas.js";
import type { StoreGuard } from "../store-guard.js";
import { decodeRow, encodeRow } from "./json-column.js";
import type { SqlDatabase } from "./sql-database.js";

/** The most articles one listing returns, whatever `limit` asks for. */
export const MAX_LIST_LIMIT = 1000;
const CHUNK = 200;
/** PostgreSQL takes values as arrays: larger chunks cost no more placeholders. */
const POSTGRES_CHUNK = 2_000;

/** Dedupe keys in lookup order, each with the short tag it is stored under. */
const DEDUPE_ORDER = [
  ["guid", "guid"],
  ["url", "url"],
  ["titleFingerprint", "title"],
] as const;

/** Dedupe keys are hashed: guids and URLs can be long and contain anything. */
function dedupeKey(tag: string, value: string): string {
  return `${tag}:${hash("sha256", value, "hex").slice(0, 40)}`;
}

function presentDedupeKeys(keys: DedupeKeys): string[] {
  const present: string[] = [];
  for (const [field, tag] of DEDUPE_ORDER) {
    const value = keys[field];
    if (value !== undefined && value !== "") present.push(dedupeKey(tag, value));
  }
  return present;
}

function clampLimit(limit: number): number {
  return Number.isFinite(limit) ? Math.max(0, Math.min(MAX_LIST_LIMIT, Math.floor(limit))) : 0;
}

function clampSince(since: number): number {
  if (Number.isNaN(since)) return 0;
  return Math.max(Number.MIN_SAFE_INTEGER, Math.min(Number.MAX_SAFE_INTEGER, Math.round(since)));
}

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** Creates the SQL ArticleStore; every row expires `retentionMs` after it is saved. */
export function createSqlArticleStore(database: SqlDatabase, guard: StoreGuard, retentionMs: number): ArticleStore {
  const { db } = database;
  const articles = database.table("articles");
  const dedupe = database.table("dedupe");
  const decode = (row: { id: string; data: string }): Article => decodeRow(row.data, articleSchema, `article ${row.id}`);

  const getMany = async (ids: readonly string[]): Promise<Article[]> => {
    const found = new Map<string, Article>();
    const now = Date.now();
    for (const chunk of chunks([...new Set(ids)])) {
      const { rows } = await sql<{ id: string; data: string }>`SELECT id, data FROM ${articles}
        WHERE id IN (${sql.join(chunk)}) AND expires_at > ${now}`.execute(db);
      for (const row of rows) found.set(row.id, decode(row));
    }
    return ids.flatMap((id) => {
      const article = found.get(id);
      return article ? [article] : [];
    });
  };

  const postgres = database.dialect === "postgres";

  const lookup = async (keys: readonly string[]): Promise<Map<string, string>> => {
    const found = new Map<string, string>();
    const now = Date.now();
    const unique = [...new Set(keys)];
    for (const chunk of postgres ? chunks(unique, POSTGRES_CHUNK) : chunks(unique)) {
      const matching = postgres ? sql`key = ANY(${chunk}::text[])` : sql`key IN (${sql.join(chunk)})`;
      const { rows } = await sql<{ key: string; article_id: string }>`SELECT key, article_id FROM ${dedupe}
        WHERE ${matching} AND expires_at > ${now}`.execute(db);
      for (const row of rows) found.set(row.key, row.article_id);
    }
    return found;
  };

  const list = async (sectionId: string | undefined, since: number, limit: number): Promise<Article[]> => {
    const wanted = clampLimit(limit);
    if (wanted === 0) return [];
    const from = clampSince(since);
    const now = Date.now();
    const section = sectionId === undefined ? sql`` : sql`section_id = ${sectionId} AND`;
    const { rows } = await sql<{ id: string; data: string }>`SELECT id, data FROM ${articles}
      WHERE ${section} expires_at > ${now} AND (published_at >= ${from} OR first_seen_at >= ${from})
      ORDER BY published_at DESC, id DESC LIMIT ${wanted}`.execute(db);
    return rows.map(decode);
  };

  const listAfter = async (afterId: string | undefined, limit: number): Promise<Article[]> => {
    const wanted = clampLimit(limit);
    if (wanted === 0) return [];
    const after = afterId === undefined ? sql`` : sql`id > ${afterId} AND`;
    const { rows } = await sql<{ id: string; data: string }>`SELECT id, data FROM ${articles}
      WHERE ${after} expires_at > ${Date.now()} ORDER BY id LIMIT ${wanted}`.execute(db);
    return rows.map(decode);
  };

  const saveMany = async (entries: readonly { article: Article; keys: DedupeKeys }[]): Promise<void> => {
    if (entries.length === 0) return;
    const now = Date.now();
    const expires = now + retentionMs;
    // The last entry for an id wins, as with separate saves.
    const byId = new Map(entries.map((entry) => [entry.article.id, entry]));
    // Articles first, dedupe keys last: if a write fails, the item is seen as new and saved again
    // next time, rather than recorded as a duplicate of an article never fully stored.
    const keyRows = new Map<string, string>();
    for (const { article, keys } of byId.values()) for (const key of presentDedupeKeys(keys)) keyRows.set(key, article.id);
    await database.batch(async (trx) => {
      if (postgres) {
        // This commit need not wait for its own flush to disk: the feed's state, written next with
        // a synchronous commit, flushes the log up to and past it. A crash before then loses both,
        // and the items are fetched and stored again.
        await sql`SET LOCAL synchronous_commit = off`.execute(trx);
      }
      for (const chunk of postgres ? chunks([...byId.values()], POSTGRES_CHUNK) : chunks([...byId.values()])) {
        const rows = postgres
          ? sql`SELECT * FROM unnest(${chunk.map(({ article }) => article.id)}::text[], ${chunk.map(({ article }) => article.sectionId)}::text[],
              ${chunk.map(({ article }) => Math.round(article.publishedAt))}::bigint[], ${chunk.map(({ article }) => Math.round(article.firstSeenAt))}::bigint[],
              ${chunk.map(() => expires)}::bigint[], ${chunk.map(({ article }) => encodeRow(article))}::text[])`
          : sql`VALUES ${sql.join(
              chunk.map(
                ({ article }) =>
                  sql`(${article.id}, ${article.sectionId}, ${Math.round(article.publishedAt)}, ${Math.round(article.firstSeenAt)}, ${expires}, ${encodeRow(article)})`,
              ),
            )}`;
        await sql`INSERT INTO ${articles} (id, section_id, published_at, first_seen_at, expires_at, data) ${rows}
          ON CONFLICT (id) DO UPDATE SET section_id = excluded.section_id, published_at = excluded.published_at,
            first_seen_at = excluded.first_seen_at, expires_at = excluded.expires_at, data = excluded.data`.execute(trx);
      }
      for (const chunk of postgres ? chunks([...keyRows], POSTGRES_CHUNK) : chunks([...keyRows])) {
        const rows = postgres
          ? sql`SELECT * FROM unnest(${chunk.map(([key]) => key)}::text[], ${chunk.map(([, id]) => id)}::text[], ${chunk.map(() => expires)}::bigint[])`
          : sql`VALUES ${sql.join(chunk.map(([key, id]) => sql`(${key}, ${id}, ${expires})`))}`;
        await sql`INSERT INTO ${dedupe} (key, article_id, expires_at) ${rows}
          ON CONFLICT (key) DO UPDATE SET article_id = excluded.article_id, expires_at = excluded.expires_at`.execute(trx);
      }
    });
  };

  return {
    get: (id) => guard.run("read article", async () => (await getMany([id]))[0]),
    getMany: (ids) => guard.run("read articles", () => getMany(ids)),
    findDuplicate: (keys) =>
      guard.run("find duplicate", async () => {
        const candidates = presentDedupeKeys(keys);
        if (candidates.length === 0) return undefined;
        const found = await lookup(candidates);
        return candidates.map((key) => found.get(key)).find((id) => id !== undefined);
      }),
    findDuplicates: (keysList) =>
      guard.run("find duplicates", async () => {
        const candidates = keysList.map(presentDedupeKeys);
        const found = await lookup(candidates.flat());
        return candidates.map((keys) => keys.map((key) => found.get(key)).find((id) => id !== undefined));
      }),
    save: (article, keys) => guard.run("save article", () => saveMany([{ article, keys }])),
    saveMany: (entries) => guard.run("save articles", () => saveMany(entries)),
    listSection: (sectionId, since, limit) => guard.run("list articles", () => list(sectionId, since, limit)),
    listRecent: (since, limit) => guard.run("list articles", () => list(undefined, since, limit)),
    listAfter: (afterId, limit) => guard.run("list articles by id", () => listAfter(afterId, limit)),
  };
}
