import { describe, expect, it } from "vitest";
import { opmlToSources, sectionsToOpml } from "../src/adapters/feeds/opml.js";
import { parseSources } from "../src/sources-file.js";

const subscriptions = `<?xml version="1.0"?><opml version="2.0"><head><title>Reader export</title></head><body>
<outline text="Tech &amp; Science"><outline text="Ars" type="rss" xmlUrl="https://arstechnica.example/feed/"/>
  <outline text="Nested"><outline text="Deep" xmlUrl="https://deep.example/rss"/></outline>
  <outline text="Script" xmlUrl="javascript:alert(1)"/><outline text="Ars again" xmlUrl="https://arstechnica.example/feed/"/></outline>
<outline text="Loose" xmlUrl="https://loose.example/feed"/>
<outline text="A note"/>
</body></opml>`;

describe("OPML for the operator's sources file", () => {
  it("turns a reader's subscription list into sections the sources file loads, listing what it skipped and why", () => {
    const { file, skipped } = opmlToSources(subscriptions);
    expect(file.sections).toEqual([
      { id: "tech-science", title: "Tech & Science", feeds: [{ url: "https://arstechnica.example/feed/", name: "Ars" }, { url: "https://deep.example/rss", name: "Deep" }] },
      { id: "imported", title: "Imported", feeds: [{ url: "https://loose.example/feed", name: "Loose" }] },
    ]);
    expect(skipped).toEqual(['Script: "javascript:alert(1)" is not an http(s) URL', "A note: no feed URL (xmlUrl)"]);
  });

  it("exports sections that import back as the same sections, ids, names and feeds", () => {
    const sections = parseSources(
      `sections:\n  - id: world\n    title: World <news> & more\n    description: Abroad\n    feeds:\n      - url: https://wire.example/world.xml\n        name: "Civic \\"Wire\\""\n      - url: https://other.example/feed\n`,
      "sources.yaml",
      600,
    );
    const opml = sectionsToOpml(sections);
    expect(opml).toContain('category="world"');
    expect(opml).toContain("World &lt;news&gt; &amp; more");
    const { file, skipped } = opmlToSources(opml);
    expect(skipped).toEqual([]);
    expect(file.sections).toEqual([
      { id: "world", title: "World <news> & more", feeds: [{ url: "https://wire.example/world.xml", name: 'Civic "Wire"' }, { url: "https://other.example/feed" }] },
    ]);
  });
});
