import { describe, expect, it } from "vitest";
import type { Article } from "../../../src/core/articles/article.js";
import { clusterStories } from "../../../src/core/stories/cluster-stories.js";
import { type Story, bestDateOf } from "../../../src/core/stories/story.js";
import { rankStories, spreadOutlets } from "../../../src/core/stories/rank-stories.js";

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 11, 2, 12);
let counter = 0;

function article(fields: Partial<Article> & { source: string; title: string }): Article {
  counter++;
  return {
    id: `b${String(counter).padStart(4, "0")}`,
    sectionId: "world",
    feedUrl: `https://${fields.source.toLowerCase().replace(/\W/g, "")}.example/feed`,
    url: `https://example.com/${counter}`,
    summary: "",
    publishedAt: NOW - HOUR,
    publishedAtFromFeed: true,
    firstSeenAt: NOW - HOUR,
    tags: [],
    backfill: false,
    ...fields,
  };
}

/** An undated item of a feed's first fetch: stamped with the first-seen time, which is now. */
function undatedBackfill(source: string, title: string): Article {
  return article({ source, title, publishedAt: NOW, firstSeenAt: NOW, publishedAtFromFeed: false, backfill: true });
}

const titlesOf = (stories: readonly Story[]) => stories.map((story) => story.representative.title);

describe("freshness by the best date known", () => {
  it("ranks a backfill of undated items below dated news, although they were first seen just now", () => {
    const undated = Array.from({ length: 60 }, (_, i) => undatedBackfill("heise online", `Thema${i}x Bericht${i}y`));
    const dated = [
      article({ source: "Civic Wire", title: "Ceasefire talks open in Geneva", publishedAt: NOW - 5 * HOUR }),
      article({ source: "World Desk", title: "Flooding closes the Danube port", publishedAt: NOW - 30 * HOUR }),
    ];
    const ranked = rankStories(clusterStories([...undated, ...dated]), NOW);
    expect(titlesOf(ranked.slice(0, 2))).toEqual(["Ceasefire talks open in Geneva", "Flooding closes the Danube port"]);
    expect(ranked).toHaveLength(62);
    expect(bestDateOf(undated[0]!)).toBeUndefined();
  });

  it("dates an undated item of an initialised feed by when it was first seen: it is new", () => {
    const fresh = article({ source: "heise online", title: "Neue Meldung zur Chipfertigung", publishedAt: NOW - 10 * 60_000, firstSeenAt: NOW - 10 * 60_000, publishedAtFromFeed: false });
    const older = article({ source: "Civic Wire", title: "Ceasefire talks open in Geneva", publishedAt: NOW - 20 * HOUR });
    expect(bestDateOf(fresh)).toBe(NOW - 10 * 60_000);
    expect(titlesOf(rankStories(clusterStories([older, fresh]), NOW))).toEqual(["Neue Meldung zur Chipfertigung", "Ceasefire talks open in Geneva"]);
  });

  it("weighs a story by the outlets carrying it", () => {
    const lone = article({ source: "Civic Wire", title: "Mayor opens the new bridge", publishedAt: NOW - HOUR });
    const shared = ["Outlet A", "Outlet B", "Outlet C"].map((source) => article({ source, title: "Parliament passes budget after all-night session", publishedAt: NOW - 4 * HOUR }));
    expect(titlesOf(rankStories(clusterStories([lone, ...shared]), NOW))).toEqual(["Parliament passes budget after all-night session", "Mayor opens the new bridge"]);
  });
});

describe("tie-breaks", () => {
  it("orders equal scores by title, not by id, and undated stories by outlets then title", () => {
    const zeta = article({ id: "000001", source: "Civic Wire", title: "Zeta index climbs", publishedAt: NOW - 2 * HOUR });
    const alpha = article({ id: "ffffff", source: "World Desk", title: "Alpha index falls", publishedAt: NOW - 2 * HOUR });
    expect(titlesOf(rankStories(clusterStories([zeta, alpha]), NOW))).toEqual(["Alpha index falls", "Zeta index climbs"]);

    const undatedLone = undatedBackfill("heise online", "Aachen baut Rechenzentrum");
    const undatedShared = ["heise online", "Golem"].map((source) => undatedBackfill(source, "Zwei Anbieter melden Störung im Mobilfunknetz"));
    const ranked = rankStories(clusterStories([undatedLone, ...undatedShared]), NOW);
    expect(titlesOf(ranked)).toEqual(["Zwei Anbieter melden Störung im Mobilfunknetz", "Aachen baut Rechenzentrum"]);
  });

  it("gives the same order whatever the input order", () => {
    const articles = Array.from({ length: 12 }, (_, i) => article({ source: `Outlet ${i % 3}`, title: `Report ${String.fromCharCode(65 + i)} on harbour ${i}`, publishedAt: NOW - (i % 4) * HOUR }));
    const forward = titlesOf(rankStories(clusterStories(articles), NOW));
    const backward = titlesOf(rankStories(clusterStories([...articles].reverse()), NOW));
    expect(backward).toEqual(forward);
  });
});

describe("outlet diversity", () => {
  const story = (source: string, title: string, hoursAgo: number) => clusterStories([article({ source, title, publishedAt: NOW - hoursAgo * HOUR })])[0]!;

  it("shows at most 2 stories of one outlet per page while others have stories, and drops none", () => {
    const ranked = [
      ...Array.from({ length: 8 }, (_, i) => story("heise online", `Heise story ${i}`, i * 0.1)),
      story("Civic Wire", "Wire story 1", 3),
      story("Civic Wire", "Wire story 2", 4),
      story("World Desk", "Desk story 1", 5),
    ];
    const spread = spreadOutlets(ranked, 5);
    expect(titlesOf(spread.slice(0, 5))).toEqual(["Heise story 0", "Heise story 1", "Wire story 1", "Wire story 2", "Desk story 1"]);
    // Only heise is left: its stories fill the next pages in rank order.
    expect(titlesOf(spread.slice(5))).toEqual(["Heise story 2", "Heise story 3", "Heise story 4", "Heise story 5", "Heise story 6", "Heise story 7"]);
    expect(new Set(spread.map((entry) => entry.id)).size).toBe(ranked.length);
  });

  it("keeps rank order in a section with one outlet", () => {
    const ranked = Array.from({ length: 7 }, (_, i) => story("heise online", `Only outlet story ${i}`, i));
    expect(spreadOutlets(ranked, 5)).toEqual(ranked);
  });
});
