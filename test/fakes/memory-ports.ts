/**
 * In-memory fakes of our own ports, for core tests. The real keyv stores run the same contract
 * suites in test/contract.
 */
import type { FeedChoice, FeedChoiceStore } from "../../src/core/chats/feed-choices.js";
import { chatKey, type ChatRef, type ChatSettings } from "../../src/core/chats/chat.js";
import { type Article } from "../../src/core/articles/article.js";
import { type FeedState } from "../../src/core/feeds/feed.js";
import type { DigestState, DigestStateStore } from "../../src/core/digests/digest-pages.js";
import type { LeaseStore, OutboxRecord, OutboxStore } from "../../src/core/delivery/outbox-ports.js";
import type { ArticleStore, DedupeKeys } from "../../src/core/articles/article-ports.js";
import type { ChangeCursor, ChatChange, SubscriptionStore } from "../../src/core/chats/chat-ports.js";
import type { Clock, Logger } from "../../src/core/shared/ports.js";
import type { FeedStateStore } from "../../src/core/feeds/feed-ports.js";

export class MemoryArticleStore implements ArticleStore {
  readonly articles = new Map<string, Article>();
  readonly keys = new Map<string, string>();

  async get(id: string) {
    return this.articles.get(id);
  }
  async getMany(ids: string[]) {
    return ids.flatMap((id) => this.articles.get(id) ?? []);
  }
  async findDuplicate(keys: DedupeKeys) {
    return this.duplicateOf(keys);
  }
  private duplicateOf(keys: DedupeKeys): string | undefined {
    for (const [kind, value] of Object.entries(keys)) {
      const id = value === undefined ? undefined : this.keys.get(`${kind}:${value}`);
      if (id) return id;
    }
    return undefined;
  }
  async findDuplicates(keysList: readonly DedupeKeys[]) {
    return Promise.all(keysList.map((keys) => this.findDuplicate(keys)));
  }
  async saveMany(entries: readonly { article: Article; keys: DedupeKeys }[]) {
    for (const { article, keys } of entries) await this.save(article, keys);
  }
  /** Atomic as the SQL stores' (no await between the check and the write). */
  async saveNew(entries: readonly { article: Article; keys: DedupeKeys }[]) {
    const stored: Article[] = [];
    for (const { article, keys } of entries) {
      if (this.articles.has(article.id) || this.duplicateOf(keys) !== undefined) continue;
      this.put(article, keys);
      stored.push(article);
    }
    return stored;
  }
  async save(article: Article, keys: DedupeKeys) {
    this.put(article, keys);
  }
  private put(article: Article, keys: DedupeKeys): void {
    this.articles.set(article.id, structuredClone(article));
    for (const [kind, value] of Object.entries(keys)) if (value !== undefined) this.keys.set(`${kind}:${value}`, article.id);
  }
  async listSection(sectionId: string, since: number, limit: number) {
    return (await this.listRecent(since, Number.MAX_SAFE_INTEGER)).filter((a) => a.sectionId === sectionId).slice(0, limit);
  }
  async listRecent(since: number, limit: number) {
    return [...this.articles.values()]
      .filter((a) => a.firstSeenAt >= since || a.publishedAt >= since)
      .sort((l, r) => r.publishedAt - l.publishedAt)
      .slice(0, limit);
  }
  async listAfter(afterId: string | undefined, limit: number) {
    return [...this.articles.values()]
      .filter((a) => afterId === undefined || a.id > afterId)
      .sort((l, r) => (l.id < r.id ? -1 : l.id > r.id ? 1 : 0))
      .slice(0, limit);
  }
}

