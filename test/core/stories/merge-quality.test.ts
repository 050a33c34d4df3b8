import { beforeAll, describe, expect, it } from "vitest";
import type { Article } from "../../../src/core/articles/article.js";
import { clusterStories } from "../../../src/core/stories/cluster-stories.js";
import { datedOtherwise, datesOf } from "../../../src/core/stories/story-dates.js";
import { numbersOf } from "../../../src/core/stories/story-numbers.js";
import { evaluateMerging } from "../../helpers/merge-eval.js";

// The target is precision ≥ 0.99 and recall ≥ 0.8. With the test's quick protocol (each pair
// clustered with the first 16 background items, see SOURCES.md) merging measures precision 0.992 and
// recall 0.784 on all 328 pairs (the bench's full protocol, 81 items: 0.992 / 0.802). The floors sit
// a small margin below the measured level; raise them as merging improves.
const PRECISION_FLOOR = 0.98;
const RECALL_FLOOR = 0.77;
const QUICK_BACKGROUND = 16;

// 328 clusterings of an 18-article batch: seconds, more on a busy machine.
const EVAL_TIMEOUT_MS = 120_000;

describe("same-story merging on the labelled pairs", () => {
  let result: ReturnType<typeof evaluateMerging>;
  beforeAll(() => {
    result = evaluateMerging(undefined, {}, QUICK_BACKGROUND);
  }, EVAL_TIMEOUT_MS);

  it("keeps precision and recall at or above the measured level", () => {
    expect(result.pairs).toBeGreaterThanOrEqual(300);
    expect(result.precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
    expect(result.recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });

  it("never merges items that share only boilerplate", () => {
    expect(result.falsePositives.filter((pair) => pair.kind === "boilerplate").map((pair) => pair.id)).toEqual([]);
  });
});

describe("evidence of different stories", () => {
  let counter = 0;
  const item = (source: string, title: string, summary = ""): Article => ({
    id: `m${++counter}`,
    sectionId: "s",
    feedUrl: `https://${source.toLowerCase().replace(/\W/g, "")}.example/feed`,
    source,
    title,
    url: `https://example.com/${counter}`,
    summary,
    publishedAt: 1_000 + counter,
    publishedAtFromFeed: true,
    firstSeenAt: 1_000 + counter,
    tags: [],
    backfill: false,
  });

  it("reads one number in every format outlets use", () => {
    expect([...numbersOf("Vision Pro at $3,499")]).toEqual(["3499"]);
    expect([...numbersOf("Vision Pro at $3499")]).toEqual(["3499"]);
    expect([...numbersOf("800,000 doses")]).toEqual([...numbersOf("800000 doses")]);
    expect([...numbersOf("58,5 % des voix")]).toEqual(["58.5"]);
    expect([...numbersOf("plus de 4 000 morts")]).toEqual(["4000"]);
    expect(numbersOf("Apple reports second quarter results").has("q2")).toBe(true);
    expect(numbersOf("SAP enttäuscht im zweiten Quartal").has("q2")).toBe(true);
  });

  it("tells a dated release from an announcement for next year", () => {
    const sale = datesOf("Vision Pro goes on sale February 2nd");
    expect([...sale.months]).toEqual([2]);
    expect(datedOtherwise(sale, datesOf("Vision Pro will ship early next year"))).toBe(true);
    expect(datedOtherwise(sale, datesOf("Vision Pro on sale from 2 février"))).toBe(false);
    expect(datesOf("Fed signals a pause may be coming").months.size).toBe(0);
    expect(datesOf("Apple June-quarter revenue falls").months.size).toBe(0);
  });

  it("keeps apart reports naming different places, numbers or a repetition", () => {
    const pairs: [string, string][] = [
      ["Magnitude 7.8 earthquake strikes Nepal", "Magnitude 7.8 earthquake strikes Turkey"],
      ["Biden sworn in as 46th U.S. president", "Trump sworn in as 47th U.S. president"],
      ["Apple reports second quarter results", "Apple reports third quarter results"],
      ["Fed hikes rates by 75 basis points", "Fed delivers another 75 basis point rate hike"],
      ["Former mayor convicted of bribery in city hall scandal", "Former mayor sentenced in city hall bribery scandal"],
      ["Senate confirms Lopez as energy secretary", "President nominates Lopez as energy secretary"],
      ["Rivera elected governor of the state", "Rivera re-elected governor of the state"],
      ["City museum closes after flood damage", "City museum reopens after flood damage"],
      ["Opinion | The tram extension is a mistake for the city", "Tram extension approved by city council"],
      ["Why the tram extension was approved by the council?", "Tram extension approved by city council"],
      ["Porto beat Benfica to win the Portuguese Cup final", "Porto win the Portuguese Cup final against Braga"],
      ["Bundestag wählt Olaf Scholz zum Bundeskanzler", "Bundestag wählt Friedrich Merz zum Bundeskanzler"],
    ];
    for (const [a, b] of pairs) expect(clusterStories([item("A", a), item("B", b)])).toHaveLength(2);
  });

  it("merges one event reported in other words or another language", () => {
    const groups: string[][] = [
      ["Prime Minister Costa resigns over corruption probe", "Premierminister Costa tritt zurück", "Le Premier ministre Costa démissionne"],
      ["Central bank raises rates by 50 basis points", "Central bank hikes rates by 0.5%"],
      ["Acme ends merger talks with Zenith", "Acme and Zenith end merger talks, says Acme"],
      ["Japanese monkeys stealing babies, Yamaguchi city officials say", "Japanese city under attack by violent monkeys"],
    ];
    for (const titles of groups) {
      const stories = clusterStories(titles.map((title, i) => item(`Outlet${i}`, title)));
      expect(stories.map((story) => story.articles.length)).toEqual([titles.length]);
    }
    expect([...numbersOf("a quarter-point rise, not three-quarters of a point")].sort()).toEqual(["0.25", "0.75"]);
    expect([...numbersOf("quarante-cinq jours")]).toEqual(["45"]);
  });

  it("does not count a lead sentence repeated across one feed's items as evidence", () => {
    const boiler = "Sign up for our newsletter to get the day's top stories delivered to your inbox every morning.";
    const stories = clusterStories([
      item("Daily", "City council approves northern tram extension", `${boiler} Councillors voted 31 to 12.`),
      item("Daily", "Leaked council documents show cost overruns on housing scheme", `${boiler} The papers date from March.`),
      item("Daily", "Storm batters coast as thousands evacuate", boiler),
    ]);
    expect(stories).toHaveLength(3);
  });
});
