/**
 * Follow alerts: one story and why the chat is told about it; or, past the hourly cap, one message
 * listing the stories that were held back. Written in the chat's language.
 */
import type { BriefingDocument, BriefingItem, Wording } from "../src/core/digests/briefing-document.js";
import type { Article } from "../src/core/articles/article.js";
import { formatAge } from "../src/core/shared/format-time.js";
import type { TextOf } from "../src/core/shared/translator.js";

/** An article and the reason it matched (already in the chat's language, see {@link matchReason}). */
export interface AlertEntry {
  article: Article;
  reason: string;
}

/** What a follow matched: the topic, the name (topic or alias) found, and where (a follow index's match fits). */
export interface MatchedFollow {
  topic: string;
  matchedName: string;
  field: "title" | "tags" | "summary" | "body";
  /** For a prefix form (Путин*): the word of the article it matched (Путина). */
  matchedWord?: string;
}

/**
 * Why an article matched, as a phrase for the alert in the chat's language: "mentions APT31 in the
 * title", "mentions Zirconium, also known as APT31, in the summary", "mentions Путина (Путин*) in the title". Plain text: escape when rendering.
 */
export function matchReason(match: MatchedFollow, text: TextOf): string {
  // A prefix form says which word it matched: "Путина (Путин*)".
  const found = match.matchedWord === undefined ? match.matchedName : `${match.matchedWord} (${match.matchedName})`;
  const name = match.matchedName === match.topic || !match.topic ? found : text("alert-name-alias", { name: found, topic: match.topic });
  return text(`alert-reason-${match.field}`, { name });
}

/** A single alert. */
export function composeAlert(article: Article, reason: string, now: number, wording: Wording): BriefingDocument {
  return {
    kind: "briefing",
    language: wording.language,
    title: wording.text("alert-title"),
    sections: [{ items: [alertItem({ article, reason }, now, wording.language)] }],
  };
}

/** The alerts held back by the hourly cap, as one message. */
export function composeAlertBatch(entries: readonly AlertEntry[], now: number, maxItems: number, wording: Wording): BriefingDocument {
  const { text, language } = wording;
  const shown = entries.slice(0, maxItems);
  const more = entries.length - shown.length;
  return {
    kind: "briefing",
    language,
    title: text("alert-batch-title"),
    subtitle: text("alert-batch-held", { count: entries.length }),
    sections: [{ items: shown.map((entry) => alertItem(entry, now, language)) }],
    ...(more > 0 ? { footer: text("alert-batch-more", { count: more }) } : {}),
  };
}

function alertItem(entry: AlertEntry, now: number, language: string): BriefingItem {
  const { article } = entry;
  return {
    title: article.title,
    url: article.url,
    ...(article.summary ? { summary: article.summary } : {}),
    sources: [{ name: article.source, url: article.url }],
    publishedAt: article.publishedAt,
    articleId: article.id,
    reason: entry.reason,
    detail: formatAge(article.publishedAt, now, language),
  };
}
