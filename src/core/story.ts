/**
 * A story: one piece of news, possibly carried by several outlets (merged articles).
 */
import type { Article } from "./model.js";

/** Articles reporting the same news; `lead` is the one shown. */
export interface Story {
  lead: Article;
  /** Every article of the story, the lead included, one per outlet at most. */
  articles: Article[];
}

/** Groups articles into stories. The default keeps each article alone; clustering replaces it. */
export type StoryGrouper = (articles: readonly Article[], now: number) => Story[];

/** Each article its own story, newest first. */
export const ungroupedStories: StoryGrouper = (articles) =>
  [...articles]
    .sort((left, right) => right.publishedAt - left.publishedAt)
    .map((article) => ({ lead: article, articles: [article] }));
