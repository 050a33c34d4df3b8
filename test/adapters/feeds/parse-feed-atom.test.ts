import { describe, expect, it } from "vitest";
import { fixture, parse } from "./fixtures.js";

const FEED_URL = "https://blog.example.org/journal/index.atom";

describe("Atom 1.0", () => {
  const feed = parse(fixture("markup.atom"), FEED_URL);
  const [quoted, xhtmlTitled, dateless] = feed.items;

  it("reads the feed: type=html title as text, alternate link resolved against xml:base", () => {
    expect(feed).toMatchObject({ title: "Notes & Letters", format: "atom", link: "https://blog.example.org/journal/" });
    expect(feed.items).toHaveLength(3);
  });

  it("turns an HTML title still holding character references into the text a reader sees", () => {
    expect(quoted?.title).toBe("“Quoted” headline with emphasis");
  });

  it("reads an xhtml title and xhtml content as plain text", () => {
    expect(xhtmlTitled?.title).toBe("An XHTML title");
    expect(quoted?.body).toBe("Inline XHTML body.\n\nSecond paragraph.");
  });

  it("converts an html summary, keeps a text summary literally", () => {
    expect(quoted?.summary).toBe("A summary in HTML.");
    expect(xhtmlTitled?.summary).toBe("Plain text summary with a literal <tag> in it.");
  });

  it("resolves entry links against the feed's and the entry's own xml:base", () => {
    expect(quoted?.url).toBe("https://blog.example.org/journal/2024/06/quoted");
    expect(xhtmlTitled?.url).toBe("https://mirror.example.com/moved/entry-two");
  });

  it("uses the entry id as guid, published before updated, labels before terms, image enclosures", () => {
    expect(quoted).toMatchObject({
      guid: "tag:blog.example.org,2024:1",
      publishedAt: Date.parse("2024-06-01T06:00:00Z"),
      tags: ["Essays", "misc"],
      imageUrl: "https://blog.example.org/media/quoted.jpg",
    });
  });

  it("falls back to the feed author, and keeps entries without date or link", () => {
    expect(quoted?.author).toBe("Grace Writer");
    expect(xhtmlTitled?.author).toBe("Guest Author");
    expect(xhtmlTitled?.publishedAt).toBeUndefined();
    expect(dateless).toMatchObject({ title: "Entry with no date and no link", summary: "Only text content here." });
    expect(dateless?.url).toBeUndefined();
    expect(dateless?.publishedAt).toBeUndefined();
  });

  it("resolves relative links against the URL the feed was fetched from when there is no xml:base", () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Rel</title><id>x</id><updated>2024-01-01T00:00:00Z</updated>
      <link href="/"/><entry><title>Relative</title><id>e1</id><updated>2024-01-01T00:00:00Z</updated><link href="/livewire/story-one"/></entry></feed>`;
    const relative = parse(xml, "http://politics.example.com/feed/all");
    expect(relative.link).toBe("http://politics.example.com/");
    expect(relative.items[0]?.url).toBe("http://politics.example.com/livewire/story-one");
  });
});

describe("titles are plain text", () => {
  const atom = (title: string) =>
    `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:t</id><updated>2024-01-01T00:00:00Z</updated><entry>${title}<id>urn:1</id><link href="https://t.example/1"/><updated>2024-01-01T00:00:00Z</updated></entry></feed>`;
  const titleOf = (title: string) => parse(atom(title), FEED_URL).items[0]?.title;

  it("keeps the literal words of a title the feed declares plain text", () => {
    expect(titleOf('<title type="text">History of the &lt;blink&gt; tag</title>')).toBe("History of the <blink> tag");
  });

  it("removes a script with its source, and comments, from an HTML title", () => {
    expect(titleOf('<title type="html">&lt;script&gt;alert(document.cookie)&lt;/script&gt;Budget passed</title>')).toBe("Budget passed");
    expect(titleOf('<title type="html">Budget &lt;!-- draft: do not publish --&gt;passed</title>')).toBe("Budget passed");
    expect(titleOf('<title type="html">&lt;style&gt;b{color:red}&lt;/style&gt;&lt;b&gt;Budget&lt;/b&gt; passed</title>')).toBe("Budget passed");
  });
});
