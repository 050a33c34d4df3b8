/**
 * FeedBurner's `<feedburner:origLink>`: the publisher's own article URL, next to a `<link>` that
 * points at a FeedBurner (or publisher-run) click-tracking redirect. feedsmith does not read that
 * namespace, so it is read here from the raw XML, item by item, and keyed by the item's `<link>`
 * and `<guid>`/`<id>` values so that it can be matched to feedsmith's items without relying on
 * positions.
 */
import { decodeXML } from "entities";

const ITEM_START = /<(?:[\w.-]+:)?(?:item|entry)(?:\s[^>]*)?>/i;
const ITEM_END = /<\/(?:[\w.-]+:)?(?:item|entry)\s*>/gi;
const ORIG_LINK = /<([\w.-]+):origlink\b[^>]*>([\s\S]*?)<\/\1:origlink\s*>/i;
const KEY_ELEMENTS = [
  /<link(?:\s[^>]*[^/])?>([\s\S]*?)<\/link\s*>/i,
  /<guid(?:\s[^>]*)?>([\s\S]*?)<\/guid\s*>/i,
  /<id(?:\s[^>]*)?>([\s\S]*?)<\/id\s*>/i,
  /<link\s[^>]*?href\s*=\s*["']([^"']+)["'][^>]*>/i,
];

/** Text content of a raw element value: CDATA unwrapped, XML entities decoded, trimmed. */
export function rawElementText(raw: string): string {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(raw);
  return (cdata?.[1] ?? decodeXML(raw)).trim();
}

/**
 * Maps each item's link and guid (as text) to its `origLink`, for the items that have one.
 * Returns an empty map at once for documents without the FeedBurner element.
 */
export function extractOrigLinks(xml: string): Map<string, string> {
  const links = new Map<string, string>();
  if (!/:origlink\b/i.test(xml)) return links;
  let start = 0;
  ITEM_END.lastIndex = 0;
  for (let end = ITEM_END.exec(xml); end !== null; end = ITEM_END.exec(xml)) {
    const between = xml.slice(start, end.index);
    start = end.index + end[0].length;
    // Channel elements (the channel's own <link>) precede the first item: start at its tag.
    const itemStart = ITEM_START.exec(between);
    const chunk = itemStart === null ? between : between.slice(itemStart.index);
    const orig = ORIG_LINK.exec(chunk)?.[2];
    if (orig === undefined) continue;
    const origLink = rawElementText(orig);
    if (origLink === "") continue;
    for (const element of KEY_ELEMENTS) {
      const key = element.exec(chunk)?.[1];
      if (key !== undefined && rawElementText(key) !== "") links.set(rawElementText(key), origLink);
    }
  }
  return links;
}
