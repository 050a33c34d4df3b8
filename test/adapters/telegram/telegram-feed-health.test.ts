/**
 * Feed health end to end on Telegram: a feed of a subscribed section fails; /sections and /status
 * name it with the reason at once; past FEED_FAILING_NOTICE_AFTER the chat gets one notice through
 * the outbox and the real sender, and one more when the feed works again. The store is the real
 * SQLite one (its index of chats by section), the client grammY against the fake Bot API server;
 * only the feed fetch is scripted (our own port).
 */
import { afterEach, describe, expect, it } from "vitest";
import { FeedFetchError } from "../../../src/core/shared/errors.js";
import { FeedHealthNotices } from "../../../src/core/alerts/feed-health-notices.js";
import { ingestFeed, type IngestDependencies } from "../../../src/core/feeds/ingest-feed.js";
import type { FeedFetchResult } from "../../../src/core/feeds/feed-ports.js";
import { drainOutbox } from "../../../src/core/delivery/drain-outbox.js";
import { ManualClock } from "../../fakes/memory-ports.js";
import { type Harness, startHarness, waitFor } from "./telegram-harness.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const HOUR = 3_600_000;

describe("feed health on Telegram", () => {
  it("shows a failing feed at once, notifies the subscribed chat once past the threshold, and once on recovery", async () => {
    const h = (harness = await startHarness());
    // The poller's clock starts 9 h back; commands read the real clock (the harness's).
    const clock = new ManualClock(Date.now() - 9 * HOUR);
    h.fake.addChat({ id: 41, type: "private" });
    h.fake.addChat({ id: 42, type: "private" });
    h.fake.sendUserMessage({ chatId: 41, userId: 41, text: "/subscribe world" });
    h.fake.sendUserMessage({ chatId: 42, userId: 42, text: "/subscribe politics" });
    await waitFor(() => h.fake.messagesIn(41).length === 1 && h.fake.messagesIn(42).length === 1, 5_000, "subscribe answers");

    let next: () => FeedFetchResult = () => {
      throw new FeedFetchError("https://feeds.example/world.xml: HTTP 502", true);
    };
    const ingest: IngestDependencies = {
      fetcher: { fetch: async () => next() },
      parser: { parse: () => ({ title: "Civic Wire", format: "rss", items: [] }) },
      articles: h.stores.articles,
      feedStates: h.stores.feedStates,
      clock,
      logger: h.logger,
      policy: { failuresBeforeUnhealthy: 5, maxBackoffSeconds: 6 * 3600, maxItemsPerFetch: 100, random: () => 0.5 },
      health: new FeedHealthNotices({
        subscriptions: h.stores.subscriptions,
        outbox: h.stores.outbox,
        clock,
        logger: h.logger,
        failingNoticeAfterMs: 6 * HOUR,
        sectionTitle: (id) => h.services.catalog.get(id)?.title ?? id,
        instanceId: "telegram-test",
        translator: h.services.commandServices.translator,
      }),
    };
    const world = h.services.catalog.get("world")!.feeds[0]!;
    const drain = () =>
      drainOutbox({
        outbox: h.stores.outbox, sender: h.adapter.sender, clock, logger: h.logger, owner: "telegram-test",
        leaseMs: 60_000, maxAttempts: 3, concurrency: 4, pauseChat: (chat, reason) => h.services.chats.pause(chat, reason),
      });

    await ingestFeed(world, ingest);
    h.fake.sendUserMessage({ chatId: 41, userId: 41, text: "/sections" });
    const sections = await waitFor(() => h.fake.messagesIn(41)[1], 5_000, "/sections");
    expect(sections.text).toContain("1 failing — Civic Wire: the server has a problem (HTTP 502), for 9 h");
    expect(await drain()).toMatchObject({ sent: 0 });

    clock.advance(7 * HOUR);
    await ingestFeed(world, ingest);
    clock.advance(HOUR);
    await ingestFeed(world, ingest);
    expect(await drain()).toMatchObject({ sent: 1 });
    const notice = h.fake.messagesIn(41)[2];
    expect(notice?.text).toMatch(/^Feed failing: Civic Wire\n/u);
    expect(notice?.text).toContain("Civic Wire (World) has been failing since 7 h ago");
    expect(notice?.text).toContain("Reason: the server has a problem (HTTP 502).");
    expect(h.fake.messagesIn(42)).toHaveLength(1); // subscribed to another section: nothing

    h.fake.sendUserMessage({ chatId: 41, userId: 41, text: "/status" });
    const status = await waitFor(() => h.fake.messagesIn(41)[3], 5_000, "/status");
    expect(status.text).toMatch(/^Status of this chat\n/u);
    expect(status.text).toContain("Civic Wire: the server has a problem (HTTP 502), for 9 h");
    expect(status.text).toContain("Feed notices: on");

    next = () => ({ status: "not-modified" });
    clock.advance(HOUR);
    await ingestFeed(world, ingest);
    await ingestFeed(world, ingest);
    expect(await drain()).toMatchObject({ sent: 1 });
    expect(h.fake.messagesIn(41)[4]?.text).toMatch(/^Feed working again: Civic Wire\n/u);
    expect(h.fake.messagesIn(41)).toHaveLength(5);
  });
});
