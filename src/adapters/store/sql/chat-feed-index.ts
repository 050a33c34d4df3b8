/**
 * The index of feeds that chats added themselves (`chat_feeds`: one row per feed URL and chat), kept
 * beside each chat write like the by-section index: the poller reads the distinct URLs from it (a
 * feed shared by many chats is polled once), and a URL whose last chat removed it drops out.
 */
import { sql } from "kysely";
import type { ChatSettings } from "../../../core/chats/chat.js";
import type { SqlDatabase, SqlDb } from "./sql-database.js";

/** The feed URLs of a chat's own sources, without repeats. */
export function chatFeedUrls(settings: ChatSettings | undefined): string[] {
  return [...new Set((settings?.sources ?? []).map((source) => source.url))];
}

/** Whether two chats' settings name the same own feeds (then the index needs no write). */
export function sameChatFeeds(left: ChatSettings | undefined, right: ChatSettings): boolean {
  const before = chatFeedUrls(left);
  const after = chatFeedUrls(right);
  return before.length === after.length && before.every((url) => after.includes(url));
}

/** Reads and writes the chat feed index of one database. */
export interface ChatFeedIndex {
  /** Makes the chat's rows name exactly `urls`. */
  write(key: string, urls: readonly string[], executor?: SqlDb): Promise<void>;
  listUrls(afterUrl: string | undefined, limit: number): Promise<string[]>;
  count(url?: string): Promise<number>;
}

/** The chat feed index over `database`. */
export function createChatFeedIndex(database: SqlDatabase): ChatFeedIndex {
  const { db } = database;
  const chatFeeds = database.table("chat_feeds");
  const chats = database.table("chats");
  return {
    async write(key, urls, executor = db) {
      if (urls.length === 0) {
        await sql`DELETE FROM ${chatFeeds} WHERE chat_key = ${key}`.execute(executor);
        return;
      }
      await sql`DELETE FROM ${chatFeeds} WHERE chat_key = ${key} AND feed_url NOT IN (${sql.join([...urls])})`.execute(executor);
      const values = urls.map((url) => sql`(${url}, ${key})`);
      await sql`INSERT INTO ${chatFeeds} (feed_url, chat_key) VALUES ${sql.join(values)} ON CONFLICT DO NOTHING`.execute(executor);
    },
    async listUrls(afterUrl, limit) {
      // Entries of deleted chats are removed with the chat; the join keeps a tombstoned chat's out regardless.
      const { rows } = await sql<{ feed_url: string }>`SELECT DISTINCT f.feed_url FROM ${chatFeeds} f JOIN ${chats} c ON c.chat_key = f.chat_key
        WHERE f.feed_url > ${afterUrl ?? ""} AND c.deleted = 0 ORDER BY f.feed_url LIMIT ${Math.max(0, Math.floor(limit))}`.execute(db);
      return rows.map((row) => row.feed_url);
    },
    async count(url) {
      const { rows } =
        url === undefined
          ? await sql<{ n: number }>`SELECT COUNT(DISTINCT feed_url) AS n FROM ${chatFeeds}`.execute(db)
          : await sql<{ n: number }>`SELECT COUNT(*) AS n FROM ${chatFeeds} WHERE feed_url = ${url}`.execute(db);
      return Number(rows[0]?.n ?? 0);
    },
  };
}
