/**
 * Ports: the small interfaces the core needs from the outside world. Adapters implement them;
 * `src/main.ts` wires implementations in. Nothing here imports an SDK.
 */
import type { Article } from "./articles/article.js";
import type { ChatRef, ChatSettings } from "./chats/chat.js";
import type { FeedState, ParsedFeed } from "./feeds/feed.js";

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
  | { status: "not-modified"; maxAgeSeconds?: number; permanentRedirect?: string }
  | {
      status: "ok";
      /**
       * Where the requested URL permanently redirected (301/308, followed from the first hop):
       * the address the operator should configure instead. Absent when not moved.
       */
      permanentRedirect?: string;
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
  /**
   * Stores the entries that are new, atomically across connections and instances, in one
   * transaction: an entry is new when no stored (unexpired) article holds any of its keys or its
   * id, and no earlier entry of `entries` shares one. Resolves the new entries' articles, in order.
   * Whatever the interleaving of concurrent calls, an item is stored, and reported, once.
   */
  saveNew(entries: readonly { article: Article; keys: DedupeKeys }[]): Promise<Article[]>;
  /** Articles of a section first seen or published at or after `since`, newest first, at most `limit`. */
  listSection(sectionId: string, since: number, limit: number): Promise<Article[]>;
  /** Articles of any section, newest first. */
  listRecent(since: number, limit: number): Promise<Article[]>;
}

/** A position in the change listing: the change time and the chat key of the last change read. */
export interface ChangeCursor {
  at: number;
  key: string;
}

/** A chat whose settings changed, or that was deleted (`settings` absent), since a point in time. */
export interface ChatChange {
  key: string;
  settings?: ChatSettings;
}

/**
 * Per-chat settings. All methods reject with `StoreError` when the store fails. Every query is
 * answered through an index: none reads every chat.
 */
export interface SubscriptionStore {
  get(chat: ChatRef): Promise<ChatSettings | undefined>;
  /** The settings of the chats with these keys (`chatKey`), in no particular order; unknown keys are left out. */
  getMany(keys: readonly string[]): Promise<ChatSettings[]>;
  /**
   * Reads, changes and writes one chat's settings atomically across instances: when another writer
   * changed the chat in between, `change` runs again on the newer value. `change` returns the new
   * settings, or `undefined` to leave them as they are. Resolves what is stored afterwards.
   */
  update(
    chat: ChatRef,
    change: (current: ChatSettings | undefined) => ChatSettings | undefined,
  ): Promise<ChatSettings | undefined>;
  /** Stores settings unconditionally (seeding, tests). */
  put(settings: ChatSettings): Promise<void>;
  delete(chat: ChatRef): Promise<void>;
  /**
   * Claims the chats whose `nextBriefingAt` is at or before `now`, earliest first, at most `limit`:
   * their index entry moves to `now + claimMs`, so that no other instance (or later call) gets them
   * meanwhile; handling a chat stores its real next time. A chat claimed by an instance that died is
   * due again when the claim runs out.
   */
  claimDueBriefings(now: number, limit: number, claimMs: number): Promise<ChatSettings[]>;
  /**
   * Chats written or deleted at or after `since` (the writer's `updatedAt`), oldest first (then by
   * key), at most `limit`, after the position `after` when continuing a full page; `next` is where
   * the following page starts (absent when this one was the last).
   */
  listChangedSince(since: number, limit: number, after?: ChangeCursor): Promise<{ changes: ChatChange[]; next?: ChangeCursor }>;
  /**
   * One page of the chats subscribed to `sectionId`, in key order after `afterKey`, at most `limit`
   * (feed health notices). Read through an index of chats by section, not by reading every chat.
   */
  listBySection(sectionId: string, afterKey: string | undefined, limit: number): Promise<ChatSettings[]>;
  /**
   * One page of the distinct feed URLs that chats added themselves (`ChatSettings.sources`), in URL
   * order after `afterUrl`, at most `limit`: the chat feeds to poll. Read through an index of chat
   * feeds kept beside each chat write; a URL no chat uses any more is no longer listed.
   */
  listChatFeeds(afterUrl: string | undefined, limit: number): Promise<string[]>;
  /** How many distinct feed URLs chats added (`url` absent), or how many chats use `url`. */
  countChatFeeds(url?: string): Promise<number>;
  /** One page of every chat, in key order after `afterKey` (start-up loading, maintenance). */
  listPage(afterKey: string | undefined, limit: number): Promise<ChatSettings[]>;
  /** How many chats are stored (of one platform: a range of the key index). */
  count(platform?: string): Promise<number>;
  /**
   * The chats whose `nextBriefingAt` (as indexed: a claim moves it) is before `until`: how many, and
   * the `limit` earliest (chat key and time). Read through the index of due chats (status page).
   */
  listDueBefore(until: number, limit: number): Promise<{ total: number; first: { key: string; at: number }[] }>;
}

/** Poller state per feed URL. */
export interface FeedStateStore {
  get(url: string): Promise<FeedState | undefined>;
  /** Stores the state and ends this instance's claim on the feed. */
  put(state: FeedState): Promise<void>;
  /** Every feed's state (maintenance and tests: it reads every row). */
  list(): Promise<FeedState[]>;
  /** The states of these feeds, in no particular order; unknown URLs are left out. */
  getMany(urls: readonly string[]): Promise<FeedState[]>;
  /**
   * The failing feeds (`failingSince` set), longest failing first, at most `limit`. Read through an
   * index of failing feeds: the cost follows the failing feeds, never the number of feeds.
   */
  listFailing(limit: number): Promise<FeedState[]>;
  /** Records feeds not seen before as due at `now`; known feeds are left as they are. */
  register(urls: readonly string[], now: number): Promise<void>;
  /**
   * Claims up to `limit` feeds due at `now` that no other instance holds, for `leaseMs`, earliest
   * first, and resolves their states. A claim ends with `put` or when it expires.
   */
  claimDue(now: number, limit: number, owner: string, leaseMs: number): Promise<FeedState[]>;
}

/** Structured logger (pino-compatible subset). Never pass tokens or message bodies. */
export interface Logger {
  debug(context: object, message: string): void;
  info(context: object, message: string): void;
  warn(context: object, message: string): void;
  error(context: object, message: string): void;
  child(bindings: object): Logger;
}

/** A feed found at an address a user gave: a feed URL, or a web page's advertised/common feeds. */
export interface ProbedFeed {
  url: string;
  /** The feed's own title (may be empty). */
  title: string;
  itemCount: number;
}

/**
 * Fetches an address a user gave (through the fetch policy) and finds the feeds there: the address
 * itself when it is a feed that parses, else the feeds a web page advertises or serves at common
 * paths, each checked to parse. Throws `UserFacingError` when the address cannot be read.
 */
export interface FeedProbe {
  probe(url: string, signal?: AbortSignal): Promise<ProbedFeed[]>;
}
