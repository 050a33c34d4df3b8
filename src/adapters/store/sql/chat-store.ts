/**
 * Chat settings in the `chats` table: one row per chat (and thread), indexed by when its next
 * briefing is due and by when it last changed, so that the scheduler and the follow refresh read
 * only the chats that concern them; schedulers on several instances claim due chats (the index
 * entry moves forward by the claim) and so share a round instead of repeating it. Changes are compare-and-swap on a version column: two instances
 * changing one chat at once both land, the later one re-applied to the earlier one's result.
 */
import { sql } from "kysely";
import { StoreError } from "../../../core/shared/errors.js";
import { chatKey, type ChatSettings } from "../../../core/chats/chat.js";
import type { ChatChange, SubscriptionStore } from "../../../core/chats/chat-ports.js";
import { chatSettingsSchema } from "../schemas.js";
import type { StoreGuard } from "../store-guard.js";
import { chatFeedUrls, createChatFeedIndex, sameChatFeeds } from "./chat-feed-index.js";
import { decodeRow, encodeRow } from "./json-column.js";
import type { SqlDatabase, SqlDb } from "./sql-database.js";

/** Attempts of one compare-and-swap update before giving up (each conflict is another writer's success). */
const MAX_ATTEMPTS = 20;
/** Keys per `IN (...)` list. */
const CHUNK = 500;

interface ChatRow {
  chat_key: string;
  data: string;
  version: number;
  deleted: number;
  changed_at: number;
}

