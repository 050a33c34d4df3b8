/**
 * Stories: articles grouped (same news from several outlets merged) and ranked for digests.
 */
import type { Article } from "../articles/article.js";
import { clusterStories, type Story } from "./cluster-stories.js";
import { rankStories } from "./rank-stories.js";

export type { Story } from "./cluster-stories.js";

/** Groups articles into stories and ranks them, best first. */
export type StoryGrouper = (articles: readonly Article[], now: number) => Story[];

/** Same-story merging plus ranking by outlets and recency. */
export const groupAndRankStories: StoryGrouper = (articles, now) => rankStories(clusterStories(articles), now);
