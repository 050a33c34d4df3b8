/**
 * The port for OPML subscription lists (`/source export|import`): the core decides what goes in and
 * what is done with what comes out; an adapter (adapters/feeds/opml.ts) reads and writes the XML.
 */

/** One feed of a subscription list. */
export interface OpmlFeed {
  /** The feed's address as written in the file (untrusted: may be any scheme or garbage). */
  xmlUrl: string;
  title?: string;
  /** The site's address, when known. */
  htmlUrl?: string;
}

/** What {@link OpmlCodec.read} found. */
export interface OpmlOutlines {
  /** Feed outlines (those with an `xmlUrl`), nested folders included, in document order. */
  feeds: OpmlFeed[];
  /** Outlines that are neither a feed nor a folder of feeds (no `xmlUrl`). */
  withoutFeedUrl: number;
  /** Whether the file lists more feeds than the `maxFeeds` given (only that many are in `feeds`). */
  more: boolean;
}

/** The document is not OPML (not XML, no `<opml>` root, or broken). */
export class OpmlReadError extends Error {
  override readonly name = "OpmlReadError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Reads and writes OPML; never expands DTD entities, never fetches anything. */
export interface OpmlCodec {
  /** An OPML 2.0 document titled `title` listing `feeds` as `type="rss"` outlines. */
  write(title: string, feeds: readonly OpmlFeed[]): string;
  /**
   * The feeds listed in `text`, at most `maxFeeds`.
   * @throws OpmlReadError when `text` is not an OPML document.
   */
  read(text: string, maxFeeds: number): OpmlOutlines;
}
