import { describe, expect, it } from "vitest";
import { FeedParseError } from "../../../src/core/shared/errors.js";
import { createFeedParser } from "../../../src/adapters/feeds/parse-feed.js";
import { fixture, parse, rss } from "./fixtures.js";
import { seededRandom } from "../../helpers/seeded-random.js";

function parseError(body: Uint8Array | string, url = "https://news.example.com/feed"): FeedParseError {
  try {
    parse(body, url);
  } catch (error) {
    expect(error).toBeInstanceOf(FeedParseError);
    return error as FeedParseError;
  }
  throw new Error("expected a FeedParseError");
}

describe("documents that are not feeds", () => {
  it("says an HTML page is an HTML page and names the feed it advertises", () => {
    const error = parseError(fixture("moved-blog.html"), "https://eng.example.com/blog/");
    expect(error.message).toContain("https://eng.example.com/blog/ returned an HTML page");
    expect(error.message).toContain('"Example Engineering Blog"');
    expect(error.message).toContain("advertises a feed at https://eng.example.com/blog/feed/");
  });

  it("reports a 'document moved' stub (no <html> root) as an HTML page, not a feed", () => {
    const stub = '<head><title>Document Moved</title></head>\n<body><h1>Object Moved</h1>This document may be found <a HREF="http://moved.example.com/rss/">here</a></body>';
    const error = parseError(stub);
    expect(error.message).toMatch(/returned an HTML page \("Document Moved"\), not a feed/);
    expect(error.message).toMatch(/advertises no feed URL/);
  });

  it.each([
    ["", /is empty/],
    ["   \n\t ", /is empty/],
    ["Service temporarily unavailable", /neither XML nor JSON/],
    ['<?xml version="1.0"?><opml version="2.0"><body/></opml>', /root element is <opml>/],
    ['<?xml version="1.0"?><opml version="2.0"><body>', /root element is <opml>/],
    ['{"hello": "world"}', /not a JSON Feed/],
    ["[1, 2, 3]", /not a JSON Feed/],
  ])("rejects %j with a clear message", (body, message) => {
    expect(parseError(body).message).toMatch(message);
  });

  it("says a truncated JSON feed is truncated", () => {
    const json = '{"version":"https://jsonfeed.org/version/1","title":"Cut","items":[{"id":"1","title":"One"},{"id":"2","content_html":"<p>unfini';
    const error = parseError(json);
    expect(error.message).toMatch(/The JSON feed at https:\/\/news\.example\.com\/feed cannot be read: it is truncated/);
  });

  it("rejects documents over the size limit before decoding", () => {
    const parser = createFeedParser({ maxInputBytes: 1_000 });
    expect(() => parser.parse(Buffer.from(rss("<item><title>x</title></item>".repeat(100))), { url: "https://x.example/" })).toThrow(
      /too large to parse/,
    );
  });
});

describe("lenient reading of broken feeds", () => {
  it("recovers the complete items of a truncated document and says so", () => {
    const warnings: string[] = [];
    const parser = createFeedParser({ onWarning: (message) => warnings.push(message) });
    const feed = parser.parse(fixture("truncated.rss"), { url: "https://cut.example.com/rss" });
    expect(feed.items.map((item) => item.title)).toEqual(["Complete one", "Complete two"]);
    expect(feed.items[1]?.summary).toBe("Second complete item");
    expect(warnings).toEqual([expect.stringMatching(/truncated/)]);
  });

  it("reports a truncated document without any complete item as an error", () => {
    const cut = '<?xml version="1.0"?><rss version="2.0"><channel><title>Most Read</title><copyright>x</copyright><!-- Exception rendering module -->';
    expect(parseError(cut).message).toMatch(/is truncated: it ends before <\/rss> and holds no complete item/);
  });

  it("ignores junk and blank lines before the XML declaration", () => {
    const junk = `\n\n<link rel="canonical" href="https://x.example/"/>\n   <?xml version="1.0" encoding="UTF-8"?>\n${rss("<item><title>After junk</title></item>").replace(/^<\?xml[^>]*>/, "")}`;
    expect(parse(junk).items[0]?.title).toBe("After junk");
    expect(parse(`\n\n\n\n${rss("<item><title>Blank lines</title></item>")}`).items[0]?.title).toBe("Blank lines");
  });

  it("ignores junk before the root element when there is no declaration", () => {
    const body = `Warning: something in /var/www/feed.php on line 3\n<rss version="2.0"><channel><title>PHP</title><item><title>Still read</title></item></channel></rss>`;
    expect(parse(body).items[0]?.title).toBe("Still read");
  });

  it("reads HTML entities that XML does not define (&nbsp;, &eacute;)", () => {
    const feed = parse(rss("<item><title>Caf&eacute;&nbsp;society</title><description>One&nbsp;two</description></item>"));
    expect(feed.items[0]).toMatchObject({ title: "Café society", summary: "One two" });
  });

  it("drops a channel link that holds markup instead of a URL", () => {
    const feed = parse(rss("<item><title>x</title></item>").replace("<link>https://news.example.com/</link>", '<link><link rel="canonical" href="/x"/></link>'));
    expect(feed.link).toBeUndefined();
    expect(feed.items).toHaveLength(1);
  });
});

describe("hostile input", () => {
  it("does not expand a billion-laughs DOCTYPE (its speed: bench/hostile-input.bench.ts)", () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join("\n");
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY lol0 "lol">\n${levels}\n]>\n${rss("<item><title>Laugh &lol9;</title></item>").replace(/^<\?xml[^>]*>/, "")}`;
    const feed = parse(xml);
    expect(feed.items[0]?.title).toBe("Laugh &lol9;");
  });

  it("throws nothing but FeedParseError on random bytes behind feed-looking prefixes", () => {
    const parser = createFeedParser();
    const prefixes = ["", "<rss version='2.0'><channel><item><title>", "<feed xmlns='http://www.w3.org/2005/Atom'><entry><title>", '{"version":"https://jsonfeed.org/version/1.1","items":[{"title":"', "<?xml version='1.0' encoding='utf-16'?><rdf:RDF><item>"];
    const { next: random } = seededRandom("feed parser fuzz", 42);
    for (let i = 0; i < 500; i += 1) {
      const noise = Uint8Array.from({ length: Math.floor(random() * 400) }, () => Math.floor(random() * 256));
      const body = Buffer.concat([Buffer.from(prefixes[i % prefixes.length] ?? ""), noise]);
      try {
        parser.parse(body, { url: "https://fuzz.example/" });
      } catch (error) {
        expect(error).toBeInstanceOf(FeedParseError);
      }
    }
  });
});
