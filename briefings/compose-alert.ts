/**
 * Follow alerts: one story and why the chat is told about it; or, past the hourly cap, one message
 * listing the stories that were held back.
 */
import type { BriefingDocument, BriefingItem } from "../src/core/digests/briefing-document.js";
import type { Article } from "../src/core/articles/article.js";
import { formatAge, plural } from "../src/core/shared/format-time.js";

/** An article and the reason it matched. */
export interface AlertEntry {
  article: Article;
  reason: string;
}

/** A single alert. */
export function composeAlert(article: Article, reason: string, now: number): BriefingDocument {
  return {
    kind: "briefing",
    title: "Follow alert",
    sections: [{ items: [alertItem({ article, reason }, now)] }],
  };
}

/** The alerts held back by the hourly cap, as one message. */
export function composeAlertBatch(entries: readonly AlertEntry[], now: number, maxItems: number): BriefingDocument {
  const shown = entries.slice(0, maxItems);
  const more = entries.length - shown.length;
  return {
    kind: "briefing",
    title: "More stories about topics you follow",
    subtitle: `${plural(entries.length, "story", "stories")} held back to avoid flooding this chat`,
    sections: [{ items: shown.map((entry) => alertItem(entry, now)) }],
    ...(more > 0 ? { footer: `${plural(more, "more story", "more stories")} not listed.` } : {}),
  };
}

function alertItem(entry: AlertEntry, now: number): BriefingItem {
  const { article } = entry;
  return {
    title: article.title,
    url: article.url,
    ...(article.summary ? { summary: article.summary } : {}),
    sources: [{ name: article.source, url: article.url }],
    publishedAt: article.publishedAt,
    articleId: article.id,
    reason: entry.reason,
    detail: formatAge(article.publishedAt, now),
  };
}
