/**
 * The store's tables, the same DDL on SQLite and PostgreSQL (BIGINT, TEXT and DOUBLE PRECISION
 * mean the same there; partial indexes exist on both), but for the dedupe keys' INTEGER (SQLite's
 * rowid) / BIGINT primary key. Each query of a store has an index that
 * orders by time, so that work due now is found without reading what is not due.
 */
import type { SqlDialect } from "./sql-database.js";

/** DDL for the tables of one prefix, idempotent. */
export function schemaStatements(dialect: SqlDialect, prefix: string): string[] {
  const t = (name: string): string => `"${prefix}_${name}"`;
  const i = (name: string): string => `"${prefix}_${name}"`;
  return [
    // Chats: settings as validated JSON; `version` for compare-and-swap; `deleted` rows are
    // tombstones that tell other instances' follow indexes to forget a chat.
    `CREATE TABLE IF NOT EXISTS ${t("chats")} (
       chat_key TEXT PRIMARY KEY, data TEXT NOT NULL, version BIGINT NOT NULL,
       next_briefing_at BIGINT, changed_at BIGINT NOT NULL, deleted BIGINT NOT NULL DEFAULT 0)`,
    `CREATE INDEX IF NOT EXISTS ${i("chats_due")} ON ${t("chats")} (next_briefing_at) WHERE next_briefing_at IS NOT NULL`,
    `CREATE INDEX IF NOT EXISTS ${i("chats_changed_key")} ON ${t("chats")} (changed_at, chat_key)`,
    // Which chats subscribe to a section (feed health notices), kept beside each chat write.
    `CREATE TABLE IF NOT EXISTS ${t("chat_sections")} (section_id TEXT NOT NULL, chat_key TEXT NOT NULL, PRIMARY KEY (section_id, chat_key))`,
    `CREATE INDEX IF NOT EXISTS ${i("chat_sections_chat")} ON ${t("chat_sections")} (chat_key)`,
    // Which chats added a feed themselves (/source add): the chat feeds polled, once per URL.
    `CREATE TABLE IF NOT EXISTS ${t("chat_feeds")} (feed_url TEXT NOT NULL, chat_key TEXT NOT NULL, PRIMARY KEY (feed_url, chat_key))`,
    `CREATE INDEX IF NOT EXISTS ${i("chat_feeds_chat")} ON ${t("chat_feeds")} (chat_key)`,
    `CREATE TABLE IF NOT EXISTS ${t("articles")} (
       id TEXT PRIMARY KEY, section_id TEXT NOT NULL, published_at BIGINT NOT NULL,
       first_seen_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, data TEXT NOT NULL)`,
    // The two listings (a section's, every section's) walk these newest first; the sweep of
    // expired rows (create-stores.ts) walks the expiry indexes. Nothing reads by first-seen time.
    `CREATE INDEX IF NOT EXISTS ${i("articles_section")} ON ${t("articles")} (section_id, published_at, id)`,
    `CREATE INDEX IF NOT EXISTS ${i("articles_time")} ON ${t("articles")} (published_at, id)`,
    `CREATE INDEX IF NOT EXISTS ${i("articles_expiry")} ON ${t("articles")} (expires_at)`,
    // Every kind of dedupe key as a 64-bit hash (article-keys.ts) in one table; on SQLite the key is
    // the rowid, so one B-tree insert per key. The previous `dedupe` table is converted by sql-migrations.ts.
    `CREATE TABLE IF NOT EXISTS ${t("article_keys")} (
       key ${dialect === "sqlite" ? "INTEGER" : "BIGINT"} PRIMARY KEY, article_id TEXT NOT NULL, expires_at BIGINT NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS ${i("article_keys_expiry")} ON ${t("article_keys")} (expires_at)`,
    `CREATE TABLE IF NOT EXISTS ${t("feeds")} (
       url TEXT PRIMARY KEY, next_poll_at BIGINT NOT NULL, lease_owner TEXT, lease_until BIGINT, data TEXT NOT NULL)`,
    // failing_since (when a feed's current run of failures began) and its index are added by
    // sql-migrations.ts, which also adds them to tables made before the column existed.
    `CREATE INDEX IF NOT EXISTS ${i("feeds_due")} ON ${t("feeds")} (next_poll_at)`,
    `CREATE TABLE IF NOT EXISTS ${t("outbox")} (
       id TEXT PRIMARY KEY, status TEXT NOT NULL, next_attempt_at BIGINT NOT NULL, created_at BIGINT NOT NULL,
       lease_owner TEXT, lease_until BIGINT, expires_at BIGINT NOT NULL, data TEXT NOT NULL, chat_key TEXT)`,
    // The index of a chat's pending records (outbox_chat, cancelled when the chat is paused) is made by sql-migrations.ts.
    `CREATE INDEX IF NOT EXISTS ${i("outbox_due")} ON ${t("outbox")} (next_attempt_at, created_at) WHERE status = 'pending'`,
    `CREATE INDEX IF NOT EXISTS ${i("outbox_expiry")} ON ${t("outbox")} (expires_at)`,
    `CREATE TABLE IF NOT EXISTS ${t("leases")} (key TEXT PRIMARY KEY, owner TEXT NOT NULL, expires_at BIGINT NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS ${t("counters")} (key TEXT PRIMARY KEY, value BIGINT NOT NULL, expires_at BIGINT NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS ${t("alert_ledgers")} (
       chat_key TEXT PRIMARY KEY, data TEXT NOT NULL, due_at BIGINT, expires_at BIGINT NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS ${i("alert_ledgers_due")} ON ${t("alert_ledgers")} (due_at) WHERE due_at IS NOT NULL`,
    `CREATE INDEX IF NOT EXISTS ${i("alert_ledgers_expiry")} ON ${t("alert_ledgers")} (expires_at)`,
    `CREATE TABLE IF NOT EXISTS ${t("pacers")} (name TEXT PRIMARY KEY, tat DOUBLE PRECISION NOT NULL)`,
    // keyv's cached values on PostgreSQL (see keyv-sql-adapter.ts).
    `CREATE TABLE IF NOT EXISTS ${t("kv")} (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at BIGINT)`,
    `CREATE INDEX IF NOT EXISTS ${i("kv_expiry")} ON ${t("kv")} (expires_at) WHERE expires_at IS NOT NULL`,
  ];
}
