/** Articles: a stored news item, what digests, stories, follows and summaries are made of. */

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
