/** The grouping digests and briefings use: same-story merging, then ranking by outlets and recency. */
import { clusterStories } from "./cluster-stories.js";
import { rankStories } from "./rank-stories.js";
import type { StoryGrouper } from "./story.js";

/** Same-story merging plus ranking by outlets and recency. */
export const groupAndRankStories: StoryGrouper = (articles, now) => rankStories(clusterStories(articles), now);
