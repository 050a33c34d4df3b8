/**
 * Story ranking for digests.
 */
import { compareIds, type Story } from "./cluster-stories.js";

/** Ranking weights for {@link rankStories}. */
export interface RankOptions {
  /** Hours after which a story's recency factor halves. */
  halfLifeHours: number;
}

/**
 * The ranking score of a story: `(1 + log2(outlets)) × 0.5 ^ (ageHours / halfLifeHours)`, where
 * age is measured from the story's latest report (never negative). With the default half-life of
 * 6 hours, a story from 3 outlets (factor 2.58) outranks a lone report up to ~8 hours fresher.
 */
export function scoreStory(story: Story, now: number, options: Partial<RankOptions> = {}): number {
  const halfLife = options.halfLifeHours ?? 6;
  const ageHours = Math.max(0, now - story.latestAt) / 3_600_000;
  return (1 + Math.log2(Math.max(1, story.outlets.length))) * 0.5 ** (ageHours / halfLife);
}

/** Stories by descending {@link scoreStory}, each once (by id); ties: newer, then smaller id. */
export function rankStories(stories: readonly Story[], now: number, options: Partial<RankOptions> = {}): Story[] {
  const unique = [...new Map(stories.map((story) => [story.id, story])).values()];
  const scored = unique.map((story) => ({ story, score: scoreStory(story, now, options) }));
  scored.sort((a, b) => b.score - a.score || b.story.latestAt - a.story.latestAt || compareIds(a.story.id, b.story.id));
  return scored.map(({ story }) => story);
}
