/**
 * Ports: the small interfaces the core needs from the outside world. Adapters implement them;
 * `src/main.ts` wires implementations in. Nothing here imports an SDK.
 */
import type { Article, ChatRef, ChatSettings, FeedState, ParsedFeed } from "./model.js";

/** The current time. Injected so that tests and scheduled jobs control it. */
export interface Clock {
  now(): number;
}

/** Validators for a conditional GET. */
export interface FeedValidators {
  etag?: string;
  lastModified?: string;
}

/** What a feed fetch produced. */
export type FeedFetchResult =
  | { status: "not-modified"; maxAgeSeconds?: number }
  | {
      status: "ok";
      body: Uint8Array;
      contentType?: string;
      etag?: string;
      lastModified?: string;
      /** The URL after redirects: base for relative links. */
      finalUrl: string;
      /** From Cache-Control max-age, when the server sent one. */
      maxAgeSeconds?: number;
    };

/** Fetches feed documents. Throws `FeedFetchError` (with `retryable`) on failure. */
export interface FeedFetcher {
  fetch(url: string, validators: FeedValidators, signal?: AbortSignal): Promise<FeedFetchResult>;
}

/** Parses a feed document. Throws `FeedParseError` when it is not a usable feed. */
export interface FeedParser {
  parse(body: Uint8Array, meta: { url: string; contentType?: string }): ParsedFeed;
}

/** The keys an article is deduplicated by, most reliable first. */
export interface DedupeKeys {
  guid?: string;
  url?: string;
  titleFingerprint?: string;
}

/** Stored articles. All methods reject with `StoreError` when the store fails. */
export interface ArticleStore {
  get(id: string): Promise<Article | undefined>;
  getMany(ids: string[]): Promise<Article[]>;
  /** The id of an already stored article matching any of the keys, checked in order guid, url, title. */
  findDuplicate(keys: DedupeKeys): Promise<string | undefined>;
  /** For each set of keys, the id of an already stored article matching any of them (as findDuplicate). */
  findDuplicates(keys: readonly DedupeKeys[]): Promise<Array<string | undefined>>;
  /** Stores the article and its dedupe keys, all expiring after the retention period. */
  save(article: Article, keys: DedupeKeys): Promise<void>;
  /** Stores several articles (one fetch's new items) with few round trips. */
  saveMany(entries: readonly { article: Article; keys: DedupeKeys }[]): Promise<void>;
  /** Articles of a section first seen or published at or after `since`, newest first, at most `limit`. */
  listSection(sectionId: string, since: number, limit: number): Promise<Article[]>;
  /** Articles of any section, newest first. */
  listRecent(since: number, limit: number): Promise<Article[]>;
}

/** Per-chat settings. All methods reject with `StoreError` when the store fails. */
export interface SubscriptionStore {
  get(chat: ChatRef): Promise<ChatSettings | undefined>;
  put(settings: ChatSettings): Promise<void>;
  delete(chat: ChatRef): Promise<void>;
  /** Every chat with stored settings. */
  list(): Promise<ChatSettings[]>;
}

/** Poller state per feed URL. */
export interface FeedStateStore {
  get(url: string): Promise<FeedState | undefined>;
  put(state: FeedState): Promise<void>;
  list(): Promise<FeedState[]>;
}

/** Structured logger (pino-compatible subset). Never pass tokens or message bodies. */
export interface Logger {
  debug(context: object, message: string): void;
  info(context: object, message: string): void;
  warn(context: object, message: string): void;
  error(context: object, message: string): void;
  child(bindings: object): Logger;
}
