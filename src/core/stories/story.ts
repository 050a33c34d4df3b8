/**
 * Stories, the model: articles of different outlets (or updates of one) reporting the same news,
 * grouped by `cluster-stories.ts` and ranked by `rank-stories.ts`; with the dates and the order that
 * digests and briefings show them by. Composers (briefings/) read stories through this file only.
 */
import type { Article } from "../articles/article.js";

/** Articles of different outlets (or updates of one) reporting the same story. */
export interface Story {
  /** The id of the story's earliest article: stable while later reports join. */
  id: string;
  /**
   * The article shown for the story: the longest summary (most informative digest line), then the
   * earliest, then the smallest id.
   */
  representative: Article;
  /** The story's articles, earliest first. */
  articles: Article[];
  /** Distinct outlet names (case- and diacritic-insensitive), in order of first report. */
  outlets: string[];
  earliestAt: number;
  latestAt: number;
}

/** Groups articles into stories and ranks them, best first. */
export type StoryGrouper = (articles: readonly Article[], now: number) => Story[];

/** The best date known of an article (epoch ms), or undefined when its date is unknown. */
export function bestDateOf(article: Article): number | undefined {
  if (article.publishedAtFromFeed) return article.publishedAt;
  return article.backfill ? undefined : article.firstSeenAt;
}

/** The newest best date among a story's articles; undefined when none of them has a known date. */
export function storyDateOf(story: Story): number | undefined {
  let newest: number | undefined;
  for (const article of story.articles) {
    const date = bestDateOf(article);
    if (date !== undefined && (newest === undefined || date > newest)) newest = date;
  }
  return newest;
}

/** Orders ids as strings: the deterministic last tie-break. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
