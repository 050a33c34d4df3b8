/**
 * The format-independent half of normalisation: a {@link FeedItem} from the raw strings a
 * format-specific reader found (title, link candidates, HTML or text summary and body...).
 */
import type { FeedItem } from "../../core/feeds/feed.js";
import { nonSummaryReason, type NonSummary } from "../../core/summaries/summary-honesty.js";
import { canonicalizeUrl } from "./canonical-url.js";
import { parseFeedDate } from "./parse-date.js";
import { collapseWhitespace, toPlainBody, toPlainSummary, toPlainTitle, truncateAtWord } from "./plain-text.js";
import { repairMojibake } from "./repair-mojibake.js";
import { resolveHttpUrl } from "./resolve-url.js";

/** Maximum number of tags kept per item. */
export const MAX_TAGS = 20;
const MAX_TAG_CHARS = 100;
const MAX_AUTHOR_CHARS = 200;
const MAX_GUID_CHARS = 2_000;
/** Length of a title made up from the summary when an item has none. */
const DERIVED_TITLE_CHARS = 120;

/** A piece of text and whether it is HTML (to convert) or plain text (to keep). */
export interface RawText {
  value: string;
  html: boolean;
}

/** What a format reader extracted from one item, before cleaning. */
export interface RawItem {
  guid?: string;
  title?: string;
  /** True when the feed declares the title plain text (Atom `type="text"`): kept as written. */
  titleIsPlain?: boolean;
  /** Link candidates, best first; relative ones are resolved against `base`. */
  links: Array<string | undefined>;
  /** Absolute http(s) base for relative links (xml:base or the feed's URL). */
  base?: string;
  summary?: RawText;
  body?: RawText;
  authors: Array<string | undefined>;
  /** Date candidates, best first; the first that parses wins. */
  dates: Array<string | undefined>;
  tags: Array<string | undefined>;
  /** Image URL candidates, best first. */
  images: Array<string | undefined>;
}

function firstOf<R>(values: Array<string | undefined>, map: (value: string) => R | undefined): R | undefined {
  for (const value of values) {
    if (value === undefined) continue;
    const mapped = map(value);
    if (mapped !== undefined && mapped !== "") return mapped;
  }
  return undefined;
}

function cleanTags(tags: Array<string | undefined>): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    if (raw === undefined || result.length >= MAX_TAGS) continue;
    const tag = truncateAtWord(toPlainTitle(raw), MAX_TAG_CHARS);
    const key = tag.toLowerCase();
    if (tag === "" || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}

function plainOf(text: RawText | undefined, convert: (value: string, html: boolean) => string | undefined): string | undefined {
  return text === undefined ? undefined : convert(repairMojibake(text.value), text.html);
}

/** Descriptions that describe nothing: dropped, so no digest line or summary is made of them. */
const NO_DESCRIPTION = new Set<NonSummary>(["no words", "boilerplate", "placeholder", "single word", "link list", "title repeated"]);
/** Bodies that are no article text (a short body is still kept as written). */
const NO_BODY = new Set<NonSummary>(["no words", "boilerplate", "placeholder", "link list"]);

/**
 * Whether a feed description is no description: Hacker News' "Comments" link, Google News' list
 * of related headlines, a placeholder, a single word, or the title again.
 */
function isNoDescription(summary: string, title: string, reasons = NO_DESCRIPTION): boolean {
  if (summary === "") return false;
  const reason = nonSummaryReason(summary, { title, teaser: "" }, false);
  return reason !== undefined && reasons.has(reason);
}

function repaired(values: Array<string | undefined>): Array<string | undefined> {
  return values.map((value) => (value === undefined ? undefined : repairMojibake(value)));
}

/**
 * Cleans a raw item: mojibake repaired (repair-mojibake.ts), plain-text title, summary and body
 * (a description that describes nothing, such as "Comments" or a list of links, is dropped), canonical absolute URL, parsed date,
 * deduplicated tags. Returns `undefined` for an item with nothing to show (no title, link,
 * summary or guid). An item without a title gets one made from its summary, else its URL.
 */
export function buildFeedItem(raw: RawItem): FeedItem | undefined {
  const url = firstOf(raw.links, (link) => canonicalizeUrl(link, raw.base));
  let body = plainOf(raw.body, (value, html) => toPlainBody(value, html));
  let title = toPlainTitle(raw.title === undefined ? undefined : repairMojibake(raw.title), raw.titleIsPlain === true);
  let summary = plainOf(raw.summary, (value, html) => toPlainSummary(value, html)) ?? "";
  if (isNoDescription(summary, title)) summary = "";
  if (body !== undefined && isNoDescription(toPlainSummary(body, false), title, NO_BODY)) body = undefined;
  if (summary === "" && body !== undefined) summary = toPlainSummary(body, false);
  const guid = raw.guid === undefined ? undefined : collapseWhitespace(raw.guid).slice(0, MAX_GUID_CHARS) || undefined;
  if (title === "") title = summary === "" ? (url ?? "") : truncateAtWord(summary, DERIVED_TITLE_CHARS);
  if (title === "" && guid === undefined) return undefined;

  const item: FeedItem = { title, summary, tags: cleanTags(repaired(raw.tags)) };
  if (guid !== undefined) item.guid = guid;
  if (url !== undefined) item.url = url;
  if (body !== undefined) item.body = body;
  const author = firstOf(repaired(raw.authors), (name) => truncateAtWord(toPlainTitle(name), MAX_AUTHOR_CHARS));
  if (author !== undefined) item.author = author;
  const publishedAt = firstOf(raw.dates, parseFeedDate);
  if (publishedAt !== undefined) item.publishedAt = publishedAt;
  const imageUrl = firstOf(raw.images, (image) => resolveHttpUrl(image, raw.base));
  if (imageUrl !== undefined) item.imageUrl = imageUrl;
  return item;
}
