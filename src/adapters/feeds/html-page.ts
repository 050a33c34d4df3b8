/**
 * Operator-facing description of an HTML page served where a feed was expected, with the feed
 * URL the page advertises through `<link rel="alternate" type="application/rss+xml" ...>`.
 */
import { decodeHTML } from "entities";
import { collapseWhitespace } from "./plain-text.js";
import { resolveHttpUrl } from "./resolve-url.js";

const FEED_TYPES = new Set(["application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml"]);
/** Autodiscovery links live in the head; scanning further is wasted work on large pages. */
const HEAD_SCAN_CHARS = 200_000;

function attributes(tag: string): Map<string, string> {
  const result = new Map<string, string>();
  const attribute = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
  for (let match = attribute.exec(tag); match !== null; match = attribute.exec(tag)) {
    const name = match[1];
    if (name !== undefined) result.set(name.toLowerCase(), decodeHTML(match[2] ?? match[3] ?? match[4] ?? ""));
  }
  return result;
}

/** The absolute URL of the first feed advertised by an HTML page, if any. */
export function findFeedAutodiscovery(html: string, pageUrl: string): string | undefined {
  const tags = html.slice(0, HEAD_SCAN_CHARS).match(/<link\b[^>]*>/gi) ?? [];
  for (const tag of tags) {
    const attrs = attributes(tag);
    const rel = (attrs.get("rel") ?? "").toLowerCase().split(/\s+/);
    const type = (attrs.get("type") ?? "").toLowerCase().trim();
    if (!rel.includes("alternate") || !FEED_TYPES.has(type)) continue;
    const href = resolveHttpUrl(attrs.get("href"), pageUrl);
    if (href !== undefined) return href;
  }
  return undefined;
}

/** Every feed URL an HTML page advertises (absolute, without repeats, in page order), at most `max`. */
export function findFeedLinks(html: string, pageUrl: string, max = 10): string[] {
  const found = new Set<string>();
  for (const tag of html.slice(0, HEAD_SCAN_CHARS).match(/<link\b[^>]*>/gi) ?? []) {
    const attrs = attributes(tag);
    const rel = (attrs.get("rel") ?? "").toLowerCase().split(/\s+/);
    const type = (attrs.get("type") ?? "").toLowerCase().trim();
    if (!rel.includes("alternate") || !FEED_TYPES.has(type)) continue;
    const href = resolveHttpUrl(attrs.get("href"), pageUrl);
    if (href !== undefined) found.add(href);
    if (found.size >= max) break;
  }
  return [...found];
}

/** The page's `<title>` as plain text, when it has one. */
export function htmlTitle(html: string): string | undefined {
  const match = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html.slice(0, HEAD_SCAN_CHARS));
  const title = match?.[1] === undefined ? "" : collapseWhitespace(decodeHTML(match[1].replace(/<[^>]*>/g, "")));
  return title === "" ? undefined : title.slice(0, 120);
}

/** The message of the error for an HTML page where a feed was expected. */
export function describeHtmlPage(html: string, url: string): string {
  const title = htmlTitle(html);
  const what = title === undefined ? "an HTML page" : `an HTML page ("${title}")`;
  const feed = findFeedAutodiscovery(html, url);
  const hint = feed === undefined
    ? " (the page advertises no feed URL)."
    : `. The page advertises a feed at ${feed}: configure that URL instead.`;
  return `${url} returned ${what}, not a feed${hint}`;
}
