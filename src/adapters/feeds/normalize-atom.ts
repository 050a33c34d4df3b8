/**
 * Atom 1.0 (feedsmith's `AtomFeed`) to {@link ParsedFeed}. Atom text constructs arrive as
 * `{ value, type }`: `html` and `xhtml` values are converted from HTML, `text` (the default) is
 * kept as text.
 */
import type { AtomFeed } from "feedsmith";
import type { ParsedFeed } from "../../core/feeds/feed.js";
import type { RawItem, RawText } from "./build-feed-item.js";
import { isImage, mediaImages, mediaText } from "./item-images.js";
import { alternateHrefs, buildItems, feedTitle, origLinkFor, type NormalizeContext } from "./normalize-context.js";
import { documentBase, resolveBase, resolveHttpUrl } from "./resolve-url.js";

type Entry = AtomFeed.Entry<string>;

function isHtmlType(type: string | undefined): boolean {
  const lower = type?.toLowerCase();
  return lower === "html" || lower === "xhtml" || lower === "text/html" || lower === "application/xhtml+xml";
}

/** A text construct or content as raw text; content of other media types (base64...) is skipped. */
function rawText(text: { value?: string; type?: string } | undefined): RawText | undefined {
  if (text?.value === undefined) return undefined;
  const type = text.type?.toLowerCase();
  if (type !== undefined && !isHtmlType(type) && type !== "text" && !type.startsWith("text/")) return undefined;
  return { value: text.value, html: isHtmlType(type) };
}

function enclosureImages(entry: Entry): string[] {
  return (entry.links ?? [])
    .filter((link) => link.rel?.toLowerCase() === "enclosure" && isImage(link.type, undefined, link.href))
    .map((link) => link.href)
    .filter((href): href is string => typeof href === "string");
}

function readEntry(entry: Entry, feed: AtomFeed.Feed<string>, feedBase: string | undefined, context: NormalizeContext): RawItem {
  const base = resolveBase(entry.xml?.base, feedBase);
  const alternates = alternateHrefs(entry.links);
  // YouTube channel feeds carry the description (and sometimes the only title) in media:group.
  const media = mediaText(entry.media);
  const title = entry.title?.value === undefined ? undefined : entry.title;
  return {
    guid: entry.id,
    title: title?.value ?? media.title,
    titleIsPlain: title?.type?.toLowerCase() === "text",
    links: [origLinkFor(context, alternates[0], entry.id), ...alternates],
    base,
    summary: rawText(entry.summary) ?? media.description,
    body: rawText(entry.content),
    authors: [
      ...(entry.authors ?? []).map((person) => person.name),
      ...(entry.dc?.creators ?? []),
      ...(feed.authors ?? []).map((person) => person.name),
    ],
    dates: [entry.published, entry.updated, ...(entry.dc?.dates ?? []), ...(entry.dcterms?.created ?? []), ...(entry.dcterms?.modified ?? [])],
    tags: [...(entry.categories ?? []).map((category) => category.label ?? category.term), ...media.categories],
    images: [...mediaImages(entry.media), ...enclosureImages(entry)],
  };
}

/** Normalises a parsed Atom document. */
export function normalizeAtom(feed: AtomFeed.Feed<string>, context: NormalizeContext): ParsedFeed {
  const selfLinks = (feed.links ?? []).filter((link) => link.rel?.toLowerCase() === "self").map((link) => link.href);
  const base = documentBase(feed.xml?.base, context.url, [...selfLinks, ...alternateHrefs(feed.links)]);
  const parsed: ParsedFeed = {
    title: feedTitle(feed.title?.value ?? feed.dc?.titles?.[0], context.url),
    format: "atom",
    items: buildItems((feed.entries ?? []).map((entry) => readEntry(entry, feed, base, context))),
  };
  const link = resolveHttpUrl(alternateHrefs(feed.links)[0], base);
  if (link !== undefined) parsed.link = link;
  return parsed;
}
