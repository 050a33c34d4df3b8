import { describe, expect, it } from "vitest";
import { BriefingService } from "../../../src/core/digests/briefing-service.js";
import { ChatSettingsService } from "../../../src/core/chats/chat-settings-service.js";
import { chatFeedSectionId } from "../../../src/core/chats/mine-section.js";
import type { ChatRef } from "../../../src/core/chats/chat.js";
import { scheduleDueBriefings } from "../../../src/core/delivery/schedule-briefings.js";
import { SectionCatalog } from "../../../src/core/feeds/section-catalog.js";
import { groupAndRankStories } from "../../../src/core/stories/group-stories.js";
import { ManualClock, MemoryArticleStore, MemoryOutboxStore, MemorySubscriptionStore, RecordingLogger } from "../../fakes/memory-ports.js";
import { loadTranslator } from "../../../src/adapters/i18n/fluent-translator.js";

const catalog = new SectionCatalog([{ id: "world", title: "World", description: "", feeds: [] }]);
const london: ChatRef = { platform: "telegram", chatId: "1" };

function setup(start: string) {
  const clock = new ManualClock(Date.parse(start));
  const subscriptions = new MemorySubscriptionStore();
  const articles = new MemoryArticleStore();
  const chats = new ChatSettingsService(subscriptions, catalog, clock, { defaultTimezone: "UTC", defaultBriefingTime: "07:00", maxSectionsPerChat: 5, maxFollowsPerChat: 5 });
  const briefings = new BriefingService({ articles, chats, catalog, clock, groupStories: groupAndRankStories, storiesPerSection: 5 , translator: loadTranslator() });
  const outbox = new MemoryOutboxStore();
  const tick = (instanceId = "a") =>
    scheduleDueBriefings({ subscriptions, chats, briefings, outbox, clock, logger: new RecordingLogger(), graceMs: 2 * 3_600_000, instanceId });
  return { clock, chats, outbox, articles, tick };
}

/** Ticks once a minute from the clock's time until `until`, returning the ids of the records created. */
async function tickEveryMinute(context: ReturnType<typeof setup>, until: string): Promise<string[]> {
  while (context.clock.now() < Date.parse(until)) {
    await context.tick();
    context.clock.advance(60_000);
  }
  // Jumping the clock forward also records the days in between as skipped; only queued ones count here.
  return [...context.outbox.records.values()].filter((record) => record.status === "pending").map((record) => record.id);
}

