import { describe, expect, it } from "vitest";
import { FeedFetchError, FeedParseError, StoreError } from "../../../src/core/shared/errors.js";
import { ingestFeed, type IngestDependencies } from "../../../src/core/feeds/ingest-feed.js";
import type { FeedItem, FeedSource, ParsedFeed } from "../../../src/core/feeds/feed.js";
import { pollDueFeeds } from "../../../src/core/feeds/poll-due-feeds.js";
import type { FeedFetchResult, FeedFetcher, FeedParser, FeedValidators } from "../../../src/core/feeds/feed-ports.js";
import { ManualClock, MemoryArticleStore, MemoryFeedStateStore, RecordingLogger } from "../../fakes/memory-ports.js";

const source: FeedSource = { url: "https://news.example/politics.xml", sectionId: "politics", name: "News Example", pollIntervalSeconds: 600 };

/** A fetcher that serves whatever the test scripts next, and records the validators it was given. */
class ScriptedFetcher implements FeedFetcher {
  readonly requests: FeedValidators[] = [];
  next: (() => FeedFetchResult) | undefined;
  async fetch(_url: string, validators: FeedValidators) {
    this.requests.push(validators);
    if (!this.next) throw new Error("nothing scripted");
    return this.next();
  }
  serve(items: FeedItem[], extra: Partial<Extract<FeedFetchResult, { status: "ok" }>> = {}) {
    const feed: ParsedFeed = { title: "Example Politics", format: "rss", items };
    this.next = () => ({ status: "ok", body: new TextEncoder().encode(JSON.stringify(feed)), finalUrl: source.url, ...extra });
  }
}

const jsonParser: FeedParser = {
  parse(body) {
    const text = new TextDecoder().decode(body);
    if (!text.startsWith("{")) throw new FeedParseError("not a feed: an HTML page");
    return JSON.parse(text) as ParsedFeed;
  },
};

function item(overrides: Partial<FeedItem>): FeedItem {
  return { title: "Parliament passes the annual budget", url: "https://news.example/a", summary: "Lawmakers approved it.", tags: [], ...overrides };
}

function setup() {
  const clock = new ManualClock();
  const fetcher = new ScriptedFetcher();
  const articles = new MemoryArticleStore();
  const feedStates = new MemoryFeedStateStore();
  const logger = new RecordingLogger();
  const dependencies: IngestDependencies = {
    fetcher,
    parser: jsonParser,
    articles,
    feedStates,
    clock,
    logger,
    policy: { failuresBeforeUnhealthy: 3, maxBackoffSeconds: 3600, maxItemsPerFetch: 100, random: () => 0.5 },
  };
  return { clock, fetcher, articles, feedStates, logger, dependencies };
}

