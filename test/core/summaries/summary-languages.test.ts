/**
 * Summaries in each chat's language (issue 15): one cached summary per article and language, so
 * model calls grow with articles × languages in use, not with readers; digests and briefings ask
 * in the chat's language; an extract keeps the article's language and says which it is.
 *
 * The model is a fake of our own `ModelSummarizer` port that writes "[de] …" for a German request.
 */
import { describe, expect, it } from "vitest";
import { createExtractiveFallback } from "../../../src/adapters/ai/extractive-fallback.js";
import { loadTranslator } from "../../../src/adapters/i18n/fluent-translator.js";
import type { Article } from "../../../src/core/articles/article.js";
import type { ChatRef } from "../../../src/core/chats/chat.js";
import { ChatSettingsService } from "../../../src/core/chats/chat-settings-service.js";
import { BriefingService } from "../../../src/core/digests/briefing-service.js";
import { DigestService } from "../../../src/core/digests/digest-service.js";
import { SectionCatalog } from "../../../src/core/feeds/section-catalog.js";
import { groupAndRankStories } from "../../../src/core/stories/group-stories.js";
import type { ModelSummarizer, SummaryInput } from "../../../src/core/summaries/summary-ports.js";
import type { ArticleSummaryLine } from "../../../src/core/summaries/summary-lines.js";
import { SummaryService } from "../../../src/core/summaries/summary-service.js";
import { ManualClock, MemoryArticleStore, MemoryDigestStateStore, MemorySubscriptionStore } from "../../fakes/memory-ports.js";
import { makeArticle, MemorySummaryCache } from "../../fakes/summary-fakes.js";

/** A fake model: answers "[<language>] <the article's first sentence>", counting calls per language. */
function fakeModel(): ModelSummarizer & { calls: SummaryInput[] } {
  const calls: SummaryInput[] = [];
  return {
    version: "fake-model",
    calls,
    async summarize(input) {
      calls.push(input);
      // Let concurrent requests pile up on the single flight before answering.
      await new Promise((resolve) => setImmediate(resolve));
      return { text: `[${input.language}] Members debated new bus lanes, school repairs and falling tax receipts before the vote.`, tokens: 100 };
    },
  };
}

function service(options: { model?: ModelSummarizer; language?: string } = {}) {
  const clock = new ManualClock(Date.parse("2026-12-02T12:00:00Z"));
  const cache = new MemorySummaryCache(clock);
  const summaries = new SummaryService({
    ...(options.model ? { model: options.model } : {}),
    fallback: createExtractiveFallback({ maxChars: 700 }),
    cache,
    clock,
    settings: { language: options.language ?? "en", concurrency: 4 },
  });
  return { summaries, cache, clock };
}

const GERMAN_BODY =
  "Der Stadtrat hat am Dienstag den Haushalt beschlossen, nachdem die Mitglieder lange über die Kosten neuer Busspuren gestritten hatten. " +
  "Die Sanierung der drei Schulen soll im Frühjahr beginnen und wird aus dem neuen Haushalt bezahlt. " +
  "Der Kämmerer warnte, dass die Steuereinnahmen im nächsten Jahr sinken könnten, und bat um Zurückhaltung bei neuen Ausgaben. ";

