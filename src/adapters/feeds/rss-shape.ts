/**
 * RSS documents in shapes the XML parser does not take as RSS, rewritten into the usual shape:
 * every element in a namespace prefix (`<r:rss xmlns:r="…"><r:channel>…`), and `<rss>` whose
 * items sit directly under the root with no `<channel>` (some hand-written and RSS 0.9x feeds).
 * Markup inside CDATA sections and comments is left alone.
 */

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** CDATA sections and comments, which must not be rewritten. */
const OPAQUE = /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)/g;

/** Applies `rewrite` to the markup between CDATA sections and comments. */
function rewriteMarkup(xml: string, rewrite: (markup: string) => string): string {
  let result = "";
  let last = 0;
  for (const match of xml.matchAll(OPAQUE)) {
    result += rewrite(xml.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return result + rewrite(xml.slice(last));
}

/**
 * Removes `prefix:` from the element names of `xml` (start and end tags), so that a document
 * whose RSS elements all carry a prefix reads as plain RSS.
 */
export function unprefixElements(xml: string, prefix: string): string {
  const tag = new RegExp(`<(/?)${escapeRegExp(prefix)}:(?=[A-Za-z_])`, "g");
  return rewriteMarkup(xml, (markup) => markup.replace(tag, "<$1"));
}

/** Wraps the content of `<rss>` in a `<channel>` when the document has none. */
export function wrapInChannel(xml: string): string {
  if (/<channel[\s>/]/i.test(xml.replace(OPAQUE, ""))) return xml;
  const open = /<rss(?:\s[^>]*)?>/i.exec(xml);
  const close = xml.lastIndexOf("</rss");
  if (open === null || close < open.index) return xml;
  const start = open.index + open[0].length;
  return `${xml.slice(0, start)}<channel>${xml.slice(start, close)}</channel>${xml.slice(close)}`;
}

/**
 * The document in the shape the RSS parser expects: the root's prefix removed from every element
 * carrying it, and a `<channel>` added around the items when there is none. `root` is the root
 * element's name as written (`rss`, `r:rss`).
 */
export function normalizeRssShape(xml: string, root: string): string {
  const colon = root.indexOf(":");
  const unprefixed = colon === -1 ? xml : unprefixElements(xml, root.slice(0, colon));
  return wrapInChannel(unprefixed);
}
