/**
 * A database made by the previous version (feeds without failing_since, no chat_sections table,
 * dedupe keys as text in a `dedupe` table) is brought up to date on open, on SQLite and PostgreSQL:
 * failing feeds and the chats of a section are found at once, without waiting for each row's next
 * write; a queued delivery is found by its chat; stored articles are still recognised by their
 * dedupe keys.
 */
import { hash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createStores } from "../../../src/adapters/store/create-stores.js";
import { encodeRow } from "../../../src/adapters/store/sql/json-column.js";
import { tablePrefixOf } from "../../../src/adapters/store/sql/sql-database.js";
import { chatKey } from "../../../src/core/chats/chat.js";
import { makeArticle } from "../../contract/article-store.contract.js";
import { makeFeedState } from "../../contract/feed-state-store.contract.js";
import { makeRecord } from "../../contract/outbox-store.contract.js";
import { makeSettings } from "../../contract/subscription-store.contract.js";
import { dropTables, TEST_POSTGRES_URL, uniqueRunPrefix } from "./sql-store-harness.js";

/** An article stored by the previous version, and its dedupe keys as that version wrote them (`tag:` and 40 hex digits of SHA-256). */
const storedArticle = makeArticle("kept1", "world", 1);
const FAR = 4_000_000_000_000;
const previousKey = (tag: string, value: string): string => `${tag}:${hash("sha256", value, "hex").slice(0, 40)}`;
const previousArticleRows = (prefix: string): { sql: string; values: unknown[] }[] => [
  { sql: `INSERT INTO "${prefix}_articles" (id, section_id, published_at, first_seen_at, expires_at, data) VALUES ($1, $2, $3, $4, $5, $6)`,
    values: [storedArticle.id, "world", storedArticle.publishedAt, storedArticle.firstSeenAt, FAR, encodeRow(storedArticle)] },
  ...[previousKey("guid", "urn:kept:1"), previousKey("url", "https://kept.example/1"), previousKey("title", "kept title words")].map((key) => ({
    sql: `INSERT INTO "${prefix}_dedupe" (key, article_id, expires_at) VALUES ($1, $2, $3)`, values: [key, storedArticle.id, FAR],
  })),
  // An expired key is not carried over.
  { sql: `INSERT INTO "${prefix}_dedupe" (key, article_id, expires_at) VALUES ($1, $2, $3)`, values: [previousKey("url", "https://gone.example"), "gone", 5] },
];

/** The tables of the previous version that changed, and their rows. */
function previousVersion(prefix: string): { ddl: string[]; rows: { table: string; key: string; keyColumn: string; data: string; extra: Record<string, number | string> }[] } {
  const failing = makeFeedState("https://down.example/rss", { consecutiveFailures: 2, lastErrorAt: 7_000, lastError: "HTTP 503" });
  const chat = makeSettings({ platform: "telegram", chatId: "-1" }, { sections: ["world"] });
  const queued = makeRecord("briefing:telegram:-1:2026-12-01", { chat: chat.chat });
  return {
    ddl: [
      `CREATE TABLE "${prefix}_chats" (chat_key TEXT PRIMARY KEY, data TEXT NOT NULL, version BIGINT NOT NULL,
         next_briefing_at BIGINT, changed_at BIGINT NOT NULL, deleted BIGINT NOT NULL DEFAULT 0)`,
      `CREATE TABLE "${prefix}_feeds" (url TEXT PRIMARY KEY, next_poll_at BIGINT NOT NULL, lease_owner TEXT, lease_until BIGINT, data TEXT NOT NULL)`,
      `CREATE TABLE "${prefix}_outbox" (id TEXT PRIMARY KEY, status TEXT NOT NULL, next_attempt_at BIGINT NOT NULL, created_at BIGINT NOT NULL,
         lease_owner TEXT, lease_until BIGINT, expires_at BIGINT NOT NULL, data TEXT NOT NULL)`,
      `CREATE TABLE "${prefix}_articles" (id TEXT PRIMARY KEY, section_id TEXT NOT NULL, published_at BIGINT NOT NULL,
         first_seen_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, data TEXT NOT NULL)`,
      `CREATE INDEX "${prefix}_articles_seen" ON "${prefix}_articles" (first_seen_at)`,
      `CREATE TABLE "${prefix}_dedupe" (key TEXT PRIMARY KEY, article_id TEXT NOT NULL, expires_at BIGINT NOT NULL)`,
      `CREATE INDEX "${prefix}_dedupe_expiry" ON "${prefix}_dedupe" (expires_at)`,
    ],
    rows: [
      { table: "feeds", keyColumn: "url", key: failing.url, data: encodeRow(failing), extra: { next_poll_at: 1 } },
      { table: "feeds", keyColumn: "url", key: "https://up.example/rss", data: encodeRow(makeFeedState("https://up.example/rss")), extra: { next_poll_at: 1 } },
      { table: "chats", keyColumn: "chat_key", key: chatKey(chat.chat), data: encodeRow(chat), extra: { version: 1, changed_at: 1, deleted: 0 } },
      { table: "outbox", keyColumn: "id", key: queued.id, data: encodeRow(queued), extra: { status: "pending", next_attempt_at: 1_000, created_at: 1_000, expires_at: 9_000_000_000_000 } },
    ],
  };
}