export class MemorySubscriptionStore implements SubscriptionStore {
  readonly values = new Map<string, ChatSettings>();
  /** Deleted keys and when, as the SQL store's tombstones. */
  readonly deleted = new Map<string, number>();
  async get(chat: ChatRef) {
    const value = this.values.get(chatKey(chat));
    return value ? structuredClone(value) : undefined;
  }
  async getMany(keys: readonly string[]) {
    return [...new Set(keys)].flatMap((key) => {
      const value = this.values.get(key);
      return value ? [structuredClone(value)] : [];
    });
  }
  async update(chat: ChatRef, change: (current: ChatSettings | undefined) => ChatSettings | undefined) {
    // Read and write with no await in between: atomic, as the SQL store's compare-and-swap.
    const stored = this.values.get(chatKey(chat));
    const current = stored ? structuredClone(stored) : undefined;
    const next = change(current);
    if (next === undefined) return current;
    this.values.set(chatKey(next.chat), structuredClone(next));
    this.deleted.delete(chatKey(next.chat));
    this.claimedUntil.delete(chatKey(next.chat));
    return structuredClone(next);
  }
  async put(settings: ChatSettings) {
    this.values.set(chatKey(settings.chat), structuredClone(settings));
    this.deleted.delete(chatKey(settings.chat));
    this.claimedUntil.delete(chatKey(settings.chat));
  }
  async delete(chat: ChatRef) {
    if (this.values.delete(chatKey(chat))) this.deleted.set(chatKey(chat), Date.now());
  }
  /** Index entries moved by claims (the SQL store moves its column, not the stored settings). */
  readonly claimedUntil = new Map<string, number>();
  async claimDueBriefings(now: number, limit: number, claimMs: number) {
    const due = [...this.values.entries()]
      .map(([key, value]) => ({ key, value, at: this.claimedUntil.get(key) ?? value.nextBriefingAt }))
      .filter(({ at }) => at !== undefined && at <= now)
      .sort((left, right) => (left.at ?? 0) - (right.at ?? 0))
      .slice(0, limit);
    for (const { key } of due) this.claimedUntil.set(key, now + claimMs);
    return due.map(({ value }) => structuredClone(value));
  }
  async listChangedSince(since: number, limit: number, after?: ChangeCursor) {
    const all: (ChatChange & { at: number })[] = [
      ...[...this.values].map(([key, settings]) => ({ key, settings: structuredClone(settings), at: settings.updatedAt })),
      ...[...this.deleted].map(([key, at]) => ({ key, at })),
    ];
    const page = all
      .filter((change) => (after ? change.at > after.at || (change.at === after.at && change.key > after.key) : change.at >= since))
      .sort((left, right) => left.at - right.at || (left.key < right.key ? -1 : left.key > right.key ? 1 : 0))
      .slice(0, limit);
    const last = page.at(-1);
    const changes = page.map(({ at: _at, ...change }) => change);
    return page.length === limit && last ? { changes, next: { at: last.at, key: last.key } } : { changes };
  }
  async listBySection(sectionId: string, afterKey: string | undefined, limit: number) {
    return (await this.listPage(afterKey, Number.MAX_SAFE_INTEGER)).filter((settings) => settings.sections.includes(sectionId)).slice(0, limit);
  }
  async listChatFeeds(afterUrl: string | undefined, limit: number) {
    const urls = new Set([...this.values.values()].flatMap((settings) => (settings.sources ?? []).map((source) => source.url)));
    return [...urls].filter((url) => afterUrl === undefined || url > afterUrl).sort().slice(0, limit);
  }
  async countChatFeeds(url?: string) {
    const all = [...this.values.values()].map((settings) => new Set((settings.sources ?? []).map((source) => source.url)));
    return url === undefined ? new Set(all.flatMap((urls) => [...urls])).size : all.filter((urls) => urls.has(url)).length;
  }
  async listPage(afterKey: string | undefined, limit: number) {
    return [...this.values.keys()]
      .filter((key) => afterKey === undefined || key > afterKey)
      .sort()
      .slice(0, limit)
      .map((key) => structuredClone(this.values.get(key) as ChatSettings));
  }
  async count(platform?: string) {
    return [...this.values.keys()].filter((key) => platform === undefined || key.startsWith(`${platform}:`)).length;
  }
  async listDueBefore(until: number, limit: number) {
    const due = [...this.values.entries()]
      .map(([key, value]) => ({ key, at: this.claimedUntil.get(key) ?? value.nextBriefingAt }))
      .filter((entry): entry is { key: string; at: number } => entry.at !== undefined && entry.at < until)
      .sort((left, right) => left.at - right.at);
    return { total: due.length, first: due.slice(0, limit) };
  }
  /** Every stored chat (test helper). */
  async list() {
    return [...this.values.values()].map((value) => structuredClone(value));
  }
}

