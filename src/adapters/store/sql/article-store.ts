/**
 * Articles and their dedupe keys (article-keys.ts), both expiring after the retention period;
 * listings walk the (section, published) index newest first and stop after `limit` matches. One
 * fetch's new items are written in one transaction that also decides which are new
 * (article-writes.ts), so that an item is stored once across connections and instances.
 */
import { sql } from "kysely";
import type { Article } from "../../../core/articles/article.js";
import type { ArticleStore, DedupeKeys } from "../../../core/articles/article-ports.js";
import { articleSchema } from "../schemas.js";
import type { StoreGuard } from "../store-guard.js";
import { storedKeysOf } from "./article-keys.js";
import { postgresArticleWrites, sqliteArticleWrites } from "./article-writes.js";
import { decodeRow } from "./json-column.js";
import type { SqlDatabase } from "./sql-database.js";

/** The most entries of `saveNew` calls written together in one transaction (see saveNew). */
const WRITE_BATCH_ENTRIES = 2_000;
/** The most articles one listing returns, whatever `limit` asks for. */
export const MAX_LIST_LIMIT = 1000;
const CHUNK = 200;

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

  const writes = database.sqlite
    ? sqliteArticleWrites(database.sqlite, `"${database.prefix}_articles"`, `"${database.prefix}_article_keys"`)
    : postgresArticleWrites(database);

  /** For each set of keys, the id of the article holding the first of them (guid, url, title) that is stored. */
  const findDuplicates = async (keysList: readonly DedupeKeys[]): Promise<Array<string | undefined>> => {
    const candidates = keysList.map(storedKeysOf);
    const found = await writes.lookup([...new Set(candidates.flat())], Date.now());
    return candidates.map((keys) => keys.map((key) => found.get(key)).find((id) => id !== undefined));
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
    await writes.saveAll(entries, now, now + retentionMs);
  };

  // saveNew calls that arrive while the process is busy (a poll round: many feeds parsed one after
  // another) are written together, one transaction for all of them, when the event loop next turns
  // or the write in flight ends: on SQLite one commit instead of one per feed (the pages a commit
  // writes are mostly shared), on PostgreSQL one set of round trips. Each call gets the articles
  // of its own entries that were new, an item carried by two calls going to the first; the
  // combined write decides what is new exactly as separate writes in call order would. A call
  // resolves only once its articles are committed, so the feed state written after it still
  // follows its articles. When the combined write fails, each call is written on its own, so that
  // a call fails only for a failure of its own.
  type Entries = readonly { article: Article; keys: DedupeKeys }[];
  interface PendingSave {
    entries: Entries;
    resolve(stored: Article[]): void;
    reject(error: unknown): void;
  }
  let pending: PendingSave[] = [];
  let writing = false;
  const writeNew = (entries: Entries): Promise<Article[]> => {
    const now = Date.now();
    return writes.saveNew(entries, now, now + retentionMs);
  };
  const writePending = async (): Promise<void> => {
    // At most WRITE_BATCH_ENTRIES entries at once (and at least one call): a write stays short.
    let taken = 0;
    let entryCount = 0;
    while (taken < pending.length && (taken === 0 || entryCount + (pending[taken] as PendingSave).entries.length <= WRITE_BATCH_ENTRIES)) {
      entryCount += (pending[taken] as PendingSave).entries.length;
      taken += 1;
    }
    const calls = pending.slice(0, taken);
    pending = pending.slice(taken);
    writing = true;
    try {
      if (calls.length === 1) {
        const [call] = calls as [PendingSave];
        await writeNew(call.entries).then(call.resolve, call.reject);
        return;
      }
      let stored: Set<Article>;
      try {
        stored = new Set(await writeNew(calls.flatMap((call) => call.entries)));
      } catch {
        for (const call of calls) await writeNew(call.entries).then(call.resolve, call.reject);
        return;
      }
      for (const call of calls) {
        const own = call.entries.flatMap(({ article }) => (stored.delete(article) ? [article] : []));
        call.resolve(own);
      }
    } finally {
      writing = false;
      if (pending.length > 0) setImmediate(() => void writePending());
    }
  };
  const saveNew = (entries: Entries): Promise<Article[]> => {
    if (entries.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      pending.push({ entries, resolve, reject });
      if (pending.length === 1 && !writing) setImmediate(() => void writePending());
    });
  };

  return {
    get: (id) => guard.run("read article", async () => (await getMany([id]))[0]),
    getMany: (ids) => guard.run("read articles", () => getMany(ids)),
    findDuplicate: (keys) => guard.run("find duplicate", async () => (await findDuplicates([keys]))[0]),
    findDuplicates: (keysList) => guard.run("find duplicates", () => findDuplicates(keysList)),
    save: (article, keys) => guard.run("save article", () => saveMany([{ article, keys }])),
    saveMany: (entries) => guard.run("save articles", () => saveMany(entries)),
    saveNew: (entries) => guard.run("save new articles", () => saveNew(entries)),
    listSection: (sectionId, since, limit) => guard.run("list articles", () => list(sectionId, since, limit)),
    listRecent: (since, limit) => guard.run("list articles", () => list(undefined, since, limit)),
    listAfter: (afterId, limit) => guard.run("list articles by id", () => listAfter(afterId, limit)),
  };
}
