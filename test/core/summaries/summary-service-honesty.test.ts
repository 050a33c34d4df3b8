/**
 * Honest summaries: a summary adds to the digest line (title and teaser) or says plainly that
 * nothing more is available from the outlet, with the link.
 */
import { describe, expect, it } from "vitest";
import { createAiSdkSummarizer } from "../../../src/adapters/ai/ai-sdk-summarizer.js";
import { createExtractiveFallback } from "../../../src/adapters/ai/extractive-fallback.js";
import type { ArticleTextSource } from "../../../src/core/summaries/summary-ports.js";
import { SummaryService } from "../../../src/core/summaries/summary-service.js";
import { ManualClock } from "../../fakes/memory-ports.js";
import { createScriptedModel, makeArticle, MemorySummaryCache, type ModelScript } from "../../fakes/summary-fakes.js";

function setup(options: { answer?: ModelScript; fullText?: ArticleTextSource } = {}) {
  const clock = new ManualClock();
  const { model, stats } = createScriptedModel(options.answer ? { answer: options.answer } : {});
  const service = new SummaryService({
    ...(options.answer ? { model: createAiSdkSummarizer({ model, maxOutputTokens: 200, maxChars: 700 }) } : {}),
    fallback: createExtractiveFallback({ maxChars: 700 }),
    cache: new MemorySummaryCache(clock),
    clock,
    ...(options.fullText ? { fullText: options.fullText } : {}),
  });
  return { service, stats };
}

const TEASER = "Lyon will close its central bridge to cars.";
const FULL_TEXT = [
  "Lyon will close its central bridge to cars.",
  "It is a question many people in the city have been asking for years.",
  "Mayor Grégory Doucet signed the order on Monday, 3 March 2025, after the council voted 41 to 12.",
  "Buses, taxis and bicycles keep their lanes, and the ban starts at 06:00 on 1 April.",
  "Many people have opinions about it, and not all of them agree with each other about it.",
  "Some people think it is good, other people think it is not good, and many people are not sure about it yet.",
].join(" ");

describe("SummaryService: honest summaries", () => {
  it("says plainly that nothing more is available for a Hacker News item ('Comments' only), with the link", async () => {
    const { service } = setup();
    const item = makeArticle("hn", { source: "Hacker News", title: "Show HN: A tiny database", summary: "Comments", body: undefined, url: "https://db.example/" });
    expect(await service.summarizeArticle(item)).toEqual({ text: "Nothing more is available from Hacker News. The article: https://db.example/", source: "none" });
  });

  it("does not repeat the headline of an item without description (CNN)", async () => {
    const { service } = setup();
    const item = makeArticle("cnn", { source: "CNN", title: "Trump pleads not guilty to 34 felony counts", summary: "", body: undefined });
    const summary = await service.summarizeArticle(item);
    expect(summary.source).toBe("none");
    expect(summary.text).not.toContain("pleads not guilty");
  });

  it("does not give a page placeholder as the summary of an unreadable link", async () => {
    const { service } = setup();
    const page = makeArticle("page", { title: "Page at 127.0.0.1", source: "127.0.0.1", summary: "", body: undefined });
    expect((await service.summarizeArticle(page)).text).toMatch(/^Nothing more is available from 127\.0\.0\.1\./u);
  });

  it("summarises a teaser-only article from its full text: who, what, when, not the teaser again", async () => {
    let fetches = 0;
    const fullText: ArticleTextSource = {
      async fullText() {
        fetches += 1;
        return FULL_TEXT;
      },
    };
    const { service } = setup({ fullText });
    const article = makeArticle("lyon", { title: "Lyon bridge closes to cars", summary: TEASER, body: undefined });
    const summary = await service.summarizeArticle(article);
    expect(fetches).toBe(1);
    expect(summary.source).toBe("extractive");
    expect(summary.text).toContain("Mayor Grégory Doucet signed the order on Monday, 3 March 2025");
    expect(summary.text).toContain("06:00 on 1 April");
    expect(summary.text).not.toContain(TEASER);
    expect(summary.text).not.toContain("Some people think");
  });

  it.each([
    ["repeats the title", "Lyon bridge closes to cars."],
    ["answers 'Comments'", "Comments"],
    ["repeats the teaser", "Lyon will close its central bridge to cars, the city says."],
  ])("falls back when the model %s", async (_case, answer) => {
    const { service, stats } = setup({ answer: () => answer, fullText: { fullText: async () => FULL_TEXT } });
    const article = makeArticle("model", { title: "Lyon bridge closes to cars", summary: TEASER, body: undefined });
    const summary = await service.summarizeArticle(article);
    expect(stats.calls).toBe(1);
    expect(summary.source).toBe("extractive");
    expect(summary.text).toContain("Grégory Doucet");
  });

  it("gives digests no 'nothing more' line: the digest keeps the teaser", async () => {
    const { service } = setup();
    expect(await service.summaryLine(makeArticle("hn2", { summary: "Comments", body: undefined }))).toBe("");
    expect(await service.summaryLine(makeArticle("full"))).toMatch(/council/u);
  });
});
