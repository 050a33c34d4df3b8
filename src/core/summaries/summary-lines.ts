/**
 * Summary lines for the stories a document shows, computed concurrently (each is cached and
 * single-flight in the summary service, so many chats reading one digest cost one call per article).
 */
import type { Article } from "../articles/article.js";
import type { Story } from "../stories/story.js";

/** A chat's language settings, which decide its summaries' language (a `ChatSettings` fits). */
export interface SummaryReaderSettings {
  language: string;
  languageFrom?: string;
}

/** The summary line of an article for a chat: in the chat's summary language (see `SummaryService.languageFor`). */
export type ArticleSummaryLine = (article: Article, reader: SummaryReaderSettings) => Promise<string>;

/** `summarize` bound to one chat; undefined stays undefined (no summaries). */
export function readerSummaries(summarize: ArticleSummaryLine | undefined, reader: SummaryReaderSettings): ((article: Article) => Promise<string>) | undefined {
  return summarize ? (article) => summarize(article, reader) : undefined;
}

/** Article id → summary line, for the representatives of `stories`. Failures leave the teaser. */
export async function summaryLines(
  stories: readonly Story[],
  summarize: ((article: Article) => Promise<string>) | undefined,
): Promise<ReadonlyMap<string, string>> {
  if (!summarize) return new Map();
  const entries = await Promise.all(
    stories.map(async (story): Promise<[string, string] | undefined> => {
      const text = await summarize(story.representative).catch(() => "");
      return text ? [story.representative.id, text] : undefined;
    }),
  );
  return new Map(entries.filter((entry): entry is [string, string] => entry !== undefined));
}
