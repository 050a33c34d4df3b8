import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../src/core/shared/errors.js";
import { loadSourcesFile, parseSources } from "../src/sources-file.js";

function problemsOf(text: string): string[] {
  try {
    parseSources(text, "sources.yaml", 600);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("the sources file", () => {
  it("loads the bundled sample sections with file feeds resolved next to the file", async () => {
    const sections = await loadSourcesFile("samples/sources.yaml", 600);
    expect(sections.map((section) => section.id)).toEqual(["politics", "world", "technology", "business"]);
    const first = sections[0]!.feeds[0]!;
    expect(first.url).toBe(`file://${path.resolve("samples/feeds/daily-ledger-politics.xml")}`);
    expect(first).toMatchObject({ name: "The Daily Ledger", pollIntervalSeconds: 60, sectionId: "politics" });
  });

  it("names the line and field of every problem", () => {
    const problems = problemsOf(
      [
        "sections:",
        "  - id: Politics!",
        "    title: Politics",
        "    feeds:",
        "      - url: https://example.com/rss",
        "        poll: often",
        "  - id: world",
        "    title: World",
        "    feeds: []",
      ].join("\n"),
    );
    expect(problems).toEqual([
      "sources.yaml:2: sections.0.id must be 1-32 lower-case letters, digits or dashes",
      'sources.yaml:6: sections.0.feeds.0.poll must look like "90s", "10m" or "2h"',
      "sources.yaml:9: sections.1.feeds needs at least one feed",
    ]);
  });

  it("reports YAML syntax errors and duplicate ids", () => {
    expect(problemsOf("sections: [\n")[0]).toMatch(/^sources\.yaml:\d+: /u);
    const duplicate = "sections:\n  - {id: a, title: A, feeds: [{url: 'https://a.example/f'}]}\n  - {id: a, title: B, feeds: [{url: 'https://b.example/f'}]}\n";
    expect(problemsOf(duplicate)).toEqual(['sources.yaml:3: sections.1.id "a" is used twice']);
  });

  it("accepts durations and refuses unsupported URL schemes", () => {
    const sections = parseSources("sections:\n  - {id: a, title: A, feeds: [{url: 'https://a.example/f', poll: 2h}]}\n", "s.yaml", 600);
    expect(sections[0]!.feeds[0]!.pollIntervalSeconds).toBe(7200);
    expect(problemsOf("sections:\n  - {id: a, title: A, feeds: [{url: 'ftp://a.example/f'}]}\n")).toEqual([
      'sources.yaml:2: sections.0.feeds.0.url "ftp://a.example/f" must be an http(s):// URL or a file: path (like file:feeds/world.xml)',
    ]);
  });

  it("takes http(s) URLs and explicit file: paths, and refuses anything else with its line", () => {
    const yaml = (url: string) => `sections:\n  - id: a\n    title: A\n    feeds:\n      - url: ${url}\n`;
    expect(parseSources(yaml("file:feeds/world.xml"), "/srv/newsdesk/sources.yaml", 600)[0]!.feeds[0]!.url).toBe("file:///srv/newsdesk/feeds/world.xml");
    expect(parseSources(yaml("file:///var/feeds/x.xml"), "/srv/sources.yaml", 600)[0]!.feeds[0]!.url).toBe("file:///var/feeds/x.xml");
    expect(parseSources(yaml("HTTPS://News.Example/rss"), "s.yaml", 600)[0]!.feeds[0]!.url).toBe("https://news.example/rss");
    for (const bad of ["not a url", "javascript:alert(1)", "feeds/world.xml", "http://", "data:text/xml,<rss/>"]) {
      expect(problemsOf(yaml(JSON.stringify(bad)))).toEqual([
        `sources.yaml:5: sections.0.feeds.0.url "${bad}" must be an http(s):// URL or a file: path (like file:feeds/world.xml)`,
      ]);
    }
  });

  it("has no cap per section: a catalogue of 50,000 feeds loads, from JSON (YAML's subset, read by JSON.parse)", () => {
    const sections = Array.from({ length: 10 }, (_, section) => ({
      id: `section-${section}`,
      title: `Section ${section}`,
      feeds: Array.from({ length: 5_000 }, (_, feed) => ({ url: `https://publisher${feed % 300}.example/${section}/${feed}.xml`, poll: "5m" })),
    }));
    const loaded = parseSources(JSON.stringify({ sections }), "sources.json", 600);
    expect(loaded.reduce((total, section) => total + section.feeds.length, 0)).toBe(50_000);
    expect(loaded[9]!.feeds[4_999]).toEqual({ url: "https://publisher199.example/9/4999.xml", sectionId: "section-9", pollIntervalSeconds: 300 });
  });

  it("loads more than 200 feeds in one YAML section", () => {
    const feeds = Array.from({ length: 500 }, (_, index) => `      - url: https://a.example/${index}.xml`);
    const loaded = parseSources(["sections:", "  - id: big", "    title: Big", "    feeds:", ...feeds].join("\n"), "sources.yaml", 600);
    expect(loaded[0]!.feeds).toHaveLength(500);
  });

  it("names the lines of problems in a JSON file too", () => {
    const text = '{\n  "sections": [\n    {"id": "a", "title": "A",\n     "feeds": [{"url": "https://a.example/f", "poll": "often"}]}\n  ]\n}\n';
    expect(problemsOf(text)).toEqual(['sources.yaml:4: sections.0.feeds.0.poll must look like "90s", "10m" or "2h"']);
    const badUrl = '{\n  "sections": [\n    {"id": "a", "title": "A",\n     "feeds": [{"url": "feeds/world.xml"}]}\n  ]\n}\n';
    expect(problemsOf(badUrl)).toEqual(['sources.yaml:4: sections.0.feeds.0.url "feeds/world.xml" must be an http(s):// URL or a file: path (like file:feeds/world.xml)']);
  });
});
