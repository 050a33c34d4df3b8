/**
 * RSS 0.9x/2.0 (feedsmith's `RssFeed`) to {@link ParsedFeed}.
 */
import type { RssFeed } from "feedsmith";
import type { ParsedFeed } from "../../core/feeds/feed.js";
import type { RawItem } from "./build-feed-item.js";
import { enclosureImages, mediaImages, mediaText } from "./item-images.js";
import { alternateHrefs, buildItems, feedTitle, origLinkFor, type NormalizeContext } from "./normalize-context.js";
import { documentBase, resolveBase, resolveHttpUrl } from "./resolve-url.js";

type Item = RssFeed.Item<string>;

/** A guid usable as the item's link: only when it is a permalink and an absolute http(s) URL. */
function permalinkGuid(item: Item): string | undefined {
  if (item.guid?.isPermaLink === false) return undefined;
  return resolveHttpUrl(item.guid?.value);
}

function readItem(item: Item, feedBase: string | undefined, context: NormalizeContext): RawItem {
  const base = resolveBase(item.xml?.base, feedBase);
  const media = mediaText(item.media);
  const description = item.description ?? item.dc?.descriptions?.[0] ?? item.itunes?.summary ?? item.dcterms?.descriptions?.[0];
  const encoded = item.content?.encoded;
  return {
    guid: item.guid?.value,
    title: item.title ?? item.dc?.titles?.[0] ?? media.title ?? item.dcterms?.titles?.[0],
    links: [origLinkFor(context, item.link, item.guid?.value), item.link, permalinkGuid(item), ...alternateHrefs(item.atom?.links)],
    base,
    summary: description === undefined ? media.description : { value: description, html: true },
    body: encoded === undefined ? undefined : { value: encoded, html: true },
    authors: [
      ...(item.authors ?? []).map((person) => person.name ?? person.email),
      ...(item.dc?.creators ?? []),
      ...(item.atom?.authors ?? []).map((person) => person.name),
      item.itunes?.author,
      ...(item.dcterms?.creators ?? []),
    ],
    dates: [
      item.pubDate,
      ...(item.dc?.dates ?? []),
      item.atom?.published,
      item.atom?.updated,
      ...(item.dcterms?.issued ?? []),
      ...(item.dcterms?.created ?? []),
      ...(item.dcterms?.modified ?? []),
    ],
    tags: [...(item.categories ?? []).map((category) => category.name), ...(item.dc?.subjects ?? []), ...media.categories],
    images: [...mediaImages(item.media), ...enclosureImages(item.enclosures), item.itunes?.image],
  };
}

/** Normalises a parsed RSS document. */
export function normalizeRss(feed: RssFeed.Feed<string>, context: NormalizeContext): ParsedFeed {
  const selfLinks = (feed.atom?.links ?? []).filter((link) => link.rel?.toLowerCase() === "self").map((link) => link.href);
  const base = documentBase(feed.xml?.base, context.url, [...selfLinks, feed.link]);
  const parsed: ParsedFeed = {
    title: feedTitle(feed.title ?? feed.dc?.titles?.[0] ?? feed.dcterms?.titles?.[0], context.url),
    format: "rss",
    items: buildItems((feed.items ?? []).map((item) => readItem(item, base, context))),
  };
  const link = resolveHttpUrl(feed.link, base) ?? resolveHttpUrl(alternateHrefs(feed.atom?.links)[0], base);
  if (link !== undefined) parsed.link = link;
  return parsed;
}
