/**
 * What every format normaliser needs besides the parsed document.
 */
import type { FeedItem } from "../../core/feeds/feed.js";
import { buildFeedItem, type RawItem } from "./build-feed-item.js";
import { toPlainTitle } from "./plain-text.js";
import { repairMojibake } from "./repair-mojibake.js";

/** The fetch URL of the feed and the FeedBurner original links found in the raw XML. */
export interface NormalizeContext {
  /** The URL the feed was fetched from (after redirects): the last-resort base for links. */
  url: string;
  /** Item link or guid → `feedburner:origLink`. */
  origLinks: Map<string, string>;
}

/** The feed's title as plain text, else the host name of its URL (a feed title is required). */
export function feedTitle(raw: string | undefined, url: string): string {
  const title = toPlainTitle(raw === undefined ? undefined : repairMojibake(raw));
  if (title !== "") return title;
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}

/** The `feedburner:origLink` of an item, looked up by its link and guid. */
export function origLinkFor(context: NormalizeContext, ...keys: Array<string | undefined>): string | undefined {
  for (const key of keys) {
    const found = key === undefined ? undefined : context.origLinks.get(key.trim());
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Builds every raw item, dropping the empty ones, in feed order. */
export function buildItems(raws: RawItem[]): FeedItem[] {
  return raws.map(buildFeedItem).filter((item): item is FeedItem => item !== undefined);
}

/** Atom-style links that point at the entry's page (rel absent or "alternate"), HTML first. */
export function alternateHrefs(links: Array<{ href?: string; rel?: string; type?: string }> | undefined): string[] {
  const alternates = (links ?? []).filter((link) => link.rel === undefined || link.rel.toLowerCase() === "alternate");
  const isHtml = (type: string | undefined): boolean => type === undefined || /html/i.test(type);
  return [...alternates.filter((link) => isHtml(link.type)), ...alternates.filter((link) => !isHtml(link.type))]
    .map((link) => link.href)
    .filter((href): href is string => typeof href === "string");
}
