/**
 * Whether a text is a summary a reader gains from, or a non-summary: a title repeated, a feed's
 * boilerplate ("Comments", "Read more"), a list of links (Google News), a placeholder ("Page at
 * host"), a single word, or text the reader already saw in the digest line (title and teaser).
 * Used on model answers, extractive summaries and (by the feeds adapter) feed descriptions.
 */
import { someToken, tokenize } from "../shared/fold-text.js";

/** What the reader already saw of an article: the digest line. */
export interface SeenText {
  title: string;
  /** The feed's teaser ("" when none). */
  teaser: string;
}

/** Words of a text compared, from its start. */
const MAX_WORDS = 2_000;
/** Fewer words than this is no summary ("Video", "Update"). */
const MIN_WORDS = 2;
/** A summary must bring at least this many words absent from the digest line... */
const MIN_NEW_WORDS = 3;
/** ...and at least this share of its words. */
const MIN_NEW_SHARE = 0.2;

/** Feed boilerplate that stands where a description should be. */
const BOILERPLATE =
  /^(?:comments?|\d+ comments?|read more|continue reading|read the full (?:story|article)|full story|click here|more|view (?:full )?coverage on google news|article url:?.*comments url:?.*|the post .* appeared first on .*)[.…!:]*$/iu;
/** Placeholders some producers put in place of a title or description. */
const PLACEHOLDER = /^(?:page at \S+|untitled(?: page| article)?|no (?:title|description|summary)(?: available)?|null|undefined|n\/a|none|description|summary)$/iu;
/** A numbered list of headlines ("1. Title Outlet 2. Title Outlet"), as Google News describes a story. */
const NUMBERED_LIST = /^\s*1\.\s+\S[\s\S]*?\s2\.\s+\S/u;
const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
/** Whitespace other than single spaces: only then does collapsing runs of whitespace change a text. */
const UNTIDY_SPACE = /\s{2,}|[^\S ]/u;
/** What every match of {@link URL} contains: a cheap test that spares it on text without links. */
const MAYBE_URL = /https?:\/\/|www\./i;

/** Why a text is no summary. */
export type NonSummary =
  | "empty"
  | "no words"
  | "boilerplate"
  | "placeholder"
  | "single word"
  | "link list"
  | "title repeated"
  | "nothing beyond the digest line";

/** Two URLs or more making up most of the text. */
function isMostlyUrls(text: string): boolean {
  if (!MAYBE_URL.test(text)) return false;
  const urls = text.match(URL) ?? [];
  return urls.length >= 2 && urls.join("").length > text.length / 2;
}

/** Words of `text` as compared (case and accents folded). */
function words(text: string): string[] {
  return tokenize(text, MAX_WORDS);
}

/**
 * Why `text` is not a summary worth showing, or `undefined` when it is one. `seen` is the digest
 * line; a text whose words are (nearly) all in it adds nothing. With `beyondDigestLine` false, that
 * last check ("nothing beyond the digest line") is left out (feed descriptions never fail on it).
 */
export function nonSummaryReason(text: string, seen: SeenText, beyondDigestLine = true): NonSummary | undefined {
  const trimmed = (UNTIDY_SPACE.test(text) ? text.replace(/\s+/gu, " ") : text).trim();
  const unlinked = MAYBE_URL.test(trimmed) ? trimmed.replace(URL, " ") : trimmed;
  if (!beyondDigestLine) return descriptionReason(trimmed, unlinked, seen.title);
  const own = words(unlinked);
  if (own.length === 0) return trimmed === "" ? "empty" : "no words";
  if (BOILERPLATE.test(trimmed)) return "boilerplate";
  if (PLACEHOLDER.test(trimmed)) return "placeholder";
  if (NUMBERED_LIST.test(trimmed) || isMostlyUrls(trimmed)) return "link list";
  if (own.length < MIN_WORDS) return "single word";
  const titleWords = new Set(words(seen.title));
  if (own.every((word) => titleWords.has(word))) return "title repeated";
  if (!beyondDigestLine) return undefined;
  const seenWords = new Set([...titleWords, ...words(seen.teaser)]);
  // Short Latin-script words ("the", "its", "a") are no news; other scripts count whole.
  const fresh = own.filter((word) => !seenWords.has(word) && !/^[a-z0-9]{1,3}$/u.test(word)).length;
  if (fresh < MIN_NEW_WORDS || fresh / own.length < MIN_NEW_SHARE) return "nothing beyond the digest line";
  return undefined;
}

/**
 * {@link nonSummaryReason} without its last check, for feed descriptions (every item of every feed
 * polled): the same answers, from the first words that settle them rather than all of them.
 * `unlinked` is `trimmed` with its URLs blanked out.
 */
function descriptionReason(trimmed: string, unlinked: string, title: string): NonSummary | undefined {
  const titleWords = new Set(words(title));
  let count = 0;
  let beyondTitle = false;
  // Stops once there are enough words and one of them is not the title's.
  someToken(unlinked, MAX_WORDS, (word) => {
    count += 1;
    if (!titleWords.has(word)) beyondTitle = true;
    return count >= MIN_WORDS && beyondTitle;
  });
  if (count === 0) return trimmed === "" ? "empty" : "no words";
  if (BOILERPLATE.test(trimmed)) return "boilerplate";
  if (PLACEHOLDER.test(trimmed)) return "placeholder";
  if (NUMBERED_LIST.test(trimmed) || isMostlyUrls(trimmed)) return "link list";
  if (count < MIN_WORDS) return "single word";
  if (!beyondTitle) return "title repeated";
  return undefined;
}

/**
 * Whether a sentence is (nearly) all in the digest line: most of its words are there. Such
 * sentences are left out of extractive summaries.
 */
export function isInDigestLine(sentence: string, seenWords: ReadonlySet<string>): boolean {
  const own = words(sentence);
  if (own.length === 0) return true;
  const known = own.filter((word) => seenWords.has(word)).length;
  return known / own.length >= 0.8;
}

/** The folded words of the digest line, for {@link isInDigestLine}. */
export function digestLineWords(seen: SeenText): Set<string> {
  return new Set([...words(seen.title), ...words(seen.teaser)]);
}

/** The plain statement given instead of a summary when the outlet gave nothing more than the digest line. */
export function nothingMoreText(outlet: string, url: string): string {
  const name = outlet.trim() === "" ? "the outlet" : outlet.trim();
  return /^https?:\/\//iu.test(url) ? `Nothing more is available from ${name}. The article: ${url}` : `Nothing more is available from ${name}.`;
}
