/**
 * Looks at the start of a decoded document to tell XML feeds, JSON, HTML pages and junk apart,
 * and cleans the XML prolog: junk or blank lines before `<?xml` / the root element are removed
 * (WordPress plugins and PHP warnings emit them), and a DOCTYPE is removed together with its
 * internal subset, so entity declarations ("billion laughs") never reach the XML parser.
 */

/** What a decoded document looks like. `text` is the cleaned document. */
export type ClassifiedDocument =
  | { kind: "xml"; root: string; text: string; junkRemoved: boolean }
  | { kind: "html"; text: string }
  | { kind: "json"; text: string }
  | { kind: "empty" }
  | { kind: "unknown" };

/** How far into the document junk, a declaration or the root element is looked for. */
const PROLOG_SCAN_CHARS = 8_192;
/** Elements that start HTML pages or the junk some servers print before a feed. */
const HTML_FRAGMENT_ROOTS = new Set(["head", "body", "title", "meta", "link", "script", "style", "div", "p", "a", "br", "b", "h1"]);
const FEED_ROOTS = new Set(["rss", "feed", "rdf"]);
const FEED_ROOT = /<(?:[\w.-]+:)?(?:rss|feed|rdf)[\s>/]/i;

interface Prolog {
  /** Index of the root element's `<`, or -1 when something that is not markup comes first. */
  rootStart: number;
  root?: string;
  /** Span of a DOCTYPE declaration, to cut out. */
  doctype?: [number, number];
  htmlDoctype: boolean;
}

function endOfDoctype(text: string, start: number): number {
  const bracket = text.indexOf("[", start);
  const close = text.indexOf(">", start);
  if (bracket !== -1 && (close === -1 || bracket < close)) {
    const subsetEnd = /\]\s*>/g;
    subsetEnd.lastIndex = bracket;
    const match = subsetEnd.exec(text);
    return match ? match.index + match[0].length : -1;
  }
  return close === -1 ? -1 : close + 1;
}

function scanProlog(text: string): Prolog {
  const prolog: Prolog = { rootStart: -1, htmlDoctype: false };
  let i = 0;
  while (i < text.length && i < PROLOG_SCAN_CHARS) {
    const ch = text.charCodeAt(i);
    if (ch === 0x20 || ch === 0x0a || ch === 0x0d || ch === 0x09 || ch === 0xfeff) {
      i += 1;
    } else if (text.startsWith("<?", i)) {
      const end = text.indexOf("?>", i);
      if (end === -1) return prolog;
      i = end + 2;
    } else if (text.startsWith("<!--", i)) {
      const end = text.indexOf("-->", i);
      if (end === -1) return prolog;
      i = end + 3;
    } else if (/^<!doctype/i.test(text.slice(i, i + 9))) {
      const end = endOfDoctype(text, i);
      if (end === -1) return prolog;
      prolog.htmlDoctype = /^<!doctype\s+html/i.test(text.slice(i, i + 14));
      prolog.doctype = [i, end];
      i = end;
    } else {
      const match = /^<([A-Za-z_][\w:.-]*)/.exec(text.slice(i, i + 200));
      if (match?.[1] !== undefined) {
        prolog.rootStart = i;
        prolog.root = match[1];
      }
      return prolog;
    }
  }
  return prolog;
}

function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1).toLowerCase();
}

function withoutDoctype(text: string, prolog: Prolog): string {
  return prolog.doctype ? text.slice(0, prolog.doctype[0]) + text.slice(prolog.doctype[1]) : text;
}

/** Removes anything before an XML declaration found near the start of the text. */
function cutBeforeDeclaration(text: string): { text: string; cut: boolean } {
  const decl = /<\?xml[\s?]/.exec(text.slice(0, PROLOG_SCAN_CHARS));
  if (!decl || decl.index === 0) return { text, cut: false };
  return { text: text.slice(decl.index), cut: text.slice(0, decl.index).trim() !== "" };
}

/** Classifies a decoded document and returns the cleaned XML text for feeds. */
export function classifyDocument(decoded: string): ClassifiedDocument {
  const trimmed = decoded.replace(/^[\s\ufeff]+/, "");
  if (trimmed === "") return { kind: "empty" };
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) return { kind: "json", text: trimmed };

  const { text, cut } = cutBeforeDeclaration(trimmed);
  const prolog = scanProlog(text);
  const root = prolog.root === undefined ? undefined : localName(prolog.root);
  // An HTML DOCTYPE before <rss> (some generators print one) does not make the feed a page.
  if (root === "html" || (prolog.htmlDoctype && !FEED_ROOTS.has(root ?? ""))) return { kind: "html", text };
  if (prolog.root !== undefined && root !== undefined && !HTML_FRAGMENT_ROOTS.has(root)) {
    return { kind: "xml", root: prolog.root, text: withoutDoctype(text, prolog), junkRemoved: cut };
  }
  // Text, or an HTML fragment (<head>, <link ...>), comes first. A feed root further on means the
  // start was junk; otherwise this is an HTML page (a "moved" stub) or not markup at all.
  const feedRoot = FEED_ROOT.exec(text.slice(0, PROLOG_SCAN_CHARS));
  if (feedRoot !== null) {
    const rest = text.slice(feedRoot.index);
    const restProlog = scanProlog(rest);
    if (restProlog.root !== undefined) {
      return { kind: "xml", root: restProlog.root, text: withoutDoctype(rest, restProlog), junkRemoved: true };
    }
  }
  return root === undefined ? { kind: "unknown" } : { kind: "html", text };
}
