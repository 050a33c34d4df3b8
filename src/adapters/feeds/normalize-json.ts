/**
 * JSON Feed 1.0/1.1 (feedsmith's `JsonFeed`) to {@link ParsedFeed}. JSON Feed 1.0's singular
 * `author` is folded into `authors` by feedsmith.
 */
import type { JsonFeed } from "feedsmith";
import type { ParsedFeed } from "../../core/feeds/feed.js";
import type { RawItem, RawText } from "./build-feed-item.js";
import { buildItems, feedTitle, type NormalizeContext } from "./normalize-context.js";
import { resolveHttpUrl } from "./resolve-url.js";

type Item = JsonFeed.Item<string>;

function body(item: Item): RawText | undefined {
  if (item.content_html !== undefined) return { value: item.content_html, html: true };
  if (item.content_text !== undefined) return { value: item.content_text, html: false };
  return undefined;
}

function readItem(item: Item, feed: JsonFeed.Feed<string>, base: string): RawItem {
  return {
    guid: item.id === undefined ? undefined : String(item.id),
    title: item.title,
    links: [item.url, item.external_url],
    base,
    // JSON Feed's `summary` is plain text by definition.
    summary: item.summary === undefined ? undefined : { value: item.summary, html: false },
    body: body(item),
    authors: [...(item.authors ?? []), ...(feed.authors ?? [])].map((author) => author.name),
    dates: [item.date_published, item.date_modified],
    tags: [...(item.tags ?? [])],
    images: [item.image, item.banner_image],
  };
}

/** Normalises a parsed JSON Feed. */
export function normalizeJson(feed: JsonFeed.Feed<string>, context: NormalizeContext): ParsedFeed {
  const parsed: ParsedFeed = {
    title: feedTitle(feed.title, context.url),
    format: "json",
    items: buildItems((feed.items ?? []).map((item) => readItem(item, feed, context.url))),
  };
  const link = resolveHttpUrl(feed.home_page_url, context.url);
  if (link !== undefined) parsed.link = link;
  return parsed;
}