describe("summaries in each chat's language: cost grows with articles × languages, not readers", () => {
  it("serves 60 chats in two languages reading 5 articles with 10 model calls, each chat in its language", async () => {
    const model = fakeModel();
    const { summaries, cache } = service({ model });
    const articles = Array.from({ length: 5 }, (_, index) => makeArticle(`l${index}`));
    const chats = Array.from({ length: 60 }, (_, index) => ({ language: index % 3 === 0 ? "de" : "en", languageFrom: "command" }));
    const lines = await Promise.all(chats.flatMap((chat) => articles.map(async (article) => ({ chat, text: await summaries.summaryLine(article, summaries.languageFor(chat)) }))));
    expect(model.calls).toHaveLength(10);
    expect(model.calls.filter((call) => call.language === "de")).toHaveLength(5);
    expect(cache.entries.size).toBe(10);
    for (const { chat, text } of lines) expect(text.startsWith(`[${chat.language}] `)).toBe(true);

    // Twice the readers in the same two languages: no further call.
    await Promise.all(chats.concat(chats).flatMap((chat) => articles.map((article) => summaries.summaryLine(article, summaries.languageFor(chat)))));
    expect(model.calls).toHaveLength(10);
  });

  it("makes one call for two chats in one language asking at once, and one more for a third language", async () => {
    const model = fakeModel();
    const { summaries } = service({ model });
    const article = makeArticle("once");
    const [first, second] = await Promise.all([summaries.summarizeArticle(article, "fr"), summaries.summarizeArticle(article, "fr")]);
    expect(model.calls).toHaveLength(1);
    expect(first).toEqual(second);
    expect(first).toMatchObject({ source: "model", language: "fr" });
    const russian = await summaries.summarizeArticle(article, "ru");
    expect(model.calls).toHaveLength(2);
    expect(russian).toMatchObject({ source: "model", language: "ru" });
    expect(russian.text).toMatch(/^\[ru\] /u);
  });

  it("writes in SUMMARY_LANGUAGE for chats that never chose a language, and in the chosen one otherwise", () => {
    const { summaries } = service({ language: "fr" });
    expect(summaries.languageFor({ language: "en" })).toBe("fr");
    expect(summaries.languageFor({ language: "de", languageFrom: "setup" })).toBe("de");
    expect(summaries.languageFor({ language: "en", languageFrom: "command" })).toBe("en");
  });

  it("keeps the article's language in an extract and says which it is (no model), also when read back from the cache", async () => {
    const { summaries } = service();
    const german = makeArticle("de1", { title: "Stadtrat beschließt Haushalt", summary: "Der Haushalt steht.", body: GERMAN_BODY.repeat(2) });
    const english = makeArticle("en1");
    const asked = await summaries.summarizeArticle(german, "fr");
    expect(asked).toMatchObject({ source: "extractive", language: "de" });
    expect(asked.text).toMatch(/Stadtrat|Schulen|Kämmerer/u);
    expect(await summaries.summarizeArticle(german, "fr")).toEqual(asked);
    expect(await summaries.summarizeArticle(english, "de")).toMatchObject({ source: "extractive", language: "en" });
  });

  it("marks a digest line that is an extract in another language with that language's code", async () => {
    const { summaries } = service();
    const german = makeArticle("de2", { title: "Stadtrat beschließt Haushalt", summary: "Der Haushalt steht.", body: GERMAN_BODY.repeat(2) });
    expect(await summaries.summaryLine(german, "fr")).toMatch(/^\[DE\] .*(Stadtrat|Schulen|Kämmerer)/u);
    expect(await summaries.summaryLine(german, "de-AT")).not.toMatch(/^\[/u);
  });
});

describe("digests and briefings summarise in each chat's language", () => {
  const catalog = new SectionCatalog([{ id: "world", title: "World", description: "", feeds: [] }]);
  const german: ChatRef = { platform: "telegram", chatId: "1" };
  const english: ChatRef = { platform: "telegram", chatId: "2" };

  async function setup() {
    const model = fakeModel();
    const { summaries, clock } = service({ model });
    const articles = new MemoryArticleStore();
    const chats = new ChatSettingsService(new MemorySubscriptionStore(), catalog, clock, { defaultTimezone: "UTC", defaultBriefingTime: "07:00", maxSectionsPerChat: 5, maxFollowsPerChat: 5 });
    // As build-services.ts wires it.
    const summarize: ArticleSummaryLine = (article, reader) => summaries.summaryLine(article, summaries.languageFor(reader));
    const translator = loadTranslator();
    const base = { articles, chats, catalog, clock, groupStories: groupAndRankStories, summarize, translator };
    const digests = new DigestService({ ...base, digestSize: 5, pages: new MemoryDigestStateStore() });
    const briefings = new BriefingService({ ...base, storiesPerSection: 5 });
    const topics = ["harbour strike", "glacier melt", "railway tender"];
    for (const [index, topic] of topics.entries()) {
      const article: Article = makeArticle(`w${index}`, { sectionId: "world", title: `${topic} ${index}`, url: `https://news.example/${index}`, firstSeenAt: clock.now() - 1_000, publishedAt: clock.now() - 60_000 });
      await articles.save(article, { url: article.url });
    }
    for (const chat of [german, english]) await chats.subscribe(chat, "world");
    await chats.setLanguage(german, "de");
    return { model, digests, briefings };
  }

  const summariesOf = (document: { sections: { items: { summary?: string }[] }[] }) => document.sections.flatMap((section) => section.items.map((item) => item.summary ?? ""));

  it("gives a German chat German summary lines and an English chat English ones, one call per story and language", async () => {
    const { model, digests, briefings } = await setup();
    const [de, en] = await Promise.all([digests.sectionDigest(german, "world"), digests.sectionDigest(english, "world")]);
    expect(summariesOf(de)).toHaveLength(3);
    for (const line of summariesOf(de)) expect(line).toMatch(/^\[de\] /u);
    for (const line of summariesOf(en)) expect(line).toMatch(/^\[en\] /u);
    expect(model.calls).toHaveLength(6);

    // The briefings reuse the cached summaries: no further call.
    const briefing = await briefings.compose(german);
    const lines = summariesOf(briefing).filter((line) => line !== "");
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^\[de\] /u);
    await briefings.compose(english);
    expect(model.calls).toHaveLength(6);
  });
});
