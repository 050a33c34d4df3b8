/**
 * Cutting XML feeds at an item boundary: lenient reading of truncated feeds (a server that died
 * mid-response, a cut download), and bounding the work spent on feeds with huge item counts.
 *
 * Recovery keeps everything up to the end of the last complete `</item>` / `</entry>` and closes
 * the elements still open at that point (`</channel></rss>`, `</feed>`, ...). The partial item
 * after it is dropped, so every recovered item is one the server sent completely.
 */

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whether the document contains the closing tag of its root element. */
export function isRootClosed(text: string, root: string): boolean {
  return new RegExp(`</${escapeRegExp(root)}\\s*>`, "i").test(text);
}

/** Names of the elements open at the end of `xml`, outermost first. */
export function openElements(xml: string): string[] {
  const markup = xml
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<[?!][^>]*>/g, "");
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;
  for (let match = tag.exec(markup); match !== null; match = tag.exec(markup)) {
    const [, closing, name, selfClosing] = match;
    if (name === undefined || selfClosing === "/") continue;
    if (closing === "/") {
      const at = stack.lastIndexOf(name);
      if (at !== -1) stack.length = at;
    } else {
      stack.push(name);
    }
  }
  return stack;
}

/** `text` up to `end`, with the elements open at that point closed. */
function cutAndClose(text: string, end: number): string {
  const kept = text.slice(0, end);
  const closing = openElements(kept)
    .reverse()
    .map((name) => `</${name}>`)
    .join("");
  return kept + closing;
}

/** End offsets of `</item>` / `</entry>` tags, at most `limit` of them. */
function itemEnds(text: string, limit = Number.POSITIVE_INFINITY): number[] {
  const itemEnd = /<\/(?:[\w.-]+:)?(?:item|entry)\s*>/gi;
  const ends: number[] = [];
  for (let match = itemEnd.exec(text); match !== null && ends.length < limit; match = itemEnd.exec(text)) {
    ends.push(match.index + match[0].length);
  }
  return ends;
}

/**
 * The document cut after its last complete item or entry, with the open elements closed, or
 * `undefined` when it holds no complete item.
 */
export function recoverTruncatedXml(text: string): { text: string } | undefined {
  const last = itemEnds(text).at(-1);
  return last === undefined ? undefined : { text: cutAndClose(text, last) };
}

/**
 * The document cut after its `maxItems`-th item (open elements closed), so that the XML parser
 * never spends time on items that would be thrown away; unchanged when it has no more items.
 * Channel elements placed after the items (rare) are lost with them.
 */
export function limitXmlItems(text: string, maxItems: number): string {
  const ends = itemEnds(text, maxItems + 1);
  const cut = ends[maxItems - 1];
  return ends.length > maxItems && cut !== undefined ? cutAndClose(text, cut) : text;
}
