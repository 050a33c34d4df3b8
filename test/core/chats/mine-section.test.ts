import { describe, expect, it } from "vitest";
import { chatFeedSectionId, listMine } from "../../../src/core/chats/mine-section.js";
import type { Article } from "../../../src/core/articles/article.js";
import { MemoryArticleStore } from "../../fakes/memory-ports.js";

function article(id: string, sectionId: string, feedUrl: string, publishedAt: number): Article {
  return { id, sectionId, feedUrl, source: "S", title: `Story ${id}`, url: `https://s.example/${id}`, summary: "", publishedAt, publishedAtFromFeed: true, firstSeenAt: publishedAt, tags: [], backfill: false };
}

describe("a chat's own section", () => {
  it("gathers its feeds' stories newest first: chat-added feeds from their own sections, a configured feed from its section alone", async () => {
    const articles = new MemoryArticleStore();
    const own = "https://own.example/feed.xml";
    const configured = "https://wire.example/world.xml";
    const stranger = "https://someone-else.example/feed.xml";
    for (const entry of [
      article("a", chatFeedSectionId(own), own, 3_000),
      article("b", "world", configured, 4_000),
      article("c", "world", "https://other.example/world.xml", 5_000),
      article("d", chatFeedSectionId(stranger), stranger, 6_000),
      article("e", chatFeedSectionId(own), own, 1_000),
    ]) {
      await articles.save(entry, { url: entry.url });
    }
    const sectionOf = (url: string) => (url === configured ? "world" : undefined);
    const listed = await listMine(articles, [{ url: own }, { url: configured }], sectionOf, 0, 10);
    expect(listed.map((entry) => entry.id)).toEqual(["b", "a", "e"]);
    expect((await listMine(articles, [{ url: own }, { url: configured }], sectionOf, 2_000, 10)).map((entry) => entry.id)).toEqual(["b", "a"]);
    expect((await listMine(articles, [{ url: own }, { url: configured }], sectionOf, 0, 2)).map((entry) => entry.id)).toEqual(["b", "a"]);
    expect(chatFeedSectionId(own)).toMatch(/^feed-[0-9a-f]{16}$/u);
  });
});
