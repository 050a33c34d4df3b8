/**
 * Grouping and ranking shared between chats: a briefing round composes thousands of briefings from
 * the same few sections, and chats whose candidate articles are the same get the same stories. The
 * memo keys on the candidates (id and date of each, in order) and the minute of `now`, keeps the
 * most recently used results, and hands out frozen arrays, so callers cannot change what another
 * chat will be given.
 */
import type { Article } from "../articles/article.js";
import type { Story, StoryGrouper } from "./story.js";

/** Options of {@link memoizeStoryGrouper}. */
export interface StoryMemoOptions {
  /** Results kept (least recently used dropped first). Default 32. */
  maxEntries?: number;
  /** Width of the `now` buckets sharing a result, in ms. Default 60 s. */
  bucketMs?: number;
}

/** Wraps `grouper` so that identical candidate lists within one minute are grouped once. */
export function memoizeStoryGrouper(grouper: StoryGrouper, options: StoryMemoOptions = {}): StoryGrouper {
  const maxEntries = Math.max(1, options.maxEntries ?? 32);
  const bucketMs = Math.max(1, options.bucketMs ?? 60_000);
  const results = new Map<string, readonly Story[]>();
  return (articles: readonly Article[], now: number): Story[] => {
    const key = keyOf(articles, Math.floor(now / bucketMs));
    const known = results.get(key);
    if (known) {
      results.delete(key);
      results.set(key, known);
      // Callers receive the frozen array typed as the grouper's: writes to it throw.
      return known as Story[];
    }
    const stories = Object.freeze(grouper(articles, now).map(freezeStory)) as readonly Story[];
    results.set(key, stories);
    if (results.size > maxEntries) results.delete(results.keys().next().value as string);
    return stories as Story[];
  };
}

function freezeStory(story: Story): Story {
  Object.freeze(story.articles);
  Object.freeze(story.outlets);
  return Object.freeze(story);
}

function keyOf(articles: readonly Article[], bucket: number): string {
  let key = String(bucket);
  for (const article of articles) key += `|${article.id}@${article.publishedAt}`;
  return key;
}
