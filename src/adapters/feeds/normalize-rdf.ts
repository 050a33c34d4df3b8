/**
 * RDF Site Summary (RSS 0.90 and 1.0; feedsmith's `RdfFeed`) to {@link ParsedFeed}.
 */
import type { RdfFeed } from "feedsmith";
import type { ParsedFeed } from "../../core/feeds/feed.js";
import type { RawItem } from "./build-feed-item.js";
import { mediaImages } from "./item-images.js";
import { buildItems, feedTitle, origLinkFor, type NormalizeContext } from "./normalize-context.js";
import { resolveBase, resolveHttpUrl } from "./resolve-url.js";

type Item = RdfFeed.Item<string>;

function readItem(item: Item, feedBase: string | undefined, context: NormalizeContext): RawItem {
  const description = item.description ?? item.dc?.descriptions?.[0];
  const encoded = item.content?.encoded;
  return {
    // RDF items have no guid element; rdf:about is the item's URI.
    guid: item.rdf?.about,
    title: item.title ?? item.dc?.titles?.[0],
    links: [origLinkFor(context, item.link), item.link, resolveHttpUrl(item.rdf?.about)],
    base: resolveBase(item.xml?.base, feedBase),
    summary: description === undefined ? undefined : { value: description, html: true },
    body: encoded === undefined ? undefined : { value: encoded, html: true },
    authors: [...(item.dc?.creators ?? [])],
    dates: [...(item.dc?.dates ?? []), ...(item.dcterms?.issued ?? []), ...(item.dcterms?.created ?? []), ...(item.dcterms?.modified ?? [])],
    tags: [...(item.dc?.subjects ?? [])],
    images: mediaImages(item.media),
  };
}

/** Normalises a parsed RDF document. */
export function normalizeRdf(feed: RdfFeed.Feed<string>, context: NormalizeContext): ParsedFeed {
  const base = resolveBase(feed.xml?.base, context.url);
  const parsed: ParsedFeed = {
    title: feedTitle(feed.title, context.url),
    format: "rdf",
    items: buildItems((feed.items ?? []).map((item) => readItem(item, base, context))),
  };
  const link = resolveHttpUrl(feed.link, base);
  if (link !== undefined) parsed.link = link;
  return parsed;
}
