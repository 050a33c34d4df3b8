/**
 * Same-story merging: the evidence rules of issue 11's second round (speakers, consequences, deal
 * ends, feed title suffixes, named things, names in one frame, years left out), each as what a
 * reader of a digest sees: two lines or one.
 */
import { describe, expect, it } from "vitest";
import type { Article } from "../../../src/core/articles/article.js";
import { clusterStories } from "../../../src/core/stories/cluster-stories.js";

let counter = 0;
function item(source: string, title: string, summary = ""): Article {
  counter += 1;
  return {
    id: `e${counter}`,
    sectionId: "s",
    feedUrl: `https://${source.toLowerCase().replace(/\W/g, "")}.example/feed`,
    source,
    title,
    url: `https://example.com/e${counter}`,
    summary,
    publishedAt: 1_000 + counter,
    publishedAtFromFeed: true,
    firstSeenAt: 1_000 + counter,
    tags: [],
    backfill: false,
  };
}

/** Unrelated news of the same section, so that word rarity is that of a real batch. */
const OTHER_NEWS = [
  "Storm batters coast as thousands evacuate",
  "City council approves northern tram extension",
  "Heatwave pushes power demand to a record",
  "Museum returns looted bronzes to Nigeria",
  "Teachers vote to accept pay offer",
  "New species of frog found in cloud forest",
];

/** How many digest lines the items make, among unrelated news (which adds one line each). */
const lines = (...items: Article[]): number => clusterStories([...OTHER_NEWS.map((title) => item("Wire", title)), ...items]).length - OTHER_NEWS.length;

describe("same-story merging keeps apart", () => {
  it("two people's statements on one election", () => {
    expect(lines(item("TPM", "Ryan: GOP is sticking with Trump despite election rout"), item("TPM", "Pelosi: GOP election rout is a bellwether for Trump"))).toBe(2);
    expect(lines(item("TPM", "Top Dems say election rout shows GOP should worry about Trump"), item("TPM", "Ryan says GOP is sticking with Trump despite election rout"))).toBe(2);
    // One speaker's statement reported twice is one story.
    expect(lines(item("TPM", "Ryan: GOP is sticking with Trump despite election rout"), item("Fox", "Ryan says GOP is sticking with Trump despite election rout"))).toBe(1);
  });

  it("a market reaction and the rate rise it follows", () => {
    expect(lines(item("Yahoo", "Federal Reserve raises interest rates by 0.75%"), item("Reuters", "U.S. stocks rally after Fed rate hike"))).toBe(2);
    // Two reports of the reaction are one story.
    expect(lines(item("Reuters", "U.S. stocks rally after Fed rate hike"), item("CNBC", "US stocks rally after Fed raises rates"))).toBe(1);
  });

  it("the end of a merger deal and an earlier offer for it", () => {
    const end = item("The Verge", "Spirit and Frontier Airlines throw out merger agreement");
    expect(lines(end, item("CBS", "Spirit Airlines shareholders weigh merger with Frontier as JetBlue pitches rival offer"))).toBe(2);
    expect(lines(end, item("CNBC", "Spirit ends merger agreement with Frontier, continues takeover talks with JetBlue"))).toBe(1);
  });

  it("two videos of one speech whose titles share only the feed's '– video' suffix and the speaker", () => {
    expect(
      lines(
        item("The Guardian", "Moments of protest during Trump's State of the Union address – video"),
        item("The Guardian", "'Extraordinary success': Trump lauds first year at State of the Union – video"),
      ),
    ).toBe(2);
  });

  it("two different people elected or named in the same place of one headline", () => {
    expect(lines(item("A", "Bundestag elects Olaf Scholz as chancellor"), item("B", "Bundestag elects Friedrich Merz as chancellor"))).toBe(2);
    expect(lines(item("A", "Senate confirms Lopez as energy secretary"), item("B", "Senate confirms Okafor as energy secretary"))).toBe(2);
  });
});

describe("same-story merging joins", () => {
  it("one resignation named in full and by surname, 'prime minister' and 'PM'", () => {
    expect(lines(item("The Independent", "Liz Truss resigns as prime minister after 45 days"), item("The Guardian", "Truss quits as PM after 45 days"))).toBe(1);
  });

  it("one rate rise that one outlet calls another and the other 'matching June's move'", () => {
    expect(
      lines(
        item("Yahoo Finance", "Federal Reserve raises interest rates by 0.75%, matching June's historic move"),
        item("CNBC", "The Fed just raised interest rates by another 0.75%—here are 5 things that will be more expensive"),
      ),
    ).toBe(1);
  });

  it("reports naming the same two people, however differently worded", () => {
    expect(
      lines(
        item("CNN", "In a major boost to Democrats, Manchin and Schumer announce deal for energy and health care bill"),
        item("Fox News", "Manchin, Schumer agree to vastly pared back version of Build Back Better"),
      ),
    ).toBe(1);
  });

  it("reports whose extra names are details, not another subject", () => {
    expect(
      lines(
        item("BBC News", "Titan sub: Debris found near Titanic wreck, all five on board dead", "The US Coast Guard says debris found near the Titanic is consistent with a catastrophic implosion of the submersible."),
        item("CNN", "OceanGate says all five aboard missing Titan submersible are believed dead", "OceanGate Expeditions said it believes the five people aboard its Titan submersible have been lost after debris was found on the ocean floor."),
      ),
    ).toBe(1);
  });

  it("a report that gives the year and one that leaves it out", () => {
    expect(
      lines(
        item("IGN", "PlayStation Plus Games for August 2022 Announced"),
        item("PlayStation", "PlayStation Plus Monthly Games for August: Yakuza: Like A Dragon, Tony Hawk’s Pro Skater 1+2, Little Nightmares"),
      ),
    ).toBe(1);
    // Another year stated is another edition.
    expect(lines(item("A", "Spain beat England to win Euro 2024"), item("B", "Italy beat England to win Euro 2020"))).toBe(2);
  });

  it("a mission returning samples 'from another planet' with one that names Mars", () => {
    expect(
      lines(
        item("CNN", "First mission to return samples from another planet set to land on Earth in 2033"),
        item("NASA JPL", "NASA Will Inspire World When It Returns Mars Samples to Earth in 2033"),
      ),
    ).toBe(1);
  });
});
