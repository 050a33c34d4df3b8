/**
 * Telegram HTML from plain-text segments. Every string that reaches Telegram passes through here:
 * feed text is cleaned (control characters, lone surrogates, bidi overrides removed) and escaped
 * (`&`, `<`, `>`; `"` too inside `href`), so the only markup in a message is the markup we emit.
 * Lengths are counted on the plain text, which is exactly what Telegram counts "after entity
 * parsing" (UTF-16 code units, like `string.length`).
 */

/** How a segment is shown. */
export type SegmentStyle = "bold" | "italic" | "code";

/** A run of plain text with at most one style and one link. */
export interface Segment {
  text: string;
  style?: SegmentStyle;
  /** A link target already checked by {@link safeHref}. */
  href?: string;
  /** Shortened first when a block is too long: higher first; 0 or absent: never shortened. */
  shrink?: number;
}

/** One line of a message: segments shown side by side. */
export type Line = Segment[];

const TAGS: Readonly<Record<SegmentStyle, string>> = { bold: "b", italic: "i", code: "code" };
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Longest link put into an `href`; longer ones are shown as plain text (the title still shows). */
const MAX_HREF_LENGTH = 2_048;

/** Escapes text for Telegram HTML: `&`, `<` and `>`. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Escapes an attribute value (inside double quotes): also `"`. */
export function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, "&quot;");
}

/** The link as Telegram should get it, or undefined unless it is an absolute http(s) URL. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim());
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
    if (parsed.username || parsed.password || parsed.href.length > MAX_HREF_LENGTH) return undefined;
    return parsed.href;
  } catch {
    return undefined;
  }
}

/**
 * Makes hostile text safe to show: drops control characters (keeping newlines and tabs) and bidi
 * overrides, replaces lone surrogates (not valid UTF-8) with U+FFFD. `singleLine` folds every run
 * of whitespace into one space (titles, names); otherwise blank lines are kept at most two deep.
 */
export function cleanText(text: string, options: { singleLine?: boolean } = {}): string {
  const clean = text.replace(LONE_SURROGATE, "\ufffd").replace(/\r\n?/g, "\n").replace(CONTROL, "");
  if (options.singleLine) return clean.replace(/\s+/gu, " ").trim();
  return clean
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The first `length` UTF-16 units of `text`, one fewer when that would split a surrogate pair. */
export function sliceSafely(text: string, length: number): string {
  if (length >= text.length) return text;
  if (length <= 0) return "";
  const last = text.charCodeAt(length - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}

/** Visible length of a line (what Telegram counts). */
export function lineLength(line: Line): number {
  return line.reduce((total, segment) => total + segment.text.length, 0);
}

/** Visible length of lines joined with newlines. */
export function linesLength(lines: readonly Line[]): number {
  return lines.reduce((total, line) => total + lineLength(line), 0) + Math.max(0, lines.length - 1);
}

/** Telegram HTML for lines joined with newlines. */
export function renderLinesHtml(lines: readonly Line[]): string {
  return lines.map((line) => line.map(renderSegmentHtml).join("")).join("\n");
}

/** The same lines as plain text (the fallback sent without parse mode). */
export function renderLinesPlain(lines: readonly Line[]): string {
  return lines.map((line) => line.map((segment) => segment.text).join("")).join("\n");
}

function renderSegmentHtml(segment: Segment): string {
  if (segment.text === "") return "";
  let html = escapeHtml(segment.text);
  // Telegram forbids entities inside code, so a linked code segment is shown as a plain link.
  if (segment.style === "code" && !segment.href) return `<code>${html}</code>`;
  if (segment.href) html = `<a href="${escapeAttribute(segment.href)}">${html}</a>`;
  if (segment.style === "bold" || segment.style === "italic") html = `<${TAGS[segment.style]}>${html}</${TAGS[segment.style]}>`;
  return html;
}
