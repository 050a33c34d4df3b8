/**
 * Text for Discord: feed strings are plain and hostile, Discord renders markdown and mentions. Every
 * feed string goes through {@link escapeFeedText} (markdown escaped, mentions neutralised) and is cut to
 * its limit with {@link truncate}. Mentions are also disabled per message (`allowed_mentions`), so the
 * neutralising is a second line of defence that also keeps `<@id>` from rendering as a name.
 */
import { escapeMarkdown } from "discord.js";

const ZERO_WIDTH_SPACE = "\u200b";

/** Breaks `@everyone`, `@here`, `<@id>`, `<@!id>`, `<@&id>` and `<#id>` so that they neither ping nor render. */
export function neutralizeMentions(text: string): string {
  return text.replace(/@(everyone|here)/giu, `@${ZERO_WIDTH_SPACE}$1`).replace(/<(@[!&]?|#)(\d+)>/gu, `<${ZERO_WIDTH_SPACE}$1$2>`);
}

/** Removes control characters (keeping newlines and tabs) and bidi overrides. */
export function removeControlCharacters(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, "");
}

/**
 * Plain text → Discord markdown that shows exactly that text: every markdown construct escaped
 * (including headings, lists, masked links, block quotes and subtext, which escapeMarkdown leaves
 * alone by default), mentions neutralised, control characters removed.
 */
export function escapeFeedText(text: string): string {
  const escaped = escapeMarkdown(removeControlCharacters(text), { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    .replace(/^(\s*)(>{1,3}\s)/gmu, "$1\\$2")
    .replace(/^(\s*)-#(\s)/gmu, "$1\\-#$2");
  return neutralizeMentions(escaped);
}

/** Collapses runs of whitespace (newlines included) to one space and trims. */
export function singleLine(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/**
 * Cuts `text` to at most `max` UTF-16 units, ending with `…` when cut. Never splits a surrogate
 * pair and never leaves a dangling escape backslash.
 */
export function truncate(text: string, max: number, ellipsis = "…"): string {
  if (text.length <= max) return text;
  if (max <= ellipsis.length) return ellipsis.slice(0, Math.max(0, max));
  let cut = text.slice(0, max - ellipsis.length);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  const backslashes = /\\+$/u.exec(cut)?.[0].length ?? 0;
  if (backslashes % 2 === 1) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}${ellipsis}`;
}

/** Splits plain text into chunks of at most `max` units, at line breaks or spaces where possible. */
export function splitText(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const breakAt = Math.max(window.lastIndexOf("\n"), window.lastIndexOf(" "));
    let cut = breakAt > max / 2 ? breakAt : max;
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    const backslashes = /\\+$/u.exec(rest.slice(0, cut))?.[0].length ?? 0;
    if (backslashes % 2 === 1) cut -= 1;
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) chunks.push(rest);
  return chunks;
}

/** An http(s) URL safe to put in an embed or a masked link, or undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url || url.length > 2048) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
    return parsed.href.replace(/[()<> ]/gu, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  } catch {
    return undefined;
  }
}
