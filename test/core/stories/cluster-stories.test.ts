import { describe, expect, it } from "vitest";
import type { Article } from "../../../src/core/articles/article.js";
import { clusterStories } from "../../../src/core/stories/cluster-stories.js";
import { rankStories, scoreStory } from "../../../src/core/stories/rank-stories.js";

const HOUR = 3_600_000;
const NOW = Date.UTC(2025, 4, 1, 12);
let counter = 0;
function article(source: string, title: string, summary = "", hoursAgo = 1): Article {
  counter++;
  return {
    id: `a${String(counter).padStart(3, "0")}`,
    sectionId: "politics",
    feedUrl: `https://${source.toLowerCase().replace(/\W/g, "")}.example/feed`,
    source,
    title,
    url: `https://example.com/${counter}`,
    summary,
    publishedAt: NOW - hoursAgo * HOUR,
    publishedAtFromFeed: true,
    firstSeenAt: NOW - hoursAgo * HOUR,
    tags: [],
    backfill: false,
  };
}

describe("clusterStories", () => {
  it("merges the same story from three outlets, reworded and with an outlet suffix", () => {
    const a = article("Outlet A", "Parliament passes budget after all-night session", "Lawmakers approved the 2026 budget.", 3);
    const b = article("Outlet B", "Budget passes parliament after all-night session - Outlet B", "The budget passed at dawn.", 2);
    const c = article("Outlet C", "Parliament passes budget after all-night session | Outlet C", "A long summary of the vote on the budget, which passed 201 to 150 after a night of debate.", 1);
    const other = article("Outlet A", "Storm batters coast as thousands evacuate", "", 1);
    const stories = clusterStories([a, b, other, c]);
    expect(stories).toHaveLength(2);
    const budget = stories.find((story) => story.articles.length === 3)!;
    expect(budget.outlets).toEqual(["Outlet A", "Outlet B", "Outlet C"]);
    expect(budget.articles.map((x) => x.id)).toEqual([a.id, b.id, c.id]); // earliest first
    expect(budget.id).toBe(a.id);
    expect(budget.representative.id).toBe(c.id); // longest summary
    expect(budget.earliestAt).toBe(a.publishedAt);
    expect(budget.latestAt).toBe(c.publishedAt);
  });

  it("keeps stories apart when they share only common words", () => {
    const stories = clusterStories([
      article("A", "Live updates: Storm batters coast as thousands evacuate"),
      article("B", "Live updates: Election results as polls close"),
      article("C", "Live updates: Markets fall as rates rise"),
      article("D", "Government says it will review the policy"),
      article("E", "Opposition says it will not back the policy"),
    ]);
    expect(stories).toHaveLength(5);
  });

  it("keeps apart similar headlines about different places", () => {
    const stories = clusterStories([
      article("A", "Prime minister visits Paris", "The prime minister met the French president in Paris on Monday to discuss trade."),
      article("B", "Prime minister visits Berlin", "The prime minister met the German chancellor in Berlin on Monday to discuss energy."),
    ]);
    expect(stories).toHaveLength(2);
  });

  it("merges by summary lead when titles differ", () => {
    const stories = clusterStories([
      article("A", "Ministers resign in protest", "Three ministers of the coalition government resigned on Tuesday over the pension reform bill."),
      article("B", "Coalition in crisis", "Three coalition ministers resigned on Tuesday in protest at the pension reform bill."),
    ]);
    expect(stories).toHaveLength(1);
    expect(stories[0]!.outlets).toHaveLength(2);
  });

  it("counts an outlet once and ignores duplicate articles", () => {
    const first = article("Reuters", "Central bank raises interest rates to 5%");
    const update = article("REUTERS", "Central bank raises interest rates to 5% - Reuters");
    const stories = clusterStories([first, update, first]);
    expect(stories).toHaveLength(1);
    expect(stories[0]!.articles).toHaveLength(2);
    expect(stories[0]!.outlets).toEqual(["Reuters"]);
  });

  it("is deterministic regardless of input order and handles empty input", () => {
    const items = [
      article("A", "Earthquake strikes northern Japan"),
      article("B", "Strong earthquake strikes northern Japan, no tsunami warning"),
      article("C", "Football: United win the derby"),
    ];
    const forward = clusterStories(items).map((s) => s.articles.map((x) => x.id));
    const backward = clusterStories([...items].reverse()).map((s) => s.articles.map((x) => x.id));
    expect(forward).toEqual(backward);
    expect(forward).toHaveLength(2);
    expect(clusterStories([])).toEqual([]);
  });

  it("scales to hundreds of articles through the inverted index", () => {
    const many = Array.from({ length: 600 }, (_, i) =>
      article(`Outlet ${i % 3}`, `Story number ${Math.floor(i / 3)} topic${Math.floor(i / 3)} headline word${Math.floor(i / 3)}`),
    );
    // Its speed against 60 articles is measured in bench/hostile-input.bench.ts.
    const stories = clusterStories(many);
    expect(stories).toHaveLength(200);
    expect(stories.every((story) => story.outlets.length === 3)).toBe(true);
  });
});

describe("rankStories", () => {
  const story = (outlets: number, hoursAgo: number, title: string) =>
    clusterStories(Array.from({ length: outlets }, (_, i) => article(`Outlet ${i}`, title, "", hoursAgo)))[0]!;

  it("puts a three-outlet story above a lone one of similar age", () => {
    const lone = story(1, 1, "Mayor opens new bridge");
    const big = story(3, 2, "Parliament passes budget after all-night session");
    expect(big.outlets).toHaveLength(3);
    expect(rankStories([lone, big], NOW).map((s) => s.id)).toEqual([big.id, lone.id]);
  });

  it("puts a fresh story above a stale one and lists each story once", () => {
    const stale = story(1, 30, "Old news about a harbour");
    const fresh = story(1, 1, "Fresh news about an airport");
    expect(rankStories([stale, fresh, stale], NOW).map((s) => s.id)).toEqual([fresh.id, stale.id]);
    expect(scoreStory(fresh, NOW)).toBeGreaterThan(scoreStory(stale, NOW));
    expect(scoreStory(fresh, fresh.latestAt - HOUR)).toBe(1); // future dates count as age 0
  });
});
