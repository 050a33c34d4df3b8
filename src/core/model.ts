/**
 * The domain model of newsdesk: what every adapter, command and composer speaks.
 * Times are epoch milliseconds (UTC) so that values survive JSON round-trips unchanged.
 */

/** The platforms a chat can live on. `console` is the terminal chat. */
export type Platform = "console" | "telegram" | "discord";

/** Where a message goes: a chat on one platform, optionally a thread / forum topic inside it. */
export interface ChatRef {
  platform: Platform;
  chatId: string;
  /** Telegram forum topic id or Discord thread id; absent for the chat itself. */
  threadId?: string;
}

/** A stable string key for a chat (and thread), used by stores and outbox records. */
export function chatKey(chat: ChatRef): string {
  return chat.threadId ? `${chat.platform}:${chat.chatId}:${chat.threadId}` : `${chat.platform}:${chat.chatId}`;
}

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

/** A stored news article. */
export interface Article {
  /** Stable short id (hex), what `/summary <id>` takes. */
  id: string;
  sectionId: string;
  feedUrl: string;
  /** Outlet name shown to users (configured feed name, else the feed title). */
  source: string;
  title: string;
  url: string;
  summary: string;
  body?: string;
  author?: string;
  /** Publication time; the first-seen time when the feed gave none. */
  publishedAt: number;
  /** Whether `publishedAt` came from the feed (false: it is the first-seen time). */
  publishedAtFromFeed: boolean;
  firstSeenAt: number;
  tags: string[];
  imageUrl?: string;
  guid?: string;
  /**
   * True for items recorded on the first fetch of a newly added feed: they are stored and show in
   * digests but never trigger alerts, so subscribers are not flooded with old news.
   */
  backfill: boolean;
}

/** A followed topic or entity, with the other names it is known by. */
export interface Follow {
  /** Lower-case key derived from the topic, unique per chat. */
  id: string;
  topic: string;
  aliases: string[];
  createdAt: number;
}

/** When and where a chat's morning briefing goes. */
export interface BriefingSchedule {
  enabled: boolean;
  /** Local time, `HH:MM` (24 h). */
  time: string;
  /** IANA time zone name. */
  timezone: string;
  /** ISO weekdays (1 = Monday ... 7 = Sunday) on which the briefing goes. */
  weekdays: number[];
  /** When the schedule was last set: occurrences before it are not owed to the chat. */
  since?: number;
}

/** A daily window in the chat's time zone during which alerts are held. */
export interface QuietHours {
  /** `HH:MM` local start. */
  start: string;
  /** `HH:MM` local end; may be earlier than start (window spans midnight). */
  end: string;
}

/** Why deliveries to a chat are paused (it blocked the bot, the channel was deleted...). */
export interface PauseState {
  reason: string;
  at: number;
  /** Paused by an operator (/admin pause): only /admin resume lifts it, not the chat talking to the bot. */
  byOperator?: boolean;
}

/** A feed a chat added itself (`/source add`): its own section, "mine". */
export interface ChatSource {
  /** The feed's http(s) URL, after discovery (a web page's feed, not the page). */
  url: string;
  /** Short display name, unique in the chat (case-insensitively). */
  name: string;
  addedAt: number;
}

/** Everything newsdesk keeps about one chat (or one thread of a chat). */
export interface ChatSettings {
  chat: ChatRef;
  sections: string[];
  follows: Follow[];
  briefing: BriefingSchedule;
  quietHours?: QuietHours;
  /** BCP 47 language tag for replies and summaries. */
  language: string;
  paused?: PauseState;
  /** Feeds the chat added itself, at most `MAX_SOURCES_PER_CHAT`; absent: none. */
  sources?: ChatSource[];
  /** False when the chat turned off notices about failing feeds of its sections (default on). */
  feedNotices?: boolean;
  /** Per section: when the chat's previous digest of it was made. */
  lastDigestAt: Record<string, number>;
  /** When the chat's previous briefing was made. */
  lastBriefingAt?: number;
  /**
   * When the chat's next briefing is due (derived from `briefing`; absent when none is owed). Kept
   * by the core whenever settings change or a briefing is queued; the store indexes it.
   */
  nextBriefingAt?: number;
  createdAt: number;
  updatedAt: number;
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
