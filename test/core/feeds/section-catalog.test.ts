import { describe, expect, it } from "vitest";
import { SectionCatalog } from "../../../src/core/feeds/section-catalog.js";
import { refusalOf } from "../../helpers/english.js";

const catalog = new SectionCatalog(
  ["politics", "world", "technology", "business"].map((id) => ({ id, title: id[0]!.toUpperCase() + id.slice(1), description: "", feeds: [] })),
);

describe("finding a section by what the user typed", () => {
  it("accepts the id or the title in any case", () => {
    expect(catalog.resolve("POLITICS").id).toBe("politics");
    expect(catalog.resolve(" Technology ").id).toBe("technology");
  });

  it("suggests the closest section for a typo", () => {
    expect(refusalOf(() => catalog.resolve("poltics"))).toContain('"poltics" is not a section. Did you mean politics? See them all with /sections.');
    expect(refusalOf(() => catalog.resolve("tech"))).toContain("Did you mean technology?");
  });

  it("says plainly when nothing is close", () => {
    expect(refusalOf(() => catalog.resolve("cooking"))).toContain('"cooking" is not a section. Sections are politics, world, technology and business. See them all with /sections.');
  });
});

describe("replacing the sections (a reloaded sources file)", () => {
  it("swaps every section at once: removed ones are gone, new ones resolve", () => {
    const swapped = new SectionCatalog([{ id: "politics", title: "Politics", description: "", feeds: [{ url: "https://feeds.example/politics.xml", sectionId: "politics", pollIntervalSeconds: 600 }] }]);
    expect(swapped.sectionOfFeed("https://feeds.example/politics.xml")).toBe("politics");
    swapped.replace([{ id: "science", title: "Science", description: "", feeds: [{ url: "https://feeds.example/science.xml", sectionId: "science", pollIntervalSeconds: 600 }] }]);
    expect(swapped.all().map((section) => section.id)).toEqual(["science"]);
    expect(swapped.get("politics")).toBeUndefined();
    expect(swapped.resolve("Science").id).toBe("science");
    expect(swapped.feeds().map((feed) => feed.url)).toEqual(["https://feeds.example/science.xml"]);
    // Which section a feed URL belongs to follows the new file too.
    expect(swapped.sectionOfFeed("https://feeds.example/politics.xml")).toBeUndefined();
    expect(swapped.sectionOfFeed("https://feeds.example/science.xml")).toBe("science");
  });
});