describe("ingesting a feed", () => {
  it("records a new feed's existing items as backfill, and later items as news", async () => {
    const { fetcher, dependencies, clock } = setup();
    fetcher.serve([item({ guid: "g1" }), item({ guid: "g2", url: "https://news.example/b", title: "Minister resigns over expenses row" })]);
    const first = await ingestFeed(source, dependencies);
    expect(first.stored.map((article) => article.backfill)).toEqual([true, true]);

    clock.advance(600_000);
    fetcher.serve([item({ guid: "g3", url: "https://news.example/c", title: "Senate delays vote on energy bill" }), item({ guid: "g1" })]);
    const second = await ingestFeed(source, dependencies);
    expect(second.stored).toHaveLength(1);
    expect(second.stored[0]).toMatchObject({ title: "Senate delays vote on energy bill", backfill: false, source: "News Example" });
  });

  it("does not store an item again when it reappears with a new date, moves feeds, or loses its guid", async () => {
    const { fetcher, dependencies, articles } = setup();
    fetcher.serve([item({ guid: "g1", publishedAt: Date.parse("2026-11-24T08:00:00Z") })]);
    await ingestFeed(source, dependencies);
    fetcher.serve([item({ guid: "g1", publishedAt: Date.parse("2026-11-25T07:00:00Z") })]);
    expect((await ingestFeed(source, dependencies)).stored).toHaveLength(0);
    // Same canonical URL, no guid, another feed of the section.
    const other: FeedSource = { ...source, url: "https://news.example/top.xml" };
    fetcher.serve([item({ guid: undefined })]);
    expect((await ingestFeed(other, dependencies)).stored).toHaveLength(0);
    // Same title (other punctuation and case), no guid, different URL on the same site.
    fetcher.serve([item({ guid: undefined, url: "https://news.example/a?page=2", title: "PARLIAMENT passes the annual budget!" })]);
    expect((await ingestFeed(other, dependencies)).stored).toHaveLength(0);
    expect(articles.articles.size).toBe(1);
  });

  it("keeps items without a date, dated at first sight, and never dates an item in the future", async () => {
    const { fetcher, dependencies, clock } = setup();
    fetcher.serve([item({ guid: "nodate" }), item({ guid: "future", url: "https://news.example/f", title: "A story from tomorrow morning", publishedAt: clock.now() + 86_400_000 })]);
    const { stored } = await ingestFeed(source, dependencies);
    expect(stored.map((article) => [article.publishedAt, article.publishedAtFromFeed])).toEqual([
      [clock.now(), false],
      [clock.now(), false],
    ]);
  });

  it("sends the stored validators and treats 304 as success without storing anything", async () => {
    const { fetcher, dependencies, feedStates, clock } = setup();
    fetcher.serve([item({ guid: "g1" })], { etag: '"v1"', lastModified: "Tue, 24 Nov 2026 10:00:00 GMT" });
    await ingestFeed(source, dependencies);
    fetcher.next = () => ({ status: "not-modified" });
    clock.advance(600_000);
    const outcome = await ingestFeed(source, dependencies);
    expect(fetcher.requests[1]).toEqual({ etag: '"v1"', lastModified: "Tue, 24 Nov 2026 10:00:00 GMT" });
    expect(outcome.stored).toHaveLength(0);
    expect((await feedStates.get(source.url))?.lastSuccessAt).toBe(clock.now());
  });

  it("waits longer when Cache-Control asks for it", async () => {
    const { fetcher, dependencies, clock } = setup();
    fetcher.serve([item({ guid: "g1" })], { maxAgeSeconds: 3600 });
    const { state } = await ingestFeed(source, dependencies);
    expect(state.nextPollAt - clock.now()).toBe(3600_000);
  });

  it("backs off exponentially on failures, honours Retry-After, and marks a failing feed unhealthy with its error", async () => {
    const { fetcher, dependencies, clock, logger } = setup();
    fetcher.next = () => {
      throw new FeedFetchError("HTTP 503 Service Unavailable", true, { retryAfterMs: 1_800_000 });
    };
    const first = await ingestFeed(source, dependencies);
    expect(first.state.nextPollAt - clock.now()).toBe(1_800_000);
    fetcher.next = () => {
      throw new FeedFetchError("connect ECONNREFUSED", true);
    };
    const second = await ingestFeed(source, dependencies);
    expect(second.state.nextPollAt - clock.now()).toBe(1_200_000);
    const third = await ingestFeed(source, dependencies);
    expect(third.state).toMatchObject({ healthy: false, consecutiveFailures: 3, lastError: "connect ECONNREFUSED" });
    expect(third.state.nextPollAt - clock.now()).toBe(2_400_000);
    expect(logger.entries.filter((entry) => entry.level === "warn")).toHaveLength(3);

    fetcher.serve([item({ guid: "g1" })]);
    const recovered = await ingestFeed(source, dependencies);
    expect(recovered.state).toMatchObject({ healthy: true, consecutiveFailures: 0 });
  });

  it("dates a run of failures from its first failed poll, keeps that date while it lasts, and clears it on success", async () => {
    const { fetcher, dependencies, clock } = setup();
    fetcher.next = () => {
      throw new FeedFetchError("HTTP 503", true);
    };
    const startedAt = clock.now();
    expect((await ingestFeed(source, dependencies)).state).toMatchObject({ failingSince: startedAt, consecutiveFailures: 1, healthy: true });
    clock.advance(3_600_000);
    expect((await ingestFeed(source, dependencies)).state).toMatchObject({ failingSince: startedAt, consecutiveFailures: 2, lastErrorAt: clock.now() });
    fetcher.serve([item({ guid: "g1" })]);
    const recovered = await ingestFeed(source, dependencies);
    expect(recovered.state.failingSince).toBeUndefined();
    clock.advance(600_000);
    fetcher.next = () => {
      throw new FeedFetchError("HTTP 404", false);
    };
    expect((await ingestFeed(source, dependencies)).state.failingSince).toBe(clock.now());
  });

  it("records a document that is not a feed as a failure with the parser's reason", async () => {
    const { fetcher, dependencies } = setup();
    fetcher.next = () => ({ status: "ok", body: new TextEncoder().encode("<html>"), finalUrl: source.url });
    const outcome = await ingestFeed(source, dependencies);
    expect(outcome.error).toBe("not a feed: an HTML page");
    expect(outcome.state.initialized).toBe(false);
  });

  it("lets store failures through instead of recording them as feed failures", async () => {
    const { fetcher, dependencies, articles } = setup();
    articles.saveNew = async () => {
      throw new StoreError("redis down", true);
    };
    fetcher.serve([item({ guid: "g1" })]);
    await expect(ingestFeed(source, dependencies)).rejects.toBeInstanceOf(StoreError);
  });
});

describe("a poll round", () => {
  it("polls only due feeds and reports the fresh articles", async () => {
    const { fetcher, dependencies, clock } = setup();
    const second: FeedSource = { ...source, url: "https://news.example/world.xml", sectionId: "world" };
    fetcher.serve([item({ guid: "g1" })]);
    const first = await pollDueFeeds([source, second], dependencies, { concurrency: 2 });
    expect(first).toMatchObject({ polled: 2, failed: 0, fresh: [] });
    const again = await pollDueFeeds([source, second], dependencies, { concurrency: 2 });
    expect(again.polled).toBe(0);
    clock.advance(700_000);
    // Both feeds carry the same new story at once: it is stored and reported once.
    fetcher.serve([item({ guid: "g9", url: "https://news.example/z", title: "Breaking: talks collapse late at night" })]);
    const later = await pollDueFeeds([source, second], dependencies, { concurrency: 2 });
    expect(later.polled).toBe(2);
    expect(later.fresh.map((article) => article.title)).toEqual(["Breaking: talks collapse late at night"]);
  });
});
