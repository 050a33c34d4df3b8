/**
 * Feed health notices: the chats of a failing feed's section are told once when it has failed for
 * the configured time, once when it works again, never repeatedly; through the outbox.
 */
import { describe, expect, it } from "vitest";
import { FeedFetchError } from "../../../src/core/shared/errors.js";
import { loadTranslator } from "../../../src/adapters/i18n/fluent-translator.js";
import { FeedHealthNotices } from "../../../src/core/alerts/feed-health-notices.js";
import { ingestFeed, type IngestDependencies } from "../../../src/core/feeds/ingest-feed.js";
import type { ChatRef, ChatSettings } from "../../../src/core/chats/chat.js";
import type { FeedSource, ParsedFeed } from "../../../src/core/feeds/feed.js";
import type { FeedFetchResult } from "../../../src/core/feeds/feed-ports.js";
import { makeSettings } from "../../contract/subscription-store.contract.js";
import { ManualClock, MemoryArticleStore, MemoryFeedStateStore, MemoryOutboxStore, MemorySubscriptionStore, RecordingLogger } from "../../fakes/memory-ports.js";

const HOUR = 3_600_000;
const source: FeedSource = { url: "https://wire.example/world.xml", sectionId: "world", name: "Wire World", pollIntervalSeconds: 600 };
const reader: ChatRef = { platform: "telegram", chatId: "1" };
const group: ChatRef = { platform: "discord", chatId: "900" };
const optedOut: ChatRef = { platform: "telegram", chatId: "2" };
const paused: ChatRef = { platform: "telegram", chatId: "3" };
const sport: ChatRef = { platform: "telegram", chatId: "4" };

async function setup() {
  const clock = new ManualClock();
  const subscriptions = new MemorySubscriptionStore();
  const outbox = new MemoryOutboxStore();
  const put = (chat: ChatRef, extra: Partial<ChatSettings> = {}) => subscriptions.put(makeSettings(chat, { sections: ["world"], ...extra }));
  await put(reader);
  await put(group);
  await put(optedOut, { feedNotices: false });
  await put(paused, { paused: { reason: "blocked", at: 1 } });
  await put(sport, { sections: ["sport"] });
  let next: () => FeedFetchResult = () => {
    throw new FeedFetchError(`${source.url}: HTTP 503`, true);
  };
  const feed: ParsedFeed = { title: "World", format: "rss", items: [] };
  const notices = new FeedHealthNotices({
    subscriptions,
    outbox,
    clock,
    logger: new RecordingLogger(),
    failingNoticeAfterMs: 6 * HOUR,
    sectionTitle: (id) => (id === "world" ? "World" : id),
    instanceId: "test",
    translator: loadTranslator(),
  });
  const dependencies: IngestDependencies = {
    fetcher: { fetch: async () => next() },
    parser: { parse: () => feed },
    articles: new MemoryArticleStore(),
    feedStates: new MemoryFeedStateStore(),
    clock,
    logger: new RecordingLogger(),
    policy: { failuresBeforeUnhealthy: 5, maxBackoffSeconds: 6 * 3600, maxItemsPerFetch: 100, random: () => 0.5 },
    health: notices,
  };
  const poll = () => ingestFeed(source, dependencies);
  const works = () => {
    next = () => ({ status: "not-modified" });
  };
  const fails = () => {
    next = () => {
      throw new FeedFetchError(`${source.url}: HTTP 503`, true);
    };
  };
  const records = () => [...outbox.records.values()];
  return { clock, poll, works, fails, records, notices, dependencies };
}

describe("feed health notices", () => {
  it("tells each subscribed chat once after the threshold, and once when the feed recovers", async () => {
    const { clock, poll, works, records } = await setup();
    const startedAt = clock.now();
    await poll();
    clock.advance(2 * HOUR);
    await poll();
    expect(records()).toEqual([]); // failing, but not for long enough yet

    clock.advance(4 * HOUR);
    const crossed = await poll();
    expect(crossed.state.failingNoticeFor).toBe(startedAt);
    const failing = records();
    expect(failing.map((record) => record.id).sort()).toEqual([
      `feed-health:discord:900:${source.url}:${startedAt}:failing`,
      `feed-health:telegram:1:${source.url}:${startedAt}:failing`,
    ]);
    expect(failing.every((record) => record.kind === "notice" && record.status === "pending")).toBe(true);
    expect(failing[0]?.document?.title).toBe("Feed failing: Wire World");
    expect(failing[0]?.document?.sections[0]?.items[0]).toMatchObject({
      title: "Wire World (World) has been failing since 6 h ago",
      summary: expect.stringContaining("Reason: the server has a problem (HTTP 503)."),
    });

    // Still failing hours later: nothing more.
    clock.advance(5 * HOUR);
    await poll();
    clock.advance(5 * HOUR);
    await poll();
    expect(records()).toHaveLength(2);

    works();
    clock.advance(HOUR);
    const recovered = await poll();
    expect(recovered.state.failingNoticeFor).toBeUndefined();
    const back = records().filter((record) => record.id.endsWith(":recovered"));
    expect(back.map((record) => record.chat.chatId).sort()).toEqual(["1", "900"]);
    expect(back[0]?.document?.sections[0]?.items[0]?.summary).toContain("It had been failing for 17 h");
    await poll();
    expect(records()).toHaveLength(4);
  });

  it("says nothing about a failure shorter than the threshold, not even when it recovers", async () => {
    const { clock, poll, works, records } = await setup();
    await poll();
    clock.advance(5 * HOUR);
    await poll();
    works();
    clock.advance(HOUR);
    await poll();
    expect(records()).toEqual([]);
  });

  it("starts over for a new run of failures, and never queues twice when a poll's outcome is reviewed again", async () => {
    const { clock, poll, works, fails, records, notices, dependencies } = await setup();
    await poll();
    clock.advance(7 * HOUR);
    const first = await poll();
    works();
    await poll();
    fails();
    clock.advance(HOUR);
    const secondStart = clock.now();
    await poll();
    clock.advance(7 * HOUR);
    const second = await poll();
    expect(second.state.failingNoticeFor).toBe(secondStart);
    expect(records().filter((record) => record.id.endsWith(":failing"))).toHaveLength(4);
    // Another instance (or this one after a crash before storing) reviews the same state again.
    const { failingNoticeFor: _noted, ...unnoted } = second.state;
    await notices.review(source, unnoted);
    expect(records()).toHaveLength(6); // 2 failing + 2 recovered of the first run, 2 failing of the second
    expect(first.state.failingNoticeFor).not.toBe(secondStart);
    expect((await dependencies.feedStates.get(source.url))?.failingNoticeFor).toBe(secondStart);
  });
});