describe("the briefing scheduler", () => {
  it("reads only the chats that are due, and a settings change while a briefing is due keeps it due", async () => {
    const context = setup("2026-11-24T12:00:00Z");
    await context.chats.subscribe(london, "world");
    const idle: ChatRef = { platform: "telegram", chatId: "2" };
    await context.chats.setQuietHours(idle, { start: "22:00", end: "06:00" }); // no sections: owes no briefing
    expect((await context.chats.get(london)).nextBriefingAt).toBe(Date.parse("2026-11-25T07:00:00Z"));
    expect((await context.chats.get(idle)).nextBriefingAt).toBeUndefined();
    context.clock.time = Date.parse("2026-11-25T07:00:30Z");
    // A command lands before the scheduler's tick: the due briefing stays due.
    await context.chats.follow(london, "Mars", []);
    expect((await context.chats.get(london)).nextBriefingAt).toBe(Date.parse("2026-11-25T07:00:00Z"));
    expect(await context.tick()).toEqual({ queued: 1, skipped: 0 });
    expect((await context.chats.get(london)).nextBriefingAt).toBe(Date.parse("2026-11-26T07:00:00Z"));
    // Changing the schedule moves the next briefing at once; pausing removes it.
    await context.chats.setBriefingSchedule(london, { time: "18:30" });
    expect((await context.chats.get(london)).nextBriefingAt).toBe(Date.parse("2026-11-25T18:30:00Z"));
    await context.chats.pause(london, "blocked");
    expect((await context.chats.get(london)).nextBriefingAt).toBeUndefined();
    await context.chats.resume(london);
    expect((await context.chats.get(london)).nextBriefingAt).toBe(Date.parse("2026-11-25T18:30:00Z"));
  });

  it("briefs a chat that has only feeds of its own, with their stories under \"Your feeds\"", async () => {
    const context = setup("2026-11-24T12:00:00Z");
    const url = "https://harbour.example/feed.xml";
    await context.chats.changeSources(london, () => [{ url, name: "Harbour", addedAt: context.clock.now() }]);
    expect((await context.chats.get(london)).nextBriefingAt).toBe(Date.parse("2026-11-25T07:00:00Z"));
    const at = Date.parse("2026-11-25T05:00:00Z");
    await context.articles.save(
      { id: "h1", sectionId: chatFeedSectionId(url), feedUrl: url, source: "Harbour Notes", title: "Ferry timetable changes from Monday", url: "https://harbour.example/ferry",
        summary: "", publishedAt: at, publishedAtFromFeed: true, firstSeenAt: at, tags: [], backfill: false },
      { url: "https://harbour.example/ferry" },
    );
    context.clock.time = Date.parse("2026-11-25T07:00:00Z");
    expect(await context.tick()).toEqual({ queued: 1, skipped: 0 });
    const document = context.outbox.records.get("briefing:telegram:1:2026-11-25")?.document;
    const mine = document?.sections.find((section) => section.heading === "Your feeds");
    expect(mine?.items.map((item) => item.title)).toEqual(["Ferry timetable changes from Monday"]);

    // In a German chat the same section is named in German.
    await context.chats.setLanguage(london, "de");
    context.clock.time = Date.parse("2026-11-26T07:00:00Z");
    await context.articles.save(
      { id: "h2", sectionId: chatFeedSectionId(url), feedUrl: url, source: "Harbour Notes", title: "Pier reopens", url: "https://harbour.example/pier",
        summary: "", publishedAt: context.clock.time - 60_000, publishedAtFromFeed: true, firstSeenAt: context.clock.time - 60_000, tags: [], backfill: false },
      { url: "https://harbour.example/pier" },
    );
    expect(await context.tick()).toEqual({ queued: 1, skipped: 0 });
    const german = context.outbox.records.get("briefing:telegram:1:2026-11-26")?.document;
    expect(german?.sections.find((section) => section.heading === "Deine Feeds")?.items.map((item) => item.title)).toEqual(["Pier reopens"]);
  });

  it("queues a chat's briefing at its local time, once, whichever instance ticks", async () => {
    const context = setup("2026-11-24T12:00:00Z");
    await context.chats.subscribe(london, "world");
    await context.chats.setBriefingSchedule(london, { time: "07:00", timezone: "Europe/London" });
    context.clock.time = Date.parse("2026-11-25T06:59:00Z");
    expect(await context.tick()).toEqual({ queued: 0, skipped: 0 });
    context.clock.time = Date.parse("2026-11-25T07:00:00Z");
    const results = await Promise.all([context.tick("a"), context.tick("b"), context.tick("c")]);
    expect(results.reduce((sum, result) => sum + result.queued, 0)).toBe(1);
    expect(await context.tick()).toEqual({ queued: 0, skipped: 0 });
    const record = context.outbox.records.get("briefing:telegram:1:2026-11-25");
    expect(record).toMatchObject({ kind: "briefing", status: "pending" });
    expect(record?.document?.title).toBe("Your briefing — Wednesday 25 November");
  });

  it("after downtime sends a briefing within the grace period and records an older one as skipped", async () => {
    const late = setup("2026-11-24T12:00:00Z");
    await late.chats.subscribe(london, "world");
    late.clock.time = Date.parse("2026-11-25T08:30:00Z");
    expect(await late.tick()).toEqual({ queued: 1, skipped: 0 });

    const tooLate = setup("2026-11-24T12:00:00Z");
    await tooLate.chats.subscribe(london, "world");
    tooLate.clock.time = Date.parse("2026-11-25T09:30:00Z");
    expect(await tooLate.tick()).toEqual({ queued: 0, skipped: 1 });
    expect(tooLate.outbox.records.get("briefing:telegram:1:2026-11-25")).toMatchObject({ status: "skipped" });
  });

  it("owes nothing for times before the chat set its schedule, and skips paused chats and empty ones", async () => {
    const context = setup("2026-11-25T10:00:00Z");
    await context.chats.subscribe(london, "world");
    expect(await context.tick()).toEqual({ queued: 0, skipped: 0 });
    await context.chats.setBriefingSchedule({ platform: "telegram", chatId: "2" }, { time: "08:00" });
    await context.chats.subscribe({ platform: "telegram", chatId: "3" }, "world");
    await context.chats.pause({ platform: "telegram", chatId: "3" }, "blocked");
    context.clock.time = Date.parse("2026-11-26T08:00:00Z");
    expect(await context.tick()).toEqual({ queued: 1, skipped: 0 });
    expect([...context.outbox.records.keys()]).toEqual(["briefing:telegram:1:2026-11-26"]);
  });

  it("sends a 01:30 Europe/London briefing once on the spring-forward day and once on the fall-back day", async () => {
    const spring = setup("2026-03-27T12:00:00Z");
    await spring.chats.subscribe(london, "world");
    await spring.chats.setBriefingSchedule(london, { time: "01:30", timezone: "Europe/London" });
    spring.clock.time = Date.parse("2026-03-28T23:00:00Z");
    expect(await tickEveryMinute(spring, "2026-03-29T04:00:00Z")).toEqual(["briefing:telegram:1:2026-03-29"]);
    expect(spring.outbox.records.get("briefing:telegram:1:2026-03-29")?.createdAt).toBe(Date.parse("2026-03-29T01:30:00Z"));

    const autumn = setup("2026-10-23T12:00:00Z");
    await autumn.chats.subscribe(london, "world");
    await autumn.chats.setBriefingSchedule(london, { time: "01:30", timezone: "Europe/London" });
    autumn.clock.time = Date.parse("2026-10-24T22:00:00Z");
    expect(await tickEveryMinute(autumn, "2026-10-25T04:00:00Z")).toEqual(["briefing:telegram:1:2026-10-25"]);
  });

  it("keeps America/New_York at 07:00 local across both changes", async () => {
    const context = setup("2026-03-06T12:00:00Z");
    const newYork: ChatRef = { platform: "discord", chatId: "9" };
    await context.chats.subscribe(newYork, "world");
    await context.chats.setBriefingSchedule(newYork, { time: "07:00", timezone: "America/New_York" });
    context.clock.time = Date.parse("2026-03-07T10:00:00Z");
    await tickEveryMinute(context, "2026-03-09T13:00:00Z");
    expect([...context.outbox.records.values()].filter((record) => record.status === "pending").map((record) => new Date(record.createdAt).toISOString())).toEqual([
      "2026-03-07T12:00:00.000Z",
      "2026-03-08T11:00:00.000Z",
      "2026-03-09T11:00:00.000Z",
    ]);
  }, 30_000);
});
