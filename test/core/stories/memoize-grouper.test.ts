import { describe, expect, it } from "vitest";
import { memoizeStoryGrouper } from "../../../src/core/stories/memoize-grouper.js";
import type { Article } from "../../../src/core/articles/article.js";
import { groupAndRankStories } from "../../../src/core/stories/group-stories.js";
import { type StoryGrouper } from "../../../src/core/stories/story.js";

const NOW = Date.UTC(2026, 11, 3, 7, 0);

function article(id: string, title: string, minutesAgo: number): Article {
  const at = NOW - minutesAgo * 60_000;
  return {
    id, sectionId: "world", feedUrl: `https://${id}.example/rss`, source: `Outlet ${id}`, title, url: `https://${id}.example/a`,
    summary: "", publishedAt: at, publishedAtFromFeed: true, firstSeenAt: at, tags: [], backfill: false,
  };
}

function counting(grouper: StoryGrouper): { grouper: StoryGrouper; calls: () => number } {
  let calls = 0;
  return { grouper: (articles, now) => ((calls += 1), grouper(articles, now)), calls: () => calls };
}

describe("memoizeStoryGrouper", () => {
  const candidates = [article("a", "Parliament passes the budget", 5), article("b", "Budget passes parliament", 7), article("c", "Storm closes the port", 9)];

  it("groups the same candidates within a minute once, with the same stories as the grouper", () => {
    const inner = counting(groupAndRankStories);
    const memo = memoizeStoryGrouper(inner.grouper);
    const first = memo(candidates, NOW);
    const second = memo([...candidates], NOW + 20_000);
    expect(second).toBe(first);
    expect(inner.calls()).toBe(1);
    expect(first.map((story) => story.articles.map((a) => a.id))).toEqual(groupAndRankStories(candidates, NOW).map((story) => story.articles.map((a) => a.id)));
  });

  it("groups again when the candidates, their dates or the minute differ", () => {
    const inner = counting(groupAndRankStories);
    const memo = memoizeStoryGrouper(inner.grouper);
    memo(candidates, NOW);
    memo(candidates.slice(1), NOW);
    memo([{ ...candidates[0]!, publishedAt: NOW - 60_000 }, ...candidates.slice(1)], NOW);
    memo(candidates, NOW + 60_000);
    expect(inner.calls()).toBe(4);
  });

  it("hands out stories no caller can change for the next chat", () => {
    const memo = memoizeStoryGrouper(groupAndRankStories);
    const stories = memo(candidates, NOW);
    expect(() => (stories as unknown as unknown[]).push(stories[0])).toThrow(TypeError);
    expect(() => stories[0]!.articles.pop()).toThrow(TypeError);
    expect(memo(candidates, NOW)).toHaveLength(stories.length);
  });

  it("keeps at most maxEntries results, dropping the least recently used", () => {
    const inner = counting(groupAndRankStories);
    const memo = memoizeStoryGrouper(inner.grouper, { maxEntries: 2 });
    const [a, b, c] = [[candidates[0]!], [candidates[1]!], [candidates[2]!]];
    memo(a, NOW);
    memo(b, NOW);
    memo(a, NOW); // a is now the most recent
    memo(c, NOW); // drops b
    memo(a, NOW);
    expect(inner.calls()).toBe(3);
    memo(b, NOW);
    expect(inner.calls()).toBe(4);
  });
});
