import { describe, expect, it } from "vitest";
import type { Follow } from "../../../src/core/follows/follow.js";
import { createFollowIndex } from "../../../src/core/follows/follow-index.js";
import type { MatchableArticle } from "../../../src/core/follows/follow-match.js";
import { matchReason } from "../../../briefings/compose-alert.js";
import { english } from "../../helpers/english.js";

const follow = (topic: string, aliases: string[] = []): Follow => ({
  id: topic.toLowerCase(),
  topic,
  aliases,
  createdAt: 0,
});
const article = (parts: Partial<MatchableArticle>): MatchableArticle => ({ title: "", summary: "", tags: [], ...parts });
const titled = (title: string) => article({ title });

describe("follow index", () => {
  it("matches whole words only: China, China's and CHINA but not Chinatown", () => {
    const index = createFollowIndex();
    index.setChatFollows("tg:1", [follow("China")]);
    expect(index.match(titled("China's exports rise"))).toHaveLength(1);
    expect(index.match(titled("CHINA EXPORTS RISE"))).toHaveLength(1);
    expect(index.match(titled("Chinatown festival returns"))).toEqual([]);
  });

  it("is diacritic-insensitive both ways", () => {
    const index = createFollowIndex();
    index.setChatFollows("tg:1", [follow("Škoda")]);
    index.setChatFollows("tg:2", [follow("Zurich")]);
    expect(index.match(titled("Skoda recalls cars")).map((m) => m.chatKey)).toEqual(["tg:1"]);
    expect(index.match(titled("SKODA recalls cars"))[0]?.matchedName).toBe("Škoda");
    expect(index.match(titled("Flooding in Zürich")).map((m) => m.chatKey)).toEqual(["tg:2"]);
  });

  it("matches a multi-word alias across whitespace and punctuation, not a longer word", () => {
    const index = createFollowIndex();
    index.setChatFollows("dc:9", [follow("APT31", ["Judgement Panda", "Zirconium"])]);
    expect(index.match(titled("Report on judgement  panda"))).toHaveLength(1);
    expect(index.match(titled("Judgement - Panda strikes again"))).toHaveLength(1);
    expect(index.match(titled("Judgement Pandas are cute"))).toEqual([]);
    expect(index.match(titled("A judgement on panda diplomacy"))).toEqual([]);
  });

  it("reports the alias as written and explains it in the reason sentence", () => {
    const index = createFollowIndex();
    index.setChatFollows("dc:9", [follow("APT31", ["Judgement Panda", "Zirconium"])]);
    const [inSummary] = index.match(article({ title: "Hackers strike", summary: "Researchers blame ZIRCONIUM." }));
    expect(inSummary).toEqual({ chatKey: "dc:9", followId: "apt31", topic: "APT31", matchedName: "Zirconium", field: "summary" });
    expect(matchReason(inSummary!, english)).toBe("mentions Zirconium, also known as APT31, in the summary");
    const [inTitle] = index.match(titled("APT31 strikes again"));
    expect(matchReason(inTitle!, english)).toBe("mentions APT31 in the title");
  });

  it("gives one match per follow, in the most prominent field, preferring the topic", () => {
    const index = createFollowIndex();
    index.setChatFollows("dc:9", [follow("APT31", ["Judgement Panda", "Zirconium"])]);
    const matches = index.match({
      title: "Zirconium returns",
      tags: ["Cyber"],
      summary: "APT31, also called Judgement Panda...",
      body: "APT31 APT31 Zirconium",
    });
    expect(matches).toEqual([
      { chatKey: "dc:9", followId: "apt31", topic: "APT31", matchedName: "Zirconium", field: "title" },
    ]);
    const inTags = index.match(article({ tags: ["apt31", "Zirconium"], body: "Zirconium" }));
    expect(inTags.map((m) => [m.field, m.matchedName])).toEqual([["tags", "APT31"]]);
    expect(index.match(article({ body: "... judgement panda ..." }))[0]?.field).toBe("body");
  });

  it("does not match a phrase across two tags or two fields", () => {
    const index = createFollowIndex();
    index.setChatFollows("c", [follow("Judgement Panda")]);
    expect(index.match(article({ tags: ["Judgement", "Panda"] }))).toEqual([]);
    expect(index.match(article({ title: "A judgement", summary: "Panda" }))).toEqual([]);
  });

  it("stops matching a chat once its follows are replaced or removed", () => {
    const index = createFollowIndex();
    index.setChatFollows("a", [follow("Ukraine"), follow("Chile")]);
    index.setChatFollows("b", [follow("Chile")]);
    index.setChatFollows("a", [follow("Ukraine")]);
    expect(index.match(titled("Chile votes")).map((m) => m.chatKey)).toEqual(["b"]);
    index.removeChat("a");
    expect(index.match(titled("Ukraine talks"))).toEqual([]);
    index.removeChat("b");
    expect(index.stats()).toEqual({ chats: 0, follows: 0, phrases: 0, tokens: 0 });
  });

  it("is idempotent when a chat sets the same follows again, and a chat can re-follow", () => {
    const index = createFollowIndex();
    index.setChatFollows("a", [follow("Chile")]);
    index.setChatFollows("a", [follow("Chile")]);
    index.setChatFollows("b", [follow("Chile")]);
    index.setChatFollows("b", [follow("Chile")]);
    expect(index.match(titled("Chile votes")).map((m) => m.chatKey)).toEqual(["a", "b"]);
    index.removeChat("a");
    index.removeChat("a");
    index.setChatFollows("a", [follow("Chile")]);
    expect(index.match(titled("Chile votes")).map((m) => m.chatKey).sort()).toEqual(["a", "b"]);
    expect(index.stats()).toEqual({ chats: 2, follows: 1, phrases: 1, tokens: 1 });
  });

  it("matches every chat that follows the same name, sharing one definition", () => {
    const index = createFollowIndex();
    for (let i = 0; i < 50; i++) index.setChatFollows(`tg:${i}`, [follow("Ukraine")]);
    index.setChatFollows("dc:1", [follow("Ukraine", ["Україна"])]);
    const matches = index.match(titled("Ukraine talks resume"));
    expect(matches).toHaveLength(51);
    expect(new Set(matches.map((m) => m.chatKey)).size).toBe(51);
    expect(index.stats()).toMatchObject({ chats: 51, follows: 2, phrases: 2 });
  });

  it("keeps shared phrases when one of their followers leaves", () => {
    const index = createFollowIndex();
    index.setChatFollows("a", [follow("New York")]);
    index.setChatFollows("b", [follow("New York Times"), follow("New")]);
    index.removeChat("b");
    expect(index.match(titled("The New York Times reports")).map((m) => m.followId)).toEqual(["new york"]);
    expect(index.match(titled("A new hope"))).toEqual([]);
  });

  it("matches Cyrillic, Greek and Chinese names", () => {
    const index = createFollowIndex();
    index.setChatFollows("ru", [follow("Владимир Путин", ["Путин"])]);
    index.setChatFollows("gr", [follow("Μητσοτάκης")]);
    index.setChatFollows("zh", [follow("习近平")]);
    expect(index.match(titled("ПУТИН провёл встречу"))[0]).toMatchObject({ chatKey: "ru", matchedName: "Путин" });
    expect(index.match(titled("Ο ΜΗΤΣΟΤΑΚΗΣ στις Βρυξέλλες"))[0]?.chatKey).toBe("gr");
    expect(index.match(titled("习近平访问莫斯科"))[0]?.chatKey).toBe("zh");
    expect(index.match(titled("近平"))).toEqual([]);
  });

  it("bounds its input: over-long names are not indexed, the body is scanned up to a limit", () => {
    const index = createFollowIndex({ maxBodyChars: 1_000 });
    index.setChatFollows("c", [
      follow("Ukraine", ["one two three four five six seven eight nine", "x".repeat(101)]),
    ]);
    expect(index.stats().phrases).toBe(1);
    expect(index.match(titled("one two three four five six seven eight nine"))).toEqual([]);
    const late = `${"word ".repeat(400)} Ukraine`;
    expect(index.match(article({ body: late }))).toEqual([]);
    expect(index.match(article({ body: late.slice(1_500) }))).toHaveLength(1);
    const huge = article({ title: "Ukraine ".repeat(100_000), body: "Ukraine ".repeat(1_000_000) });
    expect(index.match(huge)).toHaveLength(1);
  });

  it("ignores follows whose every name is empty or punctuation", () => {
    const index = createFollowIndex();
    index.setChatFollows("c", [follow("!!!", ["   "])]);
    expect(index.stats()).toEqual({ chats: 0, follows: 0, phrases: 0, tokens: 0 });
  });
});
