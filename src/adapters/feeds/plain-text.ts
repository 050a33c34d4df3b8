/**
 * Turning feed text (titles, HTML descriptions, content) into bounded plain text.
 */
import { decodeHTML, decodeHTMLStrict } from "entities";
import { compile, type HtmlToTextOptions } from "html-to-text";

/** Maximum length of a title, in characters. */
export const MAX_TITLE_CHARS = 500;
/** Maximum length of a summary, in characters. */
export const MAX_SUMMARY_CHARS = 1_000;
/** Maximum length of a body, in characters. */
export const MAX_BODY_CHARS = 20_000;
/**
 * HTML read for a summary / body: far more than the text kept, far less than what would make
 * conversion slow (html-to-text takes roughly 1 ms per 5 KB).
 */
const MAX_SUMMARY_HTML_CHARS = 50_000;
const MAX_BODY_HTML_CHARS = 150_000;

const entityPattern = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;
const blockTags = /^(?:br|p|div|li|ul|ol|h[1-6]|tr|td|th|blockquote|section|article|header|footer)$/i;
// A tag starts with a letter (or "/" + letter), so "a < b" or "x<3" stays text.
const tagPattern = /<\/?([a-z][a-z\d-]*)(?:\s[^<>]*)?\/?>/gi;
// C0/C1 controls except tab and newline, and the Unicode non-characters feeds sometimes carry.
const controlChars = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]/g;

/** Decodes HTML character references once, and only when an entity pattern is present. */
export function decodeEntitiesOnce(text: string): string {
  return entityPattern.test(text) ? decodeHTMLStrict(text) : text;
}

/** Removes things that look like HTML tags (block tags become a space). */
export function stripTags(text: string): string {
  return text.replace(tagPattern, (_tag, name: string) => (blockTags.test(name) ? " " : ""));
}

const anyControlChar = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]/u;
// Whitespace that is not already a single space: runs, and lone tabs, newlines, no-break spaces...
const untidySpace = /\s{2,}|[^\S ]/gu;
// The same test as `untidySpace` (a run of two has a non-space or is a space and another), faster.
const anyUntidySpace = /[^\S ]| \s/u;

/**
 * Collapses every run of whitespace to one space and trims; drops control characters. Called for
 * every title, summary and tag: text that needs no change (most of it) is only scanned, not copied.
 */
export function collapseWhitespace(text: string): string {
  const clean = anyControlChar.test(text) ? text.replace(controlChars, "") : text;
  return (anyUntidySpace.test(clean) ? clean.replace(untidySpace, " ") : clean).trim();
}

/**
 * Cuts `text` to at most `max` characters, at a word boundary when one is reasonably close,
 * adding "…" when something was cut.
 */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - 1;
  const cut = text.slice(0, room);
  const lastSpace = cut.search(/\s\S*$/);
  const head = lastSpace > room * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${head.replace(/[\s,;:.-]+$/u, "")}…`;
}

/** Script and style elements with their content, and HTML comments: never text a reader should see. */
const hiddenMarkup = /<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<!--[\s\S]*?(?:-->|$)/giu;

/**
 * A title as a reader should see it. Titles are plain text. When the feed says its title is plain
 * text (Atom `type="text"`), it is kept as written, literal `<…>` included ("History of the <blink>
 * tag"). Otherwise it may carry markup: scripts, styles and comments are removed with their
 * content, tags are stripped, HTML entities still present after XML decoding are decoded exactly
 * once more (double-escaped titles like `it&#x27;s`). Tags are stripped before decoding so that an
 * escaped `&lt;div&gt;` in an HTML title survives as the literal text `<div>`. Whitespace is
 * collapsed and the length bounded.
 */
export function toPlainTitle(raw: string | undefined, plain = false): string {
  if (raw === undefined) return "";
  const text = plain ? raw : decodeEntitiesOnce(stripTags(raw.replace(hiddenMarkup, " ")));
  return truncateAtWord(collapseWhitespace(text), MAX_TITLE_CHARS);
}

const htmlOptions: HtmlToTextOptions = {
  wordwrap: false,
  decodeEntities: true,
  limits: { maxInputLength: MAX_BODY_HTML_CHARS, maxDepth: 100, ellipsis: "…" },
  selectors: [
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    { selector: "script", format: "skip" },
    { selector: "style", format: "skip" },
    { selector: "svg", format: "skip" },
    { selector: "iframe", format: "skip" },
    { selector: "div.feedflare", format: "skip" },
    { selector: "h1", options: { uppercase: false } },
    { selector: "h2", options: { uppercase: false } },
    { selector: "h3", options: { uppercase: false } },
    { selector: "h4", options: { uppercase: false } },
    { selector: "h5", options: { uppercase: false } },
    { selector: "h6", options: { uppercase: false } },
  ],
};

// Compiled once: html-to-text's `convert` would rebuild its selector machinery on every call.
const convert = compile(htmlOptions);

/** Plain text of (the first `maxInput` characters of) an HTML fragment, paragraphs separated by a blank line. */
export function htmlToText(html: string, maxInput = MAX_BODY_HTML_CHARS): string {
  const text = convert(html.length > maxInput ? html.slice(0, maxInput) : html).replace(controlChars, "");
  return text
    .split("\n")
    .map((line) => line.replace(/[^\S\n]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * What html-to-text renders differently from "tags out, text in" even on one line: content dropped
 * (scripts, styles, comments...), prefixes added (list bullets, quote marks, rules), tables laid out.
 */
const needsFullConversion = /<(?:!|\?|\/?(?:script|style|svg|iframe|noscript|template|textarea|object|embed|math|li|ol|ul|blockquote|hr|table|pre)\b)|feedflare/iu;
// Elements html-to-text sets apart as blocks: a boundary between words on one line.
const summaryBlockTags =
  /^(?:br|p|div|h[1-6]|section|article|header|footer|main|nav|aside|form)$/iu;

/**
 * One line of text from simple HTML (no element of {@link needsFullConversion}): the same text as
 * html-to-text once whitespace is collapsed, at a fraction of the cost (most feed descriptions are
 * a few paragraphs, links and emphasis).
 */
function simpleHtmlToLine(html: string): string {
  return decodeHTML(html.replace(tagPattern, (_tag, name: string) => (summaryBlockTags.test(name) ? " " : "")));
}

/** Plain one-line summary of an HTML fragment, bounded to {@link MAX_SUMMARY_CHARS}. */
export function toPlainSummary(html: string | undefined, isHtml = true): string {
  if (html === undefined) return "";
  const input = html.length > MAX_SUMMARY_HTML_CHARS ? html.slice(0, MAX_SUMMARY_HTML_CHARS) : html;
  const text = !isHtml ? input : needsFullConversion.test(input) ? htmlToText(input, MAX_SUMMARY_HTML_CHARS) : simpleHtmlToLine(input);
  return truncateAtWord(collapseWhitespace(text), MAX_SUMMARY_CHARS);
}

/** Plain multi-paragraph body of an HTML fragment, bounded to {@link MAX_BODY_CHARS}. */
export function toPlainBody(html: string | undefined, isHtml = true): string | undefined {
  if (html === undefined) return undefined;
  const text = isHtml ? htmlToText(html) : html.replace(controlChars, "").trim();
  const bounded = truncateAtWord(text, MAX_BODY_CHARS);
  return bounded === "" ? undefined : bounded;
}
