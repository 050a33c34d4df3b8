/**
 * Writing articles with their dedupe keys, and finding stored keys, on each engine.
 *
 * `saveNew` is the ingest path and decides atomically which entries are new: in one transaction it
 * inserts the entries' keys (a key already held by an unexpired row stays that row's), then the
 * articles whose keys were all free (an unexpired article of the same id stays), and removes the
 * keys it added for entries that turned out not to be new. Two connections or two instances saving
 * the same item at once store it once: on PostgreSQL the second insert of a key waits for the
 * first transaction and then sees its row; on SQLite the transaction holds the write lock.
 *
 * SQLite runs each write as one synchronous better-sqlite3 transaction of reused prepared
 * statements (nothing else of the process runs in between, so no transaction is held across an
 * await). PostgreSQL takes each column as an array (`unnest`), so a fetch is a few statements.
 */
import type Database from "better-sqlite3";
import { sql } from "kysely";
import type { Article } from "../../../core/articles/article.js";
import type { DedupeKeys } from "../../../core/articles/article-ports.js";
import { storedKeysOf } from "./article-keys.js";
import { encodeRow } from "./json-column.js";
import type { SqlDatabase } from "./sql-database.js";

/** An article ready to write: its row values and stored keys. */
interface Prepared {
  article: Article;
  keys: bigint[];
  data: string;
}

/** What the article store asks of an engine. */
export interface ArticleWrites {
  /** For each stored key among `keys`, the id of its unexpired article. */
  lookup(keys: readonly bigint[], now: number): Promise<Map<bigint, string>>;
  /** Stores every entry (an article saved again is replaced), its keys pointing to it. */
  saveAll(entries: readonly { article: Article; keys: DedupeKeys }[], now: number, expires: number): Promise<void>;
  /** Stores the entries that are new (see the module comment); resolves their articles, in order. */
  saveNew(entries: readonly { article: Article; keys: DedupeKeys }[], now: number, expires: number): Promise<Article[]>;
}

function prepare(entries: readonly { article: Article; keys: DedupeKeys }[]): Prepared[] {
  return entries.map(({ article, keys }) => ({ article, keys: [...new Set(storedKeysOf(keys))], data: encodeRow(article) }));
}

/** Entries that share no key and no id with an earlier entry of the same batch. */
function firstOfEach(entries: readonly Prepared[]): Prepared[] {
  const keys = new Set<bigint>();
  const ids = new Set<string>();
  return entries.filter((entry) => {
    if (ids.has(entry.article.id) || entry.keys.some((key) => keys.has(key))) return false;
    ids.add(entry.article.id);
    for (const key of entry.keys) keys.add(key);
    return true;
  });
}

/** The last entry of each id (as separate saves would leave it), keys pointing to their last holder. */
function lastOfEach(entries: readonly Prepared[]): { articles: Prepared[]; keys: Map<bigint, string> } {
  const byId = new Map(entries.map((entry) => [entry.article.id, entry]));
  const keys = new Map<bigint, string>();
  for (const entry of byId.values()) for (const key of entry.keys) keys.set(key, entry.article.id);
  return { articles: [...byId.values()], keys };
}

const ARTICLE_COLUMNS = "(id, section_id, published_at, first_seen_at, expires_at, data)";
const ARTICLE_UPDATE = `section_id = excluded.section_id, published_at = excluded.published_at,
  first_seen_at = excluded.first_seen_at, expires_at = excluded.expires_at, data = excluded.data`;
const KEY_UPDATE = "article_id = excluded.article_id, expires_at = excluded.expires_at";

