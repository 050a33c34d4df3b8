import { describe, expect, it } from "vitest";
import { MAX_TAGS } from "../../../src/adapters/feeds/build-feed-item.js";
import { createFeedParser } from "../../../src/adapters/feeds/parse-feed.js";
import { MAX_BODY_CHARS, MAX_SUMMARY_CHARS } from "../../../src/adapters/feeds/plain-text.js";
import { fixture, parse, rss } from "./fixtures.js";

const FEED_URL = "https://gazette.example.com/news/rss";

describe("RSS 2.0", () => {
  const feed = parse(fixture("newsroom.rss"), FEED_URL);
  const [bridge, budget, storm] = feed.items;

  it("reads the channel: plain title, format, absolute link", () => {
    expect(feed).toMatchObject({ title: "The Example Gazette & Friends", format: "rss", link: "https://gazette.example.com/news/" });
    expect(feed.items).toHaveLength(3);
  });

  it("reads CDATA titles as plain text with whitespace collapsed", () => {
    expect(bridge?.title).toBe("Harbour bridge reopens after repairs");
  });

  it("resolves relative links against the feed URL and canonicalises them", () => {
    expect(bridge?.url).toBe("https://gazette.example.com/news/2024/05/bridge-reopens?id=42");
  });

  it("keeps a non-permalink guid as the guid, never as the link", () => {
    expect(bridge?.guid).toBe("gazette-1001");
  });

  it("reads date, author, deduplicated tags and the widest media:content image", () => {
    expect(bridge?.publishedAt).toBe(Date.parse("2024-05-14T07:30:00Z"));
    expect(bridge?.author).toBe("Ada Reporter");
    expect(bridge?.tags).toEqual(["Transport", "City"]);
    expect(bridge?.imageUrl).toBe("https://img.example.com/bridge-large.jpg");
  });

  it("turns the HTML description into a plain summary and content:encoded into a plain body", () => {
    expect(bridge?.summary).toBe("The harbour bridge reopened on Tuesday morning.");
    expect(bridge?.body).toBe("Traffic resumes\n\nThe bridge was closed for six weeks.\n\nCyclists get a new lane.");
  });

  it("prefers feedburner:origLink over the click-tracking link", () => {
    expect(budget?.url).toBe("https://www.example.com/news/2024/05/budget?page=2");
  });

  it("decodes a double-escaped title exactly once more", () => {
    expect(budget?.title).toBe("Council approves budget 'without changes'");
  });

  it("keeps items with an unparseable or missing date, without a date; missing guid stays undefined", () => {
    expect(budget?.publishedAt).toBeUndefined();
    expect(storm?.publishedAt).toBeUndefined();
    expect(budget?.guid).toBeUndefined();
    expect(budget?.imageUrl).toBe("https://img.example.com/budget.png");
  });

  it("strips tags from titles that carry escaped HTML, and reads the RSS author's name", () => {
    expect(storm?.title).toBe("Storm warning for the coast");
    expect(storm?.author).toBe("Weather Desk");
    expect(storm?.imageUrl).toBe("https://img.example.com/storm-thumb.jpg");
  });
});

describe("RSS structure traps", () => {
  it("reads an RSS document in a default XML namespace and ignores illegally nested <item/>", () => {
    const feed = parse(fixture("nested-and-namespaced.rss"));
    expect(feed.items.map((item) => item.title)).toEqual(["First story", "Second story", "Third story"]);
    expect(feed.items[0]?.url).toBe("https://daily.example.net/1");
  });

  it("keeps feed order and bounds the item count", () => {
    const items = Array.from({ length: 30 }, (_, i) => `<item><title>Story ${i}</title><link>https://n.example/${i}</link></item>`).join("");
    const feed = createFeedParser({ maxItems: 10 }).parse(Buffer.from(rss(items)), { url: FEED_URL });
    expect(feed.items.map((item) => item.title)).toEqual(Array.from({ length: 10 }, (_, i) => `Story ${i}`));
  });

  it("parses only the first 500 items of a feed with a huge item count (its speed: bench/hostile-input.bench.ts)", () => {
    const items = "<item><title>Again</title><link>https://n.example/x</link></item>".repeat(50_000);
    const feed = parse(rss(items));
    expect(feed.items).toHaveLength(500);
  });

  it("resolves links against xml:base when present", () => {
    const xml = `<rss version="2.0" xml:base="https://cdn.example.org/site/"><channel><title>B</title><link>home</link><description>d</description>
      <item xml:base="/section/"><title>Based item</title><link>story-1</link></item>
      <item><title>Root-based item</title><link>story-2</link></item></channel></rss>`;
    const feed = parse(xml, FEED_URL);
    expect(feed.link).toBe("https://cdn.example.org/site/home");
    expect(feed.items.map((item) => item.url)).toEqual(["https://cdn.example.org/section/story-1", "https://cdn.example.org/site/story-2"]);
  });

  it("uses a permalink guid as the link when there is no <link>", () => {
    const feed = parse(rss("<item><title>Guid only</title><guid>https://news.example.com/a?utm_source=x</guid></item>"));
    expect(feed.items[0]).toMatchObject({ guid: "https://news.example.com/a?utm_source=x", url: "https://news.example.com/a" });
  });

  it("leaves the URL undefined for links that are not http(s) or hold markup", () => {
    const feed = parse(rss('<item><title>Bad link</title><link>javascript:alert(1)</link></item><item><title>Markup</title><link><![CDATA[<a href="/x">x</a>]]></link></item>'));
    expect(feed.items.map((item) => item.url)).toEqual([undefined, undefined]);
  });

  it("bounds tags, summary and body", () => {
    const categories = Array.from({ length: 40 }, (_, i) => `<category>tag ${i}</category>`).join("");
    const long = "word ".repeat(10_000);
    const feed = parse(rss(`<item><title>Long</title>${categories}<description>${long}</description><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">${long}</content:encoded></item>`));
    const item = feed.items[0];
    expect(item?.tags).toHaveLength(MAX_TAGS);
    expect(item?.summary.length).toBeLessThanOrEqual(MAX_SUMMARY_CHARS);
    expect(item?.summary.endsWith("word…")).toBe(true);
    expect(item?.body?.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
  });

  it("makes a title from the description when an item has none, and drops empty items", () => {
    const feed = parse(rss("<item><description>Only a description of the event.</description></item><item></item>"));
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]?.title).toBe("Only a description of the event.");
  });
});

describe("RSS titles with hidden markup", () => {
  it("drops script source and comments from a title, whether escaped or in CDATA", () => {
    const feed = parse(rss(
      "<item><title>&lt;script&gt;steal()&lt;/script&gt;Storm warning</title><link>https://x.example/1</link></item>" +
      "<item><title><![CDATA[Storm <!-- internal note --> warning]]></title><link>https://x.example/2</link></item>",
    ));
    expect(feed.items.map((item) => item.title)).toEqual(["Storm warning", "Storm warning"]);
  });
});