async function expectUpgraded(url: string, prefix: string): Promise<void> {
  const stores = await createStores({ url, retentionMs: 86_400_000, namespacePrefix: prefix });
  try {
    // The failing feed's run of failures is dated from its last failure, the earliest time known.
    const expected = [{ url: "https://down.example/rss", failingSince: 7_000, lastError: "HTTP 503" }];
    expect(await stores.feedStates.listFailing(10)).toMatchObject(expected);
    expect((await stores.feedStates.getMany(["https://down.example/rss", "https://up.example/rss"])).filter((state) => state.failingSince !== undefined)).toMatchObject(expected);
    expect((await stores.subscriptions.listBySection("world", undefined, 10)).map((settings) => settings.chat.chatId)).toEqual(["-1"]);
    // A record queued before the chat index existed is found by its chat when the chat is paused.
    expect((await stores.outbox.cancelPendingOf({ platform: "telegram", chatId: "-1" }, "chat paused: test", 2_000)).map((record) => record.id)).toEqual(["briefing:telegram:-1:2026-12-01"]);
    // The stored article's dedupe keys are those the same values get now: its item is no new one.
    expect(await stores.articles.findDuplicates([{ guid: "urn:kept:1" }, { url: "https://kept.example/1" }, { titleFingerprint: "kept title words" }, { url: "https://gone.example" }]))
      .toEqual(["kept1", "kept1", "kept1", undefined]);
    expect(await stores.articles.saveNew([{ article: makeArticle("other-id", "world", 0), keys: { url: "https://kept.example/1" } }])).toEqual([]);
    expect((await stores.articles.get("kept1"))?.title).toBe(storedArticle.title);
  } finally {
    await stores.close();
  }
}

describe("upgrading a database of the previous version", () => {
  it("SQLite: fills the section index from the chats and the failing index from the feeds, converts the dedupe keys", async () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), "newsdesk-migrate-"));
    const file = path.join(directory, "old.sqlite");
    const prefix = tablePrefixOf("old");
    const old = previousVersion(prefix);
    const raw = new Database(file);
    for (const statement of old.ddl) raw.exec(statement);
    for (const row of old.rows) {
      const columns = Object.keys(row.extra);
      raw.prepare(`INSERT INTO "${prefix}_${row.table}" (${row.keyColumn}, data, ${columns.join(", ")}) VALUES (?, ?, ${columns.map(() => "?").join(", ")})`)
        .run(row.key, row.data, ...Object.values(row.extra));
    }
    for (const row of previousArticleRows(prefix)) raw.prepare(row.sql.replace(/\$\d+/gu, "?")).run(...row.values);
    raw.close();
    try {
      await expectUpgraded(`sqlite://${file}`, "old");
      const check = new Database(file);
      const failing = check.prepare(`SELECT url, failing_since FROM "${prefix}_feeds" WHERE failing_since IS NOT NULL`).all();
      const left = check.prepare(`SELECT name FROM sqlite_master WHERE name IN ('${prefix}_dedupe', '${prefix}_articles_seen')`).all();
      check.close();
      expect(left).toEqual([]);
      expect(failing).toEqual([{ url: "https://down.example/rss", failing_since: 7_000 }]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  const runPrefix = uniqueRunPrefix("mig");
  const pool = new pg.Pool({ connectionString: TEST_POSTGRES_URL, max: 2 });
  afterAll(async () => {
    await dropTables(pool, runPrefix);
    await pool.end();
  });

  it("PostgreSQL: fills the section index from the chats and the failing index from the feeds, converts the dedupe keys", async () => {
    const prefix = tablePrefixOf(runPrefix);
    const old = previousVersion(prefix);
    for (const statement of old.ddl) await pool.query(statement);
    for (const row of old.rows) {
      const columns = Object.keys(row.extra);
      await pool.query(
        `INSERT INTO "${prefix}_${row.table}" (${row.keyColumn}, data, ${columns.join(", ")}) VALUES ($1, $2, ${columns.map((_, index) => `$${index + 3}`).join(", ")})`,
        [row.key, row.data, ...Object.values(row.extra)],
      );
    }
    for (const row of previousArticleRows(prefix)) await pool.query(row.sql, row.values);
    await expectUpgraded(TEST_POSTGRES_URL, runPrefix);
    const { rows: left } = await pool.query(`SELECT to_regclass('"${prefix}_dedupe"') AS dedupe, to_regclass('"${prefix}_articles_seen"') AS seen`);
    expect(left).toEqual([{ dedupe: null, seen: null }]);
    const { rows } = await pool.query(`SELECT url, failing_since FROM "${prefix}_feeds" WHERE failing_since IS NOT NULL`);
    expect(rows).toEqual([{ url: "https://down.example/rss", failing_since: "7000" }]);
  });
});
