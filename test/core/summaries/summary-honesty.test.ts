import { describe, expect, it } from "vitest";
import { nonSummaryReason, nothingMoreText } from "../../../src/core/summaries/summary-honesty.js";

const seen = { title: "Manchin and Schumer announce deal on energy bill", teaser: "The deal revives climate spending." };

describe("what is not a summary", () => {
  it.each([
    ["Comments", "boilerplate"],
    ["Read more…", "boilerplate"],
    ["Page at 127.0.0.1", "placeholder"],
    ["Untitled", "placeholder"],
    ["Video", "single word"],
    ["", "empty"],
    ["→ ★", "no words"],
    [
      "1. Manchin and Schumer announce deal CNN 2. Manchin, Schumer agree to pared back version Fox News 3. Senate Democrats reach deal CBS News",
      "link list",
    ],
    ["https://a.example/one https://b.example/two and", "link list"],
    ["Manchin and Schumer announce deal on energy bill.", "title repeated"],
    ["Schumer and Manchin announce deal", "title repeated"],
    ["Manchin and Schumer announce deal on energy bill. The deal revives climate spending.", "nothing beyond the digest line"],
  ])("%j: %s", (text, reason) => {
    expect(nonSummaryReason(text, seen)).toBe(reason);
  });

  it("accepts a summary that adds who, what and when to the digest line", () => {
    const text = "Senator Joe Manchin agreed on Wednesday to $369 billion for climate programmes, reversing his July position.";
    expect(nonSummaryReason(text, seen)).toBeUndefined();
  });

  it("accepts a summary in another language than the title (nothing to compare word for word)", () => {
    expect(nonSummaryReason("Der Senat einigt sich auf ein Klimapaket von 369 Milliarden Dollar.", seen)).toBeUndefined();
  });
});

describe("the nothing-more statement", () => {
  it("names the outlet and gives the link", () => {
    expect(nothingMoreText("Hacker News", "https://news.ycombinator.com/item?id=1")).toBe(
      "Nothing more is available from Hacker News. The article: https://news.ycombinator.com/item?id=1",
    );
  });

  it("gives no link that is not http(s)", () => {
    expect(nothingMoreText(" ", "javascript:alert(1)")).toBe("Nothing more is available from the outlet.");
  });
});

describe("feed descriptions (no check against the digest line)", () => {
  it("get every answer of the full check but the last, on texts of every kind", () => {
    const titles = ["Manchin and Schumer announce deal on energy bill", "Video", "", "Zürich’s café reopens", "习近平 visits"];
    const texts = [
      "", " ", "Comments", "3 comments", "Read more…", "Video", "Manchin", "Manchin and Schumer", "Schumer, Manchin: announce deal!",
      "Manchin and Schumer announce deal on energy bill. The deal revives climate spending.", "→ ★", "https://a.example/x", "https://a.example/x deal",
      "https://a.example/one https://b.example/two and", "1. One headline CNN 2. Another Fox", "Untitled", "no description available",
      "Zürich’s café reopens", "Zurich s cafe reopens today", "习近平 visits", "习近平 visits Paris", "Senator Joe Manchin agreed on Wednesday to $369 billion.",
      "The post Deal done appeared first on Outlet.", "  word  \n word ", "the  the   the", "A", "a b",
    ];
    for (const title of titles) {
      for (const text of texts) {
        const full = nonSummaryReason(text, { title, teaser: "" });
        const expected = full === "nothing beyond the digest line" ? undefined : full;
        expect(nonSummaryReason(text, { title, teaser: "" }, false), JSON.stringify([text, title])).toBe(expected);
      }
    }
  });
});
