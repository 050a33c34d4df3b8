/**
 * The shared acceptance corpus (../shared/fixtures/feeds): real-world feeds and broken documents.
 * Expected item counts and first titles come from ../shared/fixtures/SOURCES.md. Run with
 * `npx vitest run --config vitest.corpus.config.ts`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { decodeHTMLStrict } from "entities";
import { describe, expect, it } from "vitest";
import { FeedParseError } from "../../src/core/shared/errors.js";
import type { ParsedFeed } from "../../src/core/feeds/feed.js";
import { createFeedParser } from "../../src/adapters/feeds/parse-feed.js";

const FEEDS = new URL("../../../shared/fixtures/feeds/", import.meta.url);
const SOURCES = new URL("../../../shared/fixtures/SOURCES.md", import.meta.url);

interface Expectation {
  file: string;
  items: number;
  firstTitle: string;
}

/** Rows of the "Well-formed feeds" table: file, item count, first item title. */
function wellFormedExpectations(): Expectation[] {
  const markdown = readFileSync(SOURCES, "utf8");
  const section = markdown.slice(markdown.indexOf("## Well-formed feeds"), markdown.indexOf("## Malformed"));
  return section
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => {
      const cells = line.split(/(?<!\\)\|/).map((cell) => cell.trim());
      const unquote = (cell: string | undefined): string => (cell ?? "").replace(/^`|`$/g, "").replace(/\\\|/g, "|");
      return { file: unquote(cells[1]), items: Number(cells[8]), firstTitle: unquote(cells[9]) };
    });
}

/** What a reader sees: the table shows titles after XML decoding; leftover entities are decoded once more. */
function readerTitle(title: string): string {
  const decoded = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]+);/i.test(title) ? decodeHTMLStrict(title) : title;
  return decoded.replace(/\s+/g, " ").trim();
}

/** The URL each feed is "fetched from": what relative links resolve against. */
const FETCH_URLS: Record<string, string> = {
  "neverwinter-relative-links.rss": "https://www.arcgames.com/en/games/neverwinter/news/rss",
  "talkingpointsmemo.atom": "http://talkingpointsmemo.com/feed/all",
  "intertwingly-xhtml.atom": "http://intertwingly.net/blog/index.atom",
};

const parser = createFeedParser();

function parseFixture(file: string): ParsedFeed {
  return parser.parse(readFileSync(new URL(file, FEEDS)), { url: FETCH_URLS[file] ?? `https://fixtures.example/feeds/${file}` });
}

function parseError(file: string): FeedParseError {
  try {
    parseFixture(file);
  } catch (error) {
    expect(error).toBeInstanceOf(FeedParseError);
    return error as FeedParseError;
  }
  throw new Error(`${file} parsed without error`);
}

/**
 * First titles that differ from the table because the parser repairs mojibake in the file (the
 * table shows the bytes as written; SOURCES.md flags nytimes' mojibake as a capture artefact).
 */
const REPAIRED_FIRST_TITLES: Record<string, string> = {
  "nytimes-us-news.rss": "A Kennedy’s Crusade Against Covid Vaccines Anguishes Family and Friends",
};

const expectations = wellFormedExpectations();