/** The writes of a SQLite database, on its better-sqlite3 connection. */
export function sqliteArticleWrites(connection: Database.Database, articlesTable: string, keysTable: string): ArticleWrites {
  const findKey = connection.prepare<[bigint, number], { article_id: string }>(`SELECT article_id FROM ${keysTable} WHERE key = ? AND expires_at > ?`);
  const putArticle = connection.prepare(`INSERT INTO ${articlesTable} ${ARTICLE_COLUMNS} VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET ${ARTICLE_UPDATE}`);
  const putKey = connection.prepare(`INSERT INTO ${keysTable} (key, article_id, expires_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET ${KEY_UPDATE}`);
  // A claim changes one row (inserted, or an expired one taken over) or none (held by an unexpired
  // row). Its `changes` tells which: a RETURNING clause would tell the same at about twice the cost
  // of the insert (SQLite runs it through a temporary table on every execution).
  const claimArticle = connection.prepare(`INSERT INTO ${articlesTable} ${ARTICLE_COLUMNS} VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET ${ARTICLE_UPDATE} WHERE ${articlesTable}.expires_at <= ?`);
  const claimKey = connection.prepare(`INSERT INTO ${keysTable} (key, article_id, expires_at) VALUES (?, ?, ?)
    ON CONFLICT (key) DO UPDATE SET ${KEY_UPDATE} WHERE ${keysTable}.expires_at <= ?`);
  const dropKey = connection.prepare(`DELETE FROM ${keysTable} WHERE key = ?`);
  const row = ({ article, data }: Prepared, expires: number): unknown[] => [
    article.id, article.sectionId, Math.round(article.publishedAt), Math.round(article.firstSeenAt), expires, data,
  ];

  const saveAll = connection.transaction((entries: Prepared[], expires: number) => {
    const { articles, keys } = lastOfEach(entries);
    // Articles first, keys last, as on PostgreSQL (one transaction here: both or neither).
    for (const entry of articles) putArticle.run(...row(entry, expires));
    for (const [key, id] of keys) putKey.run(key, id, expires);
  });
  const saveNew = connection.transaction((entries: Prepared[], now: number, expires: number): Article[] => {
    const stored: Article[] = [];
    for (const entry of firstOfEach(entries)) {
      const claimed: bigint[] = [];
      for (const key of entry.keys) {
        if (claimKey.run(key, entry.article.id, expires, now).changes === 0) break;
        claimed.push(key);
      }
      if (claimed.length === entry.keys.length && claimArticle.run(...row(entry, expires), now).changes === 1) {
        stored.push(entry.article);
        continue;
      }
      for (const key of claimed) dropKey.run(key);
    }
    return stored;
  });
  // The lookups of one call in one read transaction: alone, each statement would begin and end a
  // read transaction of its own on the WAL, about four fifths of its cost.
  const lookup = connection.transaction((keys: readonly bigint[], now: number): Map<bigint, string> => {
    const found = new Map<bigint, string>();
    for (const key of keys) {
      const hit = findKey.get(key, now);
      if (hit) found.set(key, hit.article_id);
    }
    return found;
  });
  return {
    lookup: async (keys, now) => lookup.deferred(keys, now),
    saveAll: async (entries, _now, expires) => saveAll.immediate(prepare(entries), expires),
    saveNew: async (entries, now, expires) => saveNew.immediate(prepare(entries), now, expires),
  };
}

const compare = (left: bigint, right: bigint): number => (left < right ? -1 : left > right ? 1 : 0);

