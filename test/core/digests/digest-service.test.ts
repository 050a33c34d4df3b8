import { describe, expect, it } from "vitest";
import type { BriefingDocument } from "../../../src/core/digests/briefing-document.js";
import { BriefingService } from "../../../src/core/digests/briefing-service.js";
import { ChatSettingsService } from "../../../src/core/chats/chat-settings-service.js";
import { DigestService } from "../../../src/core/digests/digest-service.js";
import { UserFacingError } from "../../../src/core/shared/errors.js";
import type { Article } from "../../../src/core/articles/article.js";
import type { ChatRef } from "../../../src/core/chats/chat.js";
import { SectionCatalog } from "../../../src/core/feeds/section-catalog.js";
import { groupAndRankStories } from "../../../src/core/stories/group-stories.js";
import { ManualClock, MemoryArticleStore, MemoryDigestStateStore, MemorySubscriptionStore } from "../../fakes/memory-ports.js";
import { loadTranslator } from "../../../src/adapters/i18n/fluent-translator.js";
import { textIn } from "../../../src/core/shared/translator.js";
import { userText } from "../../../src/core/shared/user-messages.js";

const HOUR = 3_600_000;
const chat: ChatRef = { platform: "telegram", chatId: "5" };
const catalog = new SectionCatalog([
  { id: "world", title: "World", description: "", feeds: [] },
  { id: "politics", title: "Politics", description: "", feeds: [] },
]);
/** Distinct words, so that no two test titles are taken for the same story. */
const WORDS = ["harbour", "glacier", "election", "vaccine", "railway", "drought", "satellite", "tariff", "museum", "pipeline", "orchestra", "volcano", "stadium", "refinery", "lottery", "bridge", "embassy", "festival", "airport", "forest"];

function setup(digestSize = 5) {
  const clock = new ManualClock(Date.parse("2026-12-02T12:00:00Z"));
  const articles = new MemoryArticleStore();
  const chats = new ChatSettingsService(new MemorySubscriptionStore(), catalog, clock, { defaultTimezone: "UTC", defaultBriefingTime: "07:00", maxSectionsPerChat: 5, maxFollowsPerChat: 5 });
  const pages = new MemoryDigestStateStore();
  const base = { articles, chats, catalog, clock, groupStories: groupAndRankStories };
  const digests = new DigestService({ ...base, translator: loadTranslator(), digestSize, pages });
  const briefings = new BriefingService({ ...base, translator: loadTranslator(), storiesPerSection: digestSize, keepRest: (...args) => digests.keepBriefingRest(...args) });
  let counter = 0;
  const add = async (fields: Partial<Article> & { hoursAgo?: number } = {}): Promise<Article> => {
    const index = counter++;
    const { hoursAgo = index * 0.25, ...rest } = fields;
    const at = clock.now() - hoursAgo * HOUR;
    const article: Article = {
      id: `c${String(index).padStart(5, "0")}`,
      sectionId: "world",
      feedUrl: `https://outlet${index % 4}.example/feed`,
      source: `Outlet ${index % 4}`,
      title: `${WORDS[index % WORDS.length]} report ${index} ${WORDS[(index * 7 + 3) % WORDS.length]}${index}`,
      url: `https://news.example/${index}`,
      summary: "",
      publishedAt: at,
      publishedAtFromFeed: true,
      firstSeenAt: clock.now(),
      tags: [],
      backfill: false,
      ...rest,
    };
    await articles.save(article, { url: article.url });
    return article;
  };
  return { clock, digests, briefings, chats, add };
}

const titles = (document: BriefingDocument) => document.sections.flatMap((section) => section.items.map((item) => item.title));

async function refusalOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  if (!(error instanceof UserFacingError)) throw new Error(`expected a refusal, got ${String(error)}`);
  // What the chat is told: the refusal's messages in its language (English here).
  return userText(error, textIn(loadTranslator(), "en"));
}