/** Creates the SQL SubscriptionStore. */
export function createSqlSubscriptionStore(database: SqlDatabase, guard: StoreGuard): SubscriptionStore {
  const { db } = database;
  const chats = database.table("chats");
  const chatSections = database.table("chat_sections");
  const feedIndex = createChatFeedIndex(database);
  const decode = (row: Pick<ChatRow, "chat_key" | "data">): ChatSettings => decodeRow(row.data, chatSettingsSchema, `chat ${row.chat_key}`);

  const read = async (key: string, executor: SqlDb = db, lock = false): Promise<ChatRow | undefined> => {
    const forUpdate = lock && database.dialect === "postgres" ? sql`FOR UPDATE` : sql``;
    const { rows } = await sql<ChatRow>`SELECT chat_key, data, version, deleted, changed_at FROM ${chats} WHERE chat_key = ${key} ${forUpdate}`.execute(executor);
    return rows[0];
  };

  /** Writes `settings` if the row is still at `version` (absent row: `undefined`); true when written. */
  const writeIf = async (key: string, settings: ChatSettings, version: number | undefined, executor: SqlDb = db): Promise<boolean> => {
    const data = encodeRow(settings);
    const due = settings.nextBriefingAt ?? null;
    const changed = settings.updatedAt;
    if (version === undefined) {
      const { rows } = await sql`INSERT INTO ${chats} (chat_key, data, version, next_briefing_at, changed_at, deleted)
        VALUES (${key}, ${data}, 1, ${due}, ${changed}, 0) ON CONFLICT (chat_key) DO NOTHING RETURNING chat_key`.execute(executor);
      return rows.length === 1;
    }
    const { rows } = await sql`UPDATE ${chats} SET data = ${data}, version = version + 1, next_briefing_at = ${due},
        changed_at = ${changed}, deleted = 0 WHERE chat_key = ${key} AND version = ${version} RETURNING chat_key`.execute(executor);
    return rows.length === 1;
  };

  /**
   * Keeps the by-section index in step with a chat's sections. Written after the chat row: a stop in
   * between leaves at worst a stale entry (readers check the chat's own sections) or a missing one
   * until the chat's next write.
   */
  const indexSections = async (key: string, sections: readonly string[], executor: SqlDb = db): Promise<void> => {
    const unique = [...new Set(sections)];
    if (unique.length === 0) {
      await sql`DELETE FROM ${chatSections} WHERE chat_key = ${key}`.execute(executor);
      return;
    }
    await sql`DELETE FROM ${chatSections} WHERE chat_key = ${key} AND section_id NOT IN (${sql.join(unique)})`.execute(executor);
    const values = unique.map((section) => sql`(${section}, ${key})`);
    await sql`INSERT INTO ${chatSections} (section_id, chat_key) VALUES ${sql.join(values)} ON CONFLICT DO NOTHING`.execute(executor);
  };
  const sameSections = (left: readonly string[] | undefined, right: readonly string[]): boolean =>
    left !== undefined && left.length === right.length && left.every((section) => right.includes(section));

  return {
    get: (chat) =>
      guard.run("read chat settings", async () => {
        const row = await read(chatKey(chat));
        return row && row.deleted === 0 ? decode(row) : undefined;
      }),
    getMany: (keys) =>
      guard.run("read chats", async () => {
        const result: ChatSettings[] = [];
        const unique = [...new Set(keys)];
        for (let start = 0; start < unique.length; start += CHUNK) {
          const chunk = unique.slice(start, start + CHUNK);
          const { rows } = await sql<ChatRow>`SELECT chat_key, data FROM ${chats}
            WHERE chat_key IN (${sql.join(chunk)}) AND deleted = 0`.execute(db);
          for (const row of rows) result.push(decode(row));
        }
        return result;
      }),
    async update(chat, change) {
      // What `change` throws (a user's mistake, say) reaches the caller as it is, not as a store error.
      let failure: { error: unknown } | undefined;
      const stored = await guard.run("update chat settings", async () => {
        const key = chatKey(chat);
        for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
          // PostgreSQL: the row is locked from read to write, so writers queue instead of retrying;
          // the version check still settles two first inserts of one chat. SQLite: one process,
          // compare-and-swap.
          const outcome = await database.batch(async (executor) => {
            const row = await read(key, executor, true);
            const current = row && row.deleted === 0 ? decode(row) : undefined;
            let next: ChatSettings | undefined;
            try {
              next = change(current);
            } catch (error) {
              failure = { error };
              return { done: true as const, value: current };
            }
            if (next === undefined) return { done: true as const, value: current };
            if (chatKey(next.chat) !== key) throw new Error("update() cannot move a chat to another key");
            if (!(await writeIf(key, next, row?.version, executor))) return { done: false as const };
            // Most writes (briefing times, digests) leave the sections as they were: no index write.
            if (!sameSections(current?.sections, next.sections)) await indexSections(key, next.sections, executor);
            if (!sameChatFeeds(current, next)) await feedIndex.write(key, chatFeedUrls(next), executor);
            return { done: true as const, value: next };
          });
          if (outcome.done) return outcome.value;
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * (attempt + 1)));
        }
        throw new StoreError(`chat ${key}: too many concurrent changes, try again`, true);
      });
      if (failure) throw failure.error;
      return stored;
    },
    put: (settings) =>
      guard.run("write chat settings", async () => {
        const key = chatKey(settings.chat);
        await sql`INSERT INTO ${chats} (chat_key, data, version, next_briefing_at, changed_at, deleted)
          VALUES (${key}, ${encodeRow(settings)}, 1, ${settings.nextBriefingAt ?? null}, ${settings.updatedAt}, 0)
          ON CONFLICT (chat_key) DO UPDATE SET data = excluded.data, version = ${chats}.version + 1,
            next_briefing_at = excluded.next_briefing_at, changed_at = excluded.changed_at, deleted = 0`.execute(db);
        await indexSections(key, settings.sections);
        await feedIndex.write(key, chatFeedUrls(settings));
      }),
    delete: (chat) =>
      guard.run("delete chat settings", async () => {
        // A tombstone, so that other instances learn of the deletion through listChangedSince.
        await sql`UPDATE ${chats} SET deleted = 1, data = ${encodeRow(null)}, version = version + 1,
          next_briefing_at = NULL, changed_at = ${Date.now()} WHERE chat_key = ${chatKey(chat)}`.execute(db);
        await sql`DELETE FROM ${chatSections} WHERE chat_key = ${chatKey(chat)}`.execute(db);
        await feedIndex.write(chatKey(chat), []);
      }),
    claimDueBriefings: (now, limit, claimMs) =>
      guard.run("claim due briefings", async () => {
        const wanted = Math.max(0, Math.floor(limit));
        if (wanted === 0) return [];
        const { rows } = await sql<ChatRow & { next_briefing_at: number }>`UPDATE ${chats} SET next_briefing_at = ${now + claimMs}
          WHERE chat_key IN (SELECT chat_key FROM ${chats} WHERE next_briefing_at IS NOT NULL AND next_briefing_at <= ${now}
            ORDER BY next_briefing_at LIMIT ${wanted} ${database.skipLocked})
          RETURNING chat_key, data`.execute(db);
        return rows.map(decode).sort((left, right) => (left.nextBriefingAt ?? 0) - (right.nextBriefingAt ?? 0));
      }),
    listChangedSince: (since, limit, after) =>
      guard.run("list changed chats", async () => {
        const wanted = Math.max(1, Math.floor(limit));
        const from = after ? sql`(changed_at > ${after.at} OR (changed_at = ${after.at} AND chat_key > ${after.key}))` : sql`changed_at >= ${since}`;
        const { rows } = await sql<ChatRow>`SELECT chat_key, data, deleted, changed_at FROM ${chats}
          WHERE ${from} ORDER BY changed_at, chat_key LIMIT ${wanted}`.execute(db);
        const changes: ChatChange[] = rows.map((row) => (row.deleted === 0 ? { key: row.chat_key, settings: decode(row) } : { key: row.chat_key }));
        const last = rows.at(-1);
        return rows.length === wanted && last ? { changes, next: { at: last.changed_at, key: last.chat_key } } : { changes };
      }),
    listBySection: (sectionId, afterKey, limit) =>
      guard.run("list chats of a section", async () => {
        const { rows } = await sql<ChatRow>`SELECT c.chat_key, c.data FROM ${chatSections} s JOIN ${chats} c ON c.chat_key = s.chat_key
          WHERE s.section_id = ${sectionId} AND s.chat_key > ${afterKey ?? ""} AND c.deleted = 0
          ORDER BY s.chat_key LIMIT ${Math.max(0, Math.floor(limit))}`.execute(db);
        // An entry left stale by an interrupted write names a chat no longer subscribed: left out.
        return rows.map(decode).filter((settings) => settings.sections.includes(sectionId));
      }),
    listChatFeeds: (afterUrl, limit) => guard.run("list chat feeds", () => feedIndex.listUrls(afterUrl, limit)),
    countChatFeeds: (url) => guard.run("count chat feeds", () => feedIndex.count(url)),
    listPage: (afterKey, limit) =>
      guard.run("list chats", async () => {
        const { rows } = await sql<ChatRow>`SELECT chat_key, data FROM ${chats}
          WHERE deleted = 0 AND chat_key > ${afterKey ?? ""} ORDER BY chat_key LIMIT ${Math.max(0, Math.floor(limit))}`.execute(db);
        return rows.map(decode);
      }),
    count: (platform) =>
      guard.run("count chats", async () => {
        // A platform's chats are a range of the primary key ("telegram:..." up to "telegram;").
        const range = platform === undefined ? sql`` : sql` AND chat_key > ${`${platform}:`} AND chat_key < ${`${platform};`}`;
        const { rows } = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM ${chats} WHERE deleted = 0${range}`.execute(db);
        return Number(rows[0]?.n ?? 0);
      }),
    listDueBefore: (until, limit) =>
      guard.run("list upcoming briefings", async () => {
        const due = sql`next_briefing_at IS NOT NULL AND next_briefing_at < ${until}`;
        const { rows: counted } = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM ${chats} WHERE ${due}`.execute(db);
        const { rows } = await sql<{ chat_key: string; next_briefing_at: number }>`SELECT chat_key, next_briefing_at FROM ${chats}
          WHERE ${due} ORDER BY next_briefing_at LIMIT ${Math.max(0, Math.floor(limit))}`.execute(db);
        return { total: Number(counted[0]?.n ?? 0), first: rows.map((row) => ({ key: row.chat_key, at: Number(row.next_briefing_at) })) };
      }),
  };
}
