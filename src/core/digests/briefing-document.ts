/**
 * The platform-neutral shape of everything newsdesk shows that is more than a sentence: digests,
 * briefings, alerts, lists. Composers in `briefings/` build it; each platform adapter renders it
 * (Telegram HTML, Discord embeds, terminal text), escaping every string for its own format.
 * All strings here are plain text: no markup, possibly hostile (they come from feeds).
 */
import type { TextOf } from "../shared/translator.js";

/** The language a document is written in and its messages: what composers write with. */
export interface Wording {
  /** A shipped language ("de"): dates and relative times are written for it through Intl. */
  language: string;
  /** The messages of `language`. */
  text: TextOf;
}

/** One outlet that carried a story. */
export interface StorySource {
  name: string;
  url: string;
}

/** One line of a document: a story, an alert, or a plain entry in a list. */
export interface BriefingItem {
  title: string;
  /** Link of the story; absent for plain list entries. */
  url?: string;
  /** Short plain-text summary or detail line. */
  summary?: string;
  /** Outlets carrying the story (more than one when the same story was merged). */
  sources: StorySource[];
  publishedAt?: number;
  /** Id of the representative article, for "summary" / "follow" actions. */
  articleId?: string;
  /** A short plain detail shown next to the sources: "2 h ago". */
  detail?: string;
  /** Why this item is shown (follow alerts): "mentions APT31 in the title". */
  reason?: string;
}

/** A titled group of items (one section of a briefing). */
export interface BriefingSection {
  heading?: string;
  items: BriefingItem[];
  /** Shown instead of the items when there are none. */
  emptyText?: string;
}

/** A whole document. */
export interface BriefingDocument {
  kind: "briefing";
  /**
   * The language its text is written in (the chat's, when composed); adapters write their labels
   * and buttons ("Why:", "More from …") in it. Absent: English.
   */
  language?: string;
  title: string;
  /** Line under the title: "5 stories since 07:00". */
  subtitle?: string;
  /** Optional short overview paragraph at the top. */
  overview?: string;
  sections: BriefingSection[];
  footer?: string;
  /**
   * Sections whose stories are left after this document: adapters offer a "More from <title>"
   * button that runs `/more <sectionId>` (the footer already says so in words).
   */
  more?: { sectionId: string; title: string }[];
  /**
   * Feeds of a web page offered for a pick (`/source add <page>` found several): adapters that have
   * buttons offer one per feed, "1. <title>", whose press runs `/source add` with that feed (the
   * choice is kept in the store under `choiceId`); the items already list them with the command to type.
   */
  feedChoice?: { choiceId: string; titles: string[] };
}

/**
 * A file sent as an answer (`/source export`): a document attachment on Telegram, an attachment on
 * Discord, printed on the terminal. The caption is plain text, escaped by each adapter.
 */
export interface FileReply {
  kind: "file";
  /** File name shown to the user, e.g. `newsdesk-sources.opml` (ASCII, no path). */
  name: string;
  /** Media type, e.g. `text/x-opml`. */
  mediaType: string;
  bytes: Uint8Array;
  /** One or two plain sentences sent with the file. */
  caption: string;
}

/** A reply a command gives: a plain sentence, a document or a file. */
export type Reply = string | BriefingDocument | FileReply;
