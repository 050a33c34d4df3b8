/**
 * Text helpers of the summary service: which text of an article is summarised, how a digest is
 * put into words for the model, how long a summary may be, and the keys summaries are cached by.
 */
import { createHash } from "node:crypto";
import type { Article } from "../articles/article.js";

/** Cuts `text` to at most `maxChars` characters at a word boundary, ending with "…". */
export function truncateAtWord(text: string, maxChars: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= maxChars) return trimmed;
  let cut = trimmed.slice(0, Math.max(1, maxChars - 1));
  const lastSpace = cut.lastIndexOf(" ");
  if (lastSpace > maxChars / 2) cut = cut.slice(0, lastSpace);
  else if (/[\ud800-\udbff]$/u.test(cut)) cut = cut.slice(0, -1);
  return `${cut.replace(/[\s,;:–—-]+$/u, "")}…`;
}

/** Whitespace collapsed within lines, blank lines kept as paragraph breaks. */
export function tidyText(text: string): string {
  return text
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.replace(/\s+/gu, " ").trim())
    .filter((paragraph) => paragraph !== "")
    .join("\n\n");
}

/**
 * The text to summarise: the feed body when it is long enough, else the longest of the fetched
 * full text, the body and the feed summary; bounded to `maxChars`.
 */
export function chooseArticleText(article: Article, fullText: string | undefined, maxChars: number): string {
  const candidates = [fullText, article.body, article.summary].map((text) => tidyText(text ?? ""));
  const longest = candidates.reduce((best, text) => (text.length > best.length ? text : best), "");
  return longest.slice(0, maxChars);
}

/** A digest as text for the model: one paragraph per story (title, outlet, teaser), bounded. */
export function digestText(articles: readonly Article[], maxChars: number, maxTeaserChars = 400): string {
  const paragraphs = articles.map((article) => {
    const teaser = truncateAtWord(tidyText(article.summary).replace(/\n+/gu, " "), maxTeaserChars);
    const title = article.title.replace(/\s+/gu, " ").trim();
    return `${/[.!?…]$/u.test(title) ? title : `${title}.`} (${article.source})${teaser ? ` ${teaser}` : ""}`;
  });
  return paragraphs.join("\n\n").slice(0, maxChars);
}

/** A stable key for a digest of these articles, whatever their order. */
export function digestKeyOf(articleIds: readonly string[]): string {
  return shortHash([...new Set(articleIds)].sort().join("\n"));
}

/** 16 hex characters of SHA-256. */
export function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

/** The UTC day (`YYYY-MM-DD`) of an epoch-ms time: the unit of the token budget. */
export function utcDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** A rough token estimate for budget reservations: one token per 4 characters, rounded up. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
