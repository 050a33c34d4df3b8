/**
 * Story ranking for digests and briefings: what comes first, and why.
 *
 * 1. **Freshness by the best date known.** An article's date is the feed's own date; for an item the
 *    feed gave no date, the moment newsdesk first saw it, but only when the feed was already being
 *    read (a new item then). An undated item of a feed's first fetch (backfill) has no date known:
 *    it is old news of unknown age, and ranks below every dated story.
 * 2. **Outlets carrying the story**: score `(1 + log2(outlets)) × 0.5 ^ (ageHours / halfLifeHours)`.
 * 3. **Ties** (equal scores): more outlets, then newer, then title (code-point order), then story id.
 * 4. **Outlet diversity** ({@link spreadOutlets}): within each page of a digest, at most `perOutlet`
 *    stories led by one outlet; a story over the cap moves down to the next page that has room, and
 *    fills a page only when other outlets have nothing left for it. Nothing is dropped.
 */
import { compareIds, storyDateOf, type Story } from "./story.js";

/** Most stories led by one outlet on a page of a digest or a briefing's section, while others have stories. */
export const STORIES_PER_OUTLET = 2;

/** Ranking weights for {@link rankStories}. */
export interface RankOptions {
  /** Hours after which a story's recency factor halves. */
  halfLifeHours: number;
}


/**
 * The ranking score of a story: `(1 + log2(outlets)) × 0.5 ^ (ageHours / halfLifeHours)`, where
 * age is measured from the story's newest known date (never negative). With the default half-life of
 * 6 hours, a story from 3 outlets (factor 2.58) outranks a lone report up to ~8 hours fresher.
 * A story without any known date scores 0: it ranks below every dated story.
 */
export function scoreStory(story: Story, now: number, options: Partial<RankOptions> = {}): number {
  const date = storyDateOf(story);
  if (date === undefined) return 0;
  const halfLife = options.halfLifeHours ?? 6;
  const ageHours = Math.max(0, now - date) / 3_600_000;
  return (1 + Math.log2(Math.max(1, story.outlets.length))) * 0.5 ** (ageHours / halfLife);
}

/**
 * Stories by descending {@link scoreStory}, each once (by id). Ties: more outlets, then newer (best
 * date known; unknown last), then title, then id.
 */
export function rankStories(stories: readonly Story[], now: number, options: Partial<RankOptions> = {}): Story[] {
  const unique = [...new Map(stories.map((story) => [story.id, story])).values()];
  const scored = unique.map((story) => ({ story, score: scoreStory(story, now, options), date: storyDateOf(story) ?? -Infinity }));
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      b.story.outlets.length - a.story.outlets.length ||
      (b.date === a.date ? 0 : b.date > a.date ? 1 : -1) ||
      compareIds(a.story.representative.title, b.story.representative.title) ||
      compareIds(a.story.id, b.story.id),
  );
  return scored.map(({ story }) => story);
}

/** The outlet a story counts against for diversity: its lead (representative) article's, folded. */
export function leadOutletOf(story: Story): string {
  return story.representative.source.trim().toLowerCase();
}

/**
 * Reorders ranked stories page by page so that no page of `pageSize` holds more than `perOutlet`
 * stories led by one outlet, as long as other outlets have stories left to fill it. Within a page
 * stories keep their rank order; a story skipped for its outlet leads the next page with room.
 * Every story is returned exactly once.
 */
export function spreadOutlets(ranked: readonly Story[], pageSize: number, perOutlet = STORIES_PER_OUTLET): Story[] {
  if (pageSize < 1 || perOutlet < 1) return [...ranked];
  const remaining = [...ranked];
  const ordered: Story[] = [];
  while (remaining.length > 0) {
    const counts = new Map<string, number>();
    const page: number[] = [];
    for (let index = 0; index < remaining.length && page.length < pageSize; index++) {
      const outlet = leadOutletOf(remaining[index]!);
      const count = counts.get(outlet) ?? 0;
      if (count >= perOutlet) continue;
      counts.set(outlet, count + 1);
      page.push(index);
    }
    // Not enough other outlets: fill the page with the best of the rest, in rank order.
    for (let index = 0; index < remaining.length && page.length < pageSize; index++) {
      if (!page.includes(index)) page.push(index);
    }
    page.sort((a, b) => a - b);
    ordered.push(...page.map((index) => remaining[index]!));
    const taken = new Set(page);
    const rest = remaining.filter((_, index) => !taken.has(index));
    remaining.length = 0;
    remaining.push(...rest);
  }
  return ordered;
}