describe("well-formed corpus feeds", () => {
  it("has a table row for the well-formed feeds", () => {
    expect(expectations.length).toBeGreaterThanOrEqual(30);
  });

  it.each(expectations.map((row) => [row.file, row] as const))("%s: item count, first title, absolute links", (_file, row) => {
    const feed = parseFixture(row.file);
    expect(feed.items).toHaveLength(row.items);
    expect(feed.items[0]?.title).toBe(REPAIRED_FIRST_TITLES[row.file] ?? readerTitle(row.firstTitle));
    for (const item of feed.items) {
      if (item.url !== undefined) expect(item.url).toMatch(/^https?:\/\/[^/\s]+/);
      expect(item.title).not.toBe("");
    }
    expect(feed.items.filter((item) => item.url !== undefined).length).toBe(feed.items.length);
  });

  it("shows kottke's and Hacker News' titles decoded, not as character references", () => {
    expect(parseFixture("kottke.atom").items[0]?.title.startsWith("“The plot")).toBe(true);
    expect(parseFixture("hackernews-escaped-title.rss").items[0]?.title).toContain("it's only accurate");
  });

  it("resolves neverwinter's relative links against the URL it was fetched from", () => {
    const feed = parseFixture("neverwinter-relative-links.rss");
    expect(feed.link).toBe("https://www.arcgames.com/en/games/neverwinter/news");
    // The canonical form (normalize-url) decodes `%21` in the path to `!`, the same path; `%26` stays.
    expect(feed.items[0]?.url).toBe("https://www.arcgames.com/en/games/neverwinter/news/detail/10743874-neverwinter-%26-jingle-jam-humble-bundle!");
  });

  it("resolves talkingpointsmemo's relative entry links", () => {
    const feed = parseFixture("talkingpointsmemo.atom");
    expect(feed.items[0]?.url).toBe("http://talkingpointsmemo.com/livewire/hannity-announces-fox-hired-sebastian-gorka-national-security-strategist");
    expect(feed.items.every((item) => item.url?.startsWith("http://talkingpointsmemo.com/"))).toBe(true);
  });

  it("resolves intertwingly's relative entry links and reads its xhtml content", () => {
    const feed = parseFixture("intertwingly-xhtml.atom");
    expect(feed.link).toBe("http://intertwingly.net/blog/");
    expect(feed.items[0]?.url).toBe("http://intertwingly.net/blog/2012/07/16/Inhibiting-Suspend");
    expect(feed.items[0]?.body).toMatch(/low level, but workable/);
  });

  it("prefers feedburner:origLink (pcmag, jn.pt, washingtonpost)", () => {
    expect(parseFixture("pcmag-dvorak-nested-item.rss").items[0]?.url).toBe("http://www.pcmag.com/article2/0,2817,2525649,00.asp?kc=PCRSS03079TX1K0000584");
    expect(parseFixture("jn-pt-iso-8859-1.rss").items.every((item) => item.url?.startsWith("https://www.jn.pt/"))).toBe(true);
  });

  it("keeps items without dates (cnn's first item, heise's RDF 0.90) without inventing one", () => {
    expect(parseFixture("cnn-international.rss").items[0]?.publishedAt).toBeUndefined();
    expect(parseFixture("heise-online-rss090.rdf").items.every((item) => item.publishedAt === undefined)).toBe(true);
  });

  it("repairs nytimes' mojibake (UTF-8 read as windows-1252 in the file itself), titles and summaries alike", () => {
    const feed = parseFixture("nytimes-us-news.rss");
    expect(feed.items[0]?.summary).toContain("it’s “heartbreaking.”");
    const text = feed.items.map((item) => `${item.title} ${item.summary}`).join(" ");
    expect(text).not.toMatch(/â€|Ã[\u00a0-\u00bf]/u);
  });

});

describe("malformed corpus documents", () => {
  it("truncated RSS without a complete item: clear error", () => {
    expect(parseError("malformed/reuters-mostread-truncated.rss").message).toMatch(/truncated.*no complete item/);
  });

  it("junk before the declaration: junk ignored, the item read, the markup channel link dropped", () => {
    const feed = parseFixture("malformed/solutions-numeriques-junk-before-decl.rss");
    expect(feed.items.map((item) => item.title)).toEqual(["EDITORIAL – Ransomwares : « la bourse ou la vie ! »"]);
    expect(feed.link).toBeUndefined();
  });

  it("blank lines before the declaration: read normally", () => {
    const feed = parseFixture("malformed/androidauthority-blank-lines-before-decl.rss");
    expect(feed.items[0]?.title).toBe("Japan’s plans for 5G include 10 billion 14-digit phone numbers");
  });

  it("undeclared latin-1: decoded as windows-1252", () => {
    const feed = parseFixture("malformed/uol-noticias-undeclared-latin1.rss");
    expect(feed.items).toHaveLength(15);
    expect(feed.items[0]?.title).toBe("Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno");
  });

  it("undefined HTML entity (&nbsp;): read leniently", () => {
    const feed = parseFixture("malformed/dbengines-undefined-entity.rss");
    expect(feed.items[0]?.title).toBe("Snowflake is the DBMS of the Year 2022, defending the title from last year");
  });

  it("truncated JSON Feed: clear error saying it is truncated", () => {
    expect(parseError("malformed/allthis-truncated.json").message).toMatch(/JSON feed .* cannot be read: it is truncated/);
  });

  it("HTML page instead of a feed: names the advertised feed URL", () => {
    const message = parseError("malformed/uber-blog-html-not-feed.html").message;
    expect(message).toMatch(/returned an HTML page/);
    expect(message).toContain("https://www.uber.com/blog/rss/");
  });

  it("HTML 'document moved' stub: not a feed", () => {
    expect(parseError("malformed/marketwatch-document-moved.html").message).toMatch(/HTML page \("Document Moved"\), not a feed/);
  });
});

describe("every corpus file", () => {
  const files = [
    ...readdirSync(FEEDS).filter((name) => name.includes(".")),
    ...readdirSync(new URL("malformed/", FEEDS)).map((name) => `malformed/${name}`),
  ];
  it.each(files)("%s parses or fails with FeedParseError only", (file) => {
    try {
      expect(parseFixture(file).items.length).toBeGreaterThan(0);
    } catch (error) {
      expect(error).toBeInstanceOf(FeedParseError);
    }
  });
});