/** The writes of a PostgreSQL database: each a transaction of a few array statements. */
export function postgresArticleWrites(database: SqlDatabase): ArticleWrites {
  const articles = database.table("articles");
  const keysTable = database.table("article_keys");
  const articleRows = (entries: readonly Prepared[], expires: number) =>
    sql`SELECT * FROM unnest(${entries.map(({ article }) => article.id)}::text[], ${entries.map(({ article }) => article.sectionId)}::text[],
      ${entries.map(({ article }) => Math.round(article.publishedAt))}::bigint[], ${entries.map(({ article }) => Math.round(article.firstSeenAt))}::bigint[],
      ${entries.map(() => expires)}::bigint[], ${entries.map(({ data }) => data)}::text[]) AS row (id, section_id, published_at, first_seen_at, expires_at, data)
      ORDER BY id`;
  // Keys in ascending order: two transactions inserting overlapping keys lock them in the same order.
  const keyRows = (keys: readonly (readonly [bigint, string])[], expires: number) => {
    const sorted = [...keys].sort(([left], [right]) => compare(left, right));
    return sql`SELECT key, article_id, ${expires}::bigint FROM unnest(${sorted.map(([key]) => key.toString())}::bigint[],
      ${sorted.map(([, id]) => id)}::text[]) AS row (key, article_id) ORDER BY key`;
  };
  // This commit need not wait for its own flush to disk: the feed's state, written next with a
  // synchronous commit, flushes the log up to and past it. A crash before then loses both, and the
  // items are fetched and stored again.
  const relaxed = sql`SET LOCAL synchronous_commit = off`;
  return {
    lookup: async (keys, now) => {
      const found = new Map<bigint, string>();
      if (keys.length === 0) return found;
      const { rows } = await sql<{ key: string; article_id: string }>`SELECT key::text AS key, article_id FROM ${keysTable}
        WHERE key = ANY(${keys.map(String)}::bigint[]) AND expires_at > ${now}`.execute(database.db);
      for (const row of rows) found.set(BigInt(row.key), row.article_id);
      return found;
    },
    saveAll: async (entries, _now, expires) => {
      if (entries.length === 0) return;
      const { articles: latest, keys } = lastOfEach(prepare(entries));
      await database.db.transaction().execute(async (trx) => {
        await relaxed.execute(trx);
        await sql`INSERT INTO ${articles} ${sql.raw(ARTICLE_COLUMNS)} ${articleRows(latest, expires)}
          ON CONFLICT (id) DO UPDATE SET ${sql.raw(ARTICLE_UPDATE)}`.execute(trx);
        if (keys.size > 0) {
          await sql`INSERT INTO ${keysTable} (key, article_id, expires_at) ${keyRows([...keys], expires)}
            ON CONFLICT (key) DO UPDATE SET ${sql.raw(KEY_UPDATE)}`.execute(trx);
        }
      });
    },
    // One statement, one round trip: it claims the keys (a key held by an unexpired row stays that
    // row's), then inserts the articles none of whose keys was refused (an unexpired article of the
    // same id stays), and returns what it inserted and claimed. As one statement it is atomic, and a
    // second statement inserting one of its keys waits for it and then sees its row, as a second
    // transaction would; keys are inserted in ascending order, then articles in id order, so two
    // such statements cannot deadlock. Its commit need not wait for its flush to disk: the feed's
    // state, written next with a synchronous commit, flushes the log past it (`set_config`, local to
    // the statement's transaction, runs once per entry row).
    saveNew: async (entries, now, expires) => {
      const candidates = firstOfEach(prepare(entries));
      if (candidates.length === 0) return [];
      const wanted = candidates.flatMap((entry) => entry.keys.map((key) => [key, entry.article.id] as const)).sort(([left], [right]) => compare(left, right));
      const { rows } = await sql<{ id: string | null; key: string | null }>`WITH
        entry AS (${articleRows(candidates, expires)}),
        relaxed AS (SELECT entry.* FROM entry WHERE set_config('synchronous_commit', 'off', true) = 'off'),
        wanted (key, article_id) AS (SELECT * FROM unnest(${wanted.map(([key]) => key.toString())}::bigint[], ${wanted.map(([, id]) => id)}::text[])),
        claimed AS (INSERT INTO ${keysTable} (key, article_id, expires_at) SELECT key, article_id, ${expires}::bigint FROM wanted ORDER BY key
          ON CONFLICT (key) DO UPDATE SET ${sql.raw(KEY_UPDATE)} WHERE ${keysTable}.expires_at <= ${now} RETURNING key),
        refused AS (SELECT wanted.article_id FROM wanted LEFT JOIN claimed ON claimed.key = wanted.key WHERE claimed.key IS NULL),
        inserted AS (INSERT INTO ${articles} ${sql.raw(ARTICLE_COLUMNS)} SELECT * FROM relaxed WHERE id NOT IN (SELECT article_id FROM refused) ORDER BY id
          ON CONFLICT (id) DO UPDATE SET ${sql.raw(ARTICLE_UPDATE)} WHERE ${articles}.expires_at <= ${now} RETURNING id)
        SELECT id, NULL::text AS key FROM inserted UNION ALL SELECT NULL, key::text FROM claimed`.execute(database.db);
      const inserted = new Set<string>();
      const claimed = new Set<bigint>();
      for (const row of rows) {
        if (row.id !== null) inserted.add(row.id);
        else if (row.key !== null) claimed.add(BigInt(row.key));
      }
      // Keys claimed for entries that were not new after all (their id is held): given back, in a
      // statement of their own. Until then they point at the article holding that id.
      const notNew = candidates.filter((entry) => !inserted.has(entry.article.id)).flatMap((entry) => entry.keys.filter((key) => claimed.has(key)));
      if (notNew.length > 0) await sql`DELETE FROM ${keysTable} WHERE key = ANY(${notNew.map(String)}::bigint[]) AND expires_at = ${expires}`.execute(database.db);
      return candidates.filter((entry) => inserted.has(entry.article.id)).map((entry) => entry.article);
    },
  };
}
