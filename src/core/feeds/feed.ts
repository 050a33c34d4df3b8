/**
 * Feeds: what the operator configured (sections of feeds), what a parsed feed holds, and the
 * poller's state per feed. Times are epoch milliseconds (UTC).
 */

/** One feed of a section, as the operator configured it. */
export interface FeedSource {
  /** http(s) URL, or file URL for bundled/offline feeds. */
  url: string;
  sectionId: string;
  /** Display name of the outlet; the feed's own title is used when absent. */
  name?: string;
  /** Poll interval in seconds (jitter is added by the poller). */
  pollIntervalSeconds: number;
}

/** A section of the news (Politics, World, ...), with the feeds that fill it. */
export interface Section {
  /** Lower-case slug, `[a-z0-9-]{1,32}`: what users type in commands. */
  id: string;
  title: string;
  description: string;
  feeds: FeedSource[];
}

/** The formats the feed reader understands. */
export type FeedFormat = "rss" | "atom" | "rdf" | "json";

/**
 * One item of a feed after parsing and normalisation, before it is an {@link Article}:
 * plain-text title and summary (entities decoded once), absolute canonical URL.
 */
export interface FeedItem {
  /** The item's guid / Atom id / JSON Feed id, when the feed gives one. */
  guid?: string;
  title: string;
  /** Absolute canonical URL (relative links resolved, tracking parameters removed). */
  url?: string;
  /** Plain-text teaser or summary, bounded in length. */
  summary: string;
  /** Plain-text full body when the feed carries it (content:encoded, Atom content), bounded. */
  body?: string;
  author?: string;
  /** Publication time; absent when the feed gives none or an unparseable one. */
  publishedAt?: number;
  tags: string[];
  imageUrl?: string;
}

/** A feed document after parsing: its own metadata and its items in feed order. */
export interface ParsedFeed {
  title: string;
  format: FeedFormat;
  /** The site link of the feed, absolute. */
  link?: string;
  items: FeedItem[];
}

/** Health of one feed as the poller sees it. */
export interface FeedState {
  url: string;
  etag?: string;
  lastModified?: string;
  /** When the feed may be polled next (interval, Cache-Control, Retry-After or backoff). */
  nextPollAt: number;
  consecutiveFailures: number;
  /**
   * When the current run of failures began (the first failed poll since the last success); absent
   * while the feed works. The store indexes it: failing feeds are listed without reading the others.
   */
  failingSince?: number;
  lastError?: string;
  lastErrorAt?: number;
  lastSuccessAt?: number;
  /** False once the feed has failed too many times in a row. */
  healthy: boolean;
  /** True once the first successful fetch has been recorded (later items are news, not backfill). */
  initialized: boolean;
  /** The feed's own title, as last parsed. */
  title?: string;
  itemCount?: number;
  /**
   * Where the feed answered with a permanent redirect (301/308) on its last fetch: the address the
   * sources file should name instead. Absent when the last fetch was not permanently redirected.
   */
  movedTo?: string;
  /**
   * The `failingSince` of the run of failures the subscribed chats were told about (a notice per
   * run, and one recovery notice when it ends); absent when no notice is outstanding.
   */
  failingNoticeFor?: number;
}
