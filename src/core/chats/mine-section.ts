/**
 * A chat's own section, "mine": the feeds it added (`/source add`). Articles of a chat-added feed
 * are stored under a section of that feed alone (`feed-<hash of its URL>`), so that the section
 * index gives one feed's articles without reading the others'; "mine" merges the chat's feeds.
 * A URL the operator also configured is polled as the operator's: its articles are read from that
 * section, keeping only the feed's own.
 */
import { hash } from "node:crypto";
import type { Article } from "../articles/article.js";
import type { ChatSource } from "./chat.js";
import type { Section } from "../feeds/feed.js";
import type { ArticleStore } from "../articles/article-ports.js";
import type { TextOf } from "../shared/translator.js";

/** What users type for their own feeds: `/digest mine`. */
export const MINE_SECTION_ID = "mine";

/** The section id a chat-added feed's articles are stored under. */
export function chatFeedSectionId(url: string): string {
  return `feed-${hash("sha256", url).slice(0, 16)}`;
}

/**
 * Whether a chat may be shown `article` outside its sections (follow alerts, the follow part of a
 * briefing): an article of a feed some chat added is only for the chats that added it.
 */
export function isVisibleTo(article: Pick<Article, "sectionId" | "feedUrl">, sources: readonly Pick<ChatSource, "url">[]): boolean {
  if (article.sectionId !== chatFeedSectionId(article.feedUrl)) return true;
  return sources.some((source) => source.url === article.feedUrl);
}

/**
 * The chat's own section, with its feeds (names as the chat gave them); its title and description
 * in the language `text` writes (`mine-title`, `mine-description`), English without it.
 */
export function mineSection(sources: readonly ChatSource[], text: TextOf): Section {
  return {
    id: MINE_SECTION_ID,
    title: text("mine-title"),
    description: text("mine-description"),
    feeds: sources.map((source) => ({ url: source.url, sectionId: chatFeedSectionId(source.url), name: source.name, pollIntervalSeconds: 0 })),
  };
}

/**
 * Articles of the chat's own feeds first seen or published at or after `since`, newest first, at
 * most `limit`: one indexed listing per feed (a chat has at most `MAX_SOURCES_PER_CHAT`).
 */
export async function listMine(
  articles: Pick<ArticleStore, "listSection">,
  sources: readonly Pick<ChatSource, "url">[],
  configuredSectionOf: (url: string) => string | undefined,
  since: number,
  limit: number,
): Promise<Article[]> {
  const lists = await Promise.all(
    sources.map(async (source) => {
      const configured = configuredSectionOf(source.url);
      if (configured === undefined) return articles.listSection(chatFeedSectionId(source.url), since, limit);
      return (await articles.listSection(configured, since, limit)).filter((article) => article.feedUrl === source.url);
    }),
  );
  return lists
    .flat()
    .sort((left, right) => right.publishedAt - left.publishedAt || (left.id < right.id ? 1 : -1))
    .slice(0, limit);
}
