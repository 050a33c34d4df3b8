import { describe, expect, it } from "vitest";
import { fixture, parse } from "./fixtures.js";

describe("RDF (RSS 1.0)", () => {
  const feed = parse(fixture("science-notes.rdf"), "https://notes.example.edu/rss");

  it("reads items with dc:date, dc:creator and dc:subject", () => {
    expect(feed).toMatchObject({ title: "Science Notes", format: "rdf", link: "https://notes.example.edu/" });
    expect(feed.items[0]).toMatchObject({
      title: "Fungi feed on plastic",
      url: "https://notes.example.edu/2024/fungi",
      publishedAt: Date.parse("2024-03-01T10:00:00Z"),
      author: "Lab Team",
      tags: ["Biology"],
      summary: "Researchers found a fungus that digests plastic.",
    });
  });

  it("keeps an item without date or description", () => {
    expect(feed.items[1]).toMatchObject({ title: "Stars, counted again", summary: "" });
    expect(feed.items[1]?.publishedAt).toBeUndefined();
  });

  it("reads the RSS 0.90 namespace too", () => {
    const xml = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
      <channel><title>Old Times</title><link>https://old.example.de/</link><description>d</description></channel>
      <item><title>Erste Meldung</title><link>https://old.example.de/1</link></item>
      <item><title>Zweite Meldung</title><link>https://old.example.de/2</link></item></rdf:RDF>`;
    expect(parse(xml).items.map((item) => item.title)).toEqual(["Erste Meldung", "Zweite Meldung"]);
  });
});

describe("JSON Feed", () => {
  it("reads JSON Feed 1.1: content_html body, item authors, deduplicated tags, image", () => {
    const feed = parse(fixture("links-1.1.json"), "https://linked.example.com/feed.json");
    expect(feed).toMatchObject({ title: "Linked Notes", format: "json", link: "https://linked.example.com/" });
    expect(feed.items[0]).toMatchObject({
      guid: "https://linked.example.com/2024/05/one",
      title: "A 'linked' post",
      url: "https://linked.example.com/2024/05/one",
      body: "First paragraph.\n\n> Quoted text.",
      author: "Item Author",
      tags: ["links", "news"],
      imageUrl: "https://linked.example.com/img/one.jpg",
      publishedAt: Date.parse("2024-05-11T01:13:54Z"),
    });
  });

  it("titles an untitled item from its text, resolves its relative URL, uses the feed author and date_modified", () => {
    const feed = parse(fixture("links-1.1.json"), "https://linked.example.com/feed.json");
    expect(feed.items[1]).toMatchObject({
      title: "A post without a title, only text content that becomes the title.",
      url: "https://linked.example.com/2024/05/two",
      author: "Feed Owner",
      publishedAt: Date.parse("2024-05-12T10:00:00Z"),
    });
  });

  it("reads JSON Feed 1.0 with an http:// version URL and a singular author", () => {
    const feed = parse(fixture("legacy-1.0.json"), "https://legacy.example.com/feed.json");
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({ title: "One point oh", summary: "Short summary.", body: "Body", author: "Item Writer" });
  });
});