export class MemoryFeedStateStore implements FeedStateStore {
  readonly values = new Map<string, FeedState>();
  readonly claims = new Map<string, { owner: string; until: number }>();
  async get(url: string) {
    const value = this.values.get(url);
    return value ? structuredClone(value) : undefined;
  }
  async put(state: FeedState) {
    this.values.set(state.url, structuredClone(state));
    this.claims.delete(state.url);
  }
  async list() {
    return [...this.values.values()];
  }
  async getMany(urls: readonly string[]) {
    return [...new Set(urls)].flatMap((url) => {
      const value = this.values.get(url);
      return value ? [structuredClone(value)] : [];
    });
  }
  async listFailing(limit: number) {
    return [...this.values.values()]
      .filter((state) => state.failingSince !== undefined)
      .sort((left, right) => (left.failingSince ?? 0) - (right.failingSince ?? 0) || (left.url < right.url ? -1 : 1))
      .slice(0, Math.max(0, Math.floor(limit)))
      .map((state) => structuredClone(state));
  }
  async register(urls: readonly string[], now: number) {
    for (const url of urls) {
      if (!this.values.has(url)) this.values.set(url, { url, nextPollAt: now, consecutiveFailures: 0, healthy: true, initialized: false });
    }
  }
  async claimDue(now: number, limit: number, owner: string, leaseMs: number) {
    const due = [...this.values.values()]
      .filter((state) => state.nextPollAt <= now && (this.claims.get(state.url)?.until ?? 0) <= now)
      .sort((left, right) => left.nextPollAt - right.nextPollAt)
      .slice(0, limit);
    for (const state of due) this.claims.set(state.url, { owner, until: now + leaseMs });
    return due.map((state) => structuredClone(state));
  }
}

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  time: number;
  constructor(time = Date.parse("2026-11-25T08:00:00Z")) {
    this.time = time;
  }
  now() {
    return this.time;
  }
  advance(milliseconds: number) {
    this.time += milliseconds;
  }
}

/** A logger that keeps what it was told, so tests can assert on warnings. */
export class RecordingLogger implements Logger {
  readonly entries: { level: string; context: object; message: string }[] = [];
  debug(context: object, message: string) {
    this.entries.push({ level: "debug", context, message });
  }
  info(context: object, message: string) {
    this.entries.push({ level: "info", context, message });
  }
  warn(context: object, message: string) {
    this.entries.push({ level: "warn", context, message });
  }
  error(context: object, message: string) {
    this.entries.push({ level: "error", context, message });
  }
  child() {
    return this;
  }
}