describe("paging a digest with /more", () => {
  it("shows every story exactly once across pages, says how many are left, then says it is done", async () => {
    const context = setup();
    const added = await Promise.all(Array.from({ length: 12 }, () => context.add()));
    const first = await context.digests.sectionDigest(chat, "world");
    expect(first.subtitle).toMatch(/^5 of 12 stories · newest /u);
    expect(first.footer).toBe("7 more stories: /more world");
    expect(first.more).toEqual([{ sectionId: "world", title: "World" }]);
    const second = await context.digests.more(chat, "world");
    expect(second.title).toBe("World digest, continued");
    expect(second.subtitle).toMatch(/^stories 6–10 of 12 · /u);
    const third = await context.digests.more(chat, "world");
    expect(third.subtitle).toMatch(/^stories 11–12 of 12 · /u);
    expect(third.more).toBeUndefined();
    const shown = [first, second, third].flatMap(titles);
    expect(shown).toHaveLength(12);
    expect(new Set(shown)).toEqual(new Set(added.map((article) => article.title)));
    expect(await refusalOf(context.digests.more(chat, "world"))).toBe("You have seen every story of the last World digest. See what arrived since with /digest world.");
  });

  it("pages the digest as it was made, whatever arrives between pages", async () => {
    const context = setup();
    for (let i = 0; i < 10; i++) await context.add({ hoursAgo: 5 + i });
    const first = await context.digests.sectionDigest(chat, "world");
    context.clock.advance(10 * 60_000);
    const late = [await context.add({ hoursAgo: 0 }), await context.add({ hoursAgo: 0 })];
    const second = await context.digests.more(chat, "world");
    expect(titles(second)).toHaveLength(5);
    for (const article of late) expect(titles(second)).not.toContain(article.title);
    expect(titles(second).some((title) => titles(first).includes(title))).toBe(false);
    // The next digest starts with what arrived since: nothing already seen comes back.
    const next = await context.digests.sectionDigest(chat, "world");
    expect(titles(next).sort()).toEqual(late.map((article) => article.title).sort());
  });

  it("starts the next digest from the stories not seen, not from what was not shown", async () => {
    const context = setup();
    const added = await Promise.all(Array.from({ length: 8 }, () => context.add()));
    const first = await context.digests.sectionDigest(chat, "world");
    context.clock.advance(HOUR);
    const second = await context.digests.sectionDigest(chat, "world");
    expect(second.subtitle).toMatch(/^3 stories · /u);
    expect(new Set([...titles(first), ...titles(second)])).toEqual(new Set(added.map((article) => article.title)));
    context.clock.advance(HOUR);
    const third = await context.digests.sectionDigest(chat, "world");
    expect(titles(third)).toEqual([]);
    // The second digest showed the rest: its time is the mark.
    expect(third.sections[0]?.emptyText).toBe("Nothing new in World since 13:00.");
  });

  it("refuses /more without a recent digest, in the one style", async () => {
    const context = setup();
    await context.add();
    expect(await refusalOf(context.digests.more(chat, "world"))).toBe("There is no World digest of the last 24 hours to continue here. Start one with /digest world.");
    for (let i = 0; i < 7; i++) await context.add();
    await context.digests.sectionDigest(chat, "world");
    context.clock.advance(25 * HOUR);
    expect(await refusalOf(context.digests.more(chat, "world"))).toMatch(/^There is no World digest of the last 24 hours/u);
  });
});

describe("digest headers and ranking", () => {
  it("dates the header by the stories shown, and puts an undated backfill below dated news", async () => {
    const context = setup();
    for (let i = 0; i < 60; i++) {
      await context.add({ source: "heise online", feedUrl: "https://heise.example/feed", publishedAt: context.clock.now(), publishedAtFromFeed: false, backfill: true });
    }
    const week = await context.add({ source: "Civic Wire", hoursAgo: 8 * 24 });
    const today = await context.add({ source: "World Desk", hoursAgo: 2 });
    const document = await context.digests.sectionDigest(chat, "world");
    expect(titles(document).slice(0, 2)).toEqual([today.title, week.title]);
    expect(document.subtitle).toBe("5 of 62 stories · newest 10:00, oldest Tue 24 Nov, 12:00, 3 undated");
    const items = document.sections[0]!.items;
    expect(items.map((item) => item.detail)).toEqual(["2 h ago", "8 d ago", "date unknown", "date unknown", "date unknown"]);
    expect(items[2]?.publishedAt).toBeUndefined();
  });

  it("names the year of a story from another year in the header", async () => {
    const context = setup();
    await context.add({ source: "Civic Wire", hoursAgo: 2 });
    await context.add({ source: "Ars Technica", publishedAt: Date.parse("2018-08-05T23:11:00Z") });
    const document = await context.digests.sectionDigest(chat, "world");
    expect(document.subtitle).toBe("2 stories · newest 10:00, oldest 5 Aug 2018");
  });

  it("lists an undated backfill after dated stories in /latest", async () => {
    const context = setup();
    const undated = await context.add({ source: "heise online", publishedAt: context.clock.now(), publishedAtFromFeed: false, backfill: true });
    const dated = await context.add({ source: "Civic Wire", hoursAgo: 30 });
    const latest = await context.digests.latest(chat, 5);
    expect(titles(latest)).toEqual([dated.title, undated.title]);
    expect(latest.sections[0]?.items.map((item) => item.detail)).toEqual(["World · 30 h ago", "World · date unknown"]);
  });

  it("keeps a briefing's unshown stories reachable with /more", async () => {
    const context = setup(3);
    await context.chats.subscribe(chat, "world");
    const added = await Promise.all(Array.from({ length: 7 }, () => context.add()));
    const briefing = await context.briefings.briefing(chat);
    expect(briefing.subtitle).toMatch(/^3 stories · newest 12:00, oldest /u);
    expect(briefing.footer).toBe("More: World (4) /more world");
    const rest = [await context.digests.more(chat, "world"), await context.digests.more(chat, "world")];
    expect(rest[0]?.subtitle).toMatch(/^stories 4–6 of 7/u);
    expect(new Set([...titles(briefing), ...rest.flatMap(titles)])).toEqual(new Set(added.map((article) => article.title)));
  });
});
