/** The ports of feeds: fetching, parsing, probing a user's address, and the poller's state store. */
import type { FeedState, ParsedFeed } from "./feed.js";

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