/** In-memory outbox (our port), with the same create-once semantics as the store's. */
export class MemoryOutboxStore implements OutboxStore {
  readonly records = new Map<string, OutboxRecord>();
  async create(record: OutboxRecord) {
    if (this.records.has(record.id)) return false;
    this.records.set(record.id, structuredClone(record));
    return true;
  }
  async get(id: string) {
    const record = this.records.get(id);
    return record ? structuredClone(record) : undefined;
  }
  async update(record: OutboxRecord) {
    // As the store: only a pending record changes (one cancelled meanwhile stays cancelled).
    if (this.records.get(record.id)?.status !== "pending") return;
    this.records.set(record.id, structuredClone(record));
  }
  async cancelPendingOf(chat: ChatRef, reason: string, now: number) {
    const cancelled: OutboxRecord[] = [];
    for (const record of this.records.values()) {
      if (record.status !== "pending" || chatKey(record.chat) !== chatKey(chat)) continue;
      const { partInFlight: _inFlight, ...rest } = record;
      const skipped: OutboxRecord = { ...rest, status: "skipped", finishedAt: now, lastError: reason.slice(0, 300) };
      this.records.set(record.id, skipped);
      this.claims.delete(record.id);
      cancelled.push(structuredClone(skipped));
    }
    return cancelled;
  }
  readonly claims = new Map<string, { owner: string; until: number }>();
  async claimDue(now: number, limit: number, owner: string, leaseMs: number) {
    const due = [...this.records.values()]
      .filter((record) => record.status === "pending" && record.nextAttemptAt <= now && (this.claims.get(record.id)?.until ?? 0) <= now)
      .sort((left, right) => left.nextAttemptAt - right.nextAttemptAt || left.createdAt - right.createdAt)
      .slice(0, limit);
    for (const record of due) this.claims.set(record.id, { owner, until: now + leaseMs });
    return due.map((record) => structuredClone(record));
  }
  async renewClaim(id: string, owner: string, leaseMs: number, now: number) {
    const claim = this.claims.get(id);
    if (claim && claim.owner !== owner && claim.until > now) return false;
    this.claims.set(id, { owner, until: now + leaseMs });
    return true;
  }
  async updateClaimed(record: OutboxRecord, owner: string, leaseMs: number, now: number) {
    if (this.records.get(record.id)?.status !== "pending" || !(await this.renewClaim(record.id, owner, leaseMs, now))) return false;
    await this.update(record);
    return true;
  }
  async releaseClaim(id: string, owner: string) {
    if (this.claims.get(id)?.owner === owner) this.claims.delete(id);
  }
  async countPending() {
    return [...this.records.values()].filter((record) => record.status === "pending").length;
  }
  /** Pending records due at `now` (test helper). */
  async listDue(now: number, limit: number) {
    return [...this.records.values()]
      .filter((record) => record.status === "pending" && record.nextAttemptAt <= now)
      .sort((left, right) => left.createdAt - right.createdAt)
      .slice(0, limit)
      .map((record) => structuredClone(record));
  }
}

/** In-memory leases with a clock. */
export class MemoryLeaseStore implements LeaseStore {
  readonly leases = new Map<string, { owner: string; until: number }>();
  readonly clock: { now(): number };
  constructor(clock: { now(): number }) {
    this.clock = clock;
  }
  async acquire(key: string, owner: string, ttlMs: number) {
    const lease = this.leases.get(key);
    if (lease && lease.owner !== owner && lease.until > this.clock.now()) return false;
    this.leases.set(key, { owner, until: this.clock.now() + ttlMs });
    return true;
  }
  async release(key: string, owner: string) {
    if (this.leases.get(key)?.owner === owner) this.leases.delete(key);
  }
}

/** Digest states in memory, copied through JSON both ways as a store would. */
export class MemoryDigestStateStore implements DigestStateStore {
  readonly values = new Map<string, string>();
  async get(key: string) {
    const value = this.values.get(key);
    return value === undefined ? undefined : (JSON.parse(value) as DigestState);
  }
  async set(key: string, value: DigestState) {
    this.values.set(key, JSON.stringify(value));
  }
}

/** Feeds offered for a pick, kept in memory with their expiry (the store cache in production). */
export class MemoryFeedChoices implements FeedChoiceStore {
  readonly entries = new Map<string, { value: FeedChoice; until: number }>();
  readonly clock: ManualClock;
  constructor(clock: ManualClock) {
    this.clock = clock;
  }
  async get(id: string) {
    const entry = this.entries.get(id);
    return entry && entry.until > this.clock.now() ? structuredClone(entry.value) : undefined;
  }
  async set(id: string, value: FeedChoice, ttlMs = Infinity) {
    this.entries.set(id, { value: structuredClone(value), until: this.clock.now() + ttlMs });
  }
}
