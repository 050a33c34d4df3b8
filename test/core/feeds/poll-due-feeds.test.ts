import { describe, expect, it } from "vitest";
import { hostKeyOf } from "../../../src/core/feeds/feed-host.js";
import type { IngestDependencies } from "../../../src/core/feeds/ingest-feed.js";
import type { FeedSource } from "../../../src/core/feeds/feed.js";
import { pollDueFeeds } from "../../../src/core/feeds/poll-due-feeds.js";
import type { FeedFetchResult, FeedFetcher, FeedParser } from "../../../src/core/feeds/feed-ports.js";
import { ManualClock, MemoryArticleStore, MemoryFeedStateStore, RecordingLogger } from "../../fakes/memory-ports.js";

/** A fetcher answering 304 after a delay, counting what is in flight overall and per host. */
class CountingFetcher implements FeedFetcher {
  readonly started: string[] = [];
  inFlight = 0;
  maxInFlight = 0;
  readonly perHost = new Map<string, number>();
  readonly maxPerHost = new Map<string, number>();
  /** Fetches of these URLs wait until `release` is called. */
  readonly held = new Map<string, () => void>();
  hold = new Set<string>();
  readonly #delayMs: (url: string) => number;
  constructor(delayMs: (url: string) => number = () => 1) {
    this.#delayMs = delayMs;
  }

  async fetch(url: string, _validators: object, signal?: AbortSignal): Promise<FeedFetchResult> {
    const host = hostKeyOf(url);
    this.started.push(url);
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    this.perHost.set(host, (this.perHost.get(host) ?? 0) + 1);
    this.maxPerHost.set(host, Math.max(this.maxPerHost.get(host) ?? 0, this.perHost.get(host) ?? 0));
    try {
      await new Promise<void>((resolve, reject) => {
        const fail = (): void => reject(new Error("aborted"));
        if (signal?.aborted) return fail();
        signal?.addEventListener("abort", fail, { once: true });
        if (this.hold.has(url)) this.held.set(url, resolve);
        else setTimeout(resolve, this.#delayMs(url));
      });
      return { status: "not-modified" };
    } finally {
      this.inFlight -= 1;
      this.perHost.set(host, (this.perHost.get(host) ?? 1) - 1);
    }
  }
}

const unusedParser: FeedParser = {
  parse() {
    throw new Error("no body expected");
  },
};

function setup(fetcher: FeedFetcher) {
  const clock = new ManualClock();
  const feedStates = new MemoryFeedStateStore();
  const dependencies: IngestDependencies = {
    fetcher,
    parser: unusedParser,
    articles: new MemoryArticleStore(),
    feedStates,
    clock,
    logger: new RecordingLogger(),
    policy: { failuresBeforeUnhealthy: 3, maxBackoffSeconds: 3600, maxItemsPerFetch: 100, random: () => 0.5 },
  };
  return { clock, feedStates, dependencies };
}

/** `count` feeds spread over hosts by `hostOf(index)`. */
function feedsOver(count: number, hostOf: (index: number) => string): FeedSource[] {
  return Array.from({ length: count }, (_, index) => ({
    url: `https://${hostOf(index)}/feed/${index}.xml`,
    sectionId: "news",
    pollIntervalSeconds: 600,
  }));
}

const until = async (condition: () => boolean): Promise<void> => {
  for (let attempt = 0; attempt < 500 && !condition(); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 2));
  expect(condition()).toBe(true);
};

describe("a poll round's pipeline", () => {
  it("never has more than the per-host limit in flight to one host, nor more than the overall limit, and polls every due feed", async () => {
    // Skewed: half the feeds on one publisher, the rest over nine others; varied latencies.
    const feeds = feedsOver(400, (index) => (index % 2 === 0 ? "big.example" : `small${index % 9}.example`));
    const fetcher = new CountingFetcher((url) => 1 + (url.length % 5));
    const { dependencies, feedStates, clock } = setup(fetcher);
    const first = await pollDueFeeds(feeds, dependencies, { concurrency: 24, perHost: 3 });
    // Every feed of the small hosts, and as many of the big one as it could take meanwhile.
    expect(first.polled).toBeGreaterThan(200);
    // Feeds handed back because their host was busy are due again 5 s later: later rounds take them.
    let polled = first.polled;
    for (let round = 0; round < 100 && polled < 400; round += 1) {
      clock.advance(5_000);
      polled += (await pollDueFeeds(feeds, dependencies, { concurrency: 24, perHost: 3 })).polled;
    }
    expect(fetcher.maxInFlight).toBeLessThanOrEqual(24);
    expect(Math.max(...fetcher.maxPerHost.values())).toBeLessThanOrEqual(3);
    expect(fetcher.maxPerHost.get("big.example")).toBe(3);
    expect(fetcher.maxInFlight).toBeGreaterThan(3);
    expect(polled).toBe(400);
    expect(fetcher.started).toHaveLength(400);
    expect(new Set(fetcher.started).size).toBe(400);
    expect(feedStates.claims.size).toBe(0);
  });

  it("keeps claiming while a slow feed is in flight, instead of waiting for a whole batch", async () => {
    const feeds = feedsOver(30, (index) => `host${index}.example`);
    const fetcher = new CountingFetcher();
    const slow = feeds[0]?.url ?? "";
    fetcher.hold.add(slow);
    const { dependencies } = setup(fetcher);
    const done = pollDueFeeds(feeds, dependencies, { concurrency: 2, perHost: 1 });
    // With two slots and one held, the other 29 feeds go through the free slot meanwhile.
    await until(() => fetcher.started.length === 30 && fetcher.inFlight === 1);
    fetcher.held.get(slow)?.();
    const round = await done;
    expect(round.polled).toBe(30);
    expect(fetcher.maxInFlight).toBe(2);
  });

  it("stops promptly on its signal: no new fetch starts, claimed feeds not started are handed back, nothing is marked failed", async () => {
    const feeds = feedsOver(50, (index) => `host${index % 5}.example`);
    const fetcher = new CountingFetcher();
    for (const feed of feeds) fetcher.hold.add(feed.url);
    const { dependencies, feedStates, clock } = setup(fetcher);
    const controller = new AbortController();
    const done = pollDueFeeds(feeds, dependencies, { concurrency: 4, perHost: 2, signal: controller.signal });
    await until(() => fetcher.inFlight === 4);
    controller.abort();
    const round = await done;
    expect(fetcher.started).toHaveLength(4);
    expect(round.polled).toBe(4);
    expect(feedStates.claims.size).toBe(0);
    const states = await feedStates.list();
    expect(states.every((state) => state.consecutiveFailures === 0 && state.nextPollAt <= clock.now())).toBe(true);
  });

  it("hands a feed back with a delay when its host already has a full queue, and does not keep claiming for that host", async () => {
    const feeds = feedsOver(200, () => "one.example");
    const fetcher = new CountingFetcher();
    for (const feed of feeds) fetcher.hold.add(feed.url);
    const { dependencies, feedStates, clock } = setup(fetcher);
    const claimDue = feedStates.claimDue.bind(feedStates);
    let claimed = 0;
    feedStates.claimDue = async (...args) => {
      const result = await claimDue(...args);
      claimed += result.length;
      return result;
    };
    const done = pollDueFeeds(feeds, dependencies, { concurrency: 10, perHost: 2, hostBusyDelayMs: 30_000 });
    await until(() => fetcher.inFlight === 2);
    const claimsWhileBlocked = claimed;
    for (const release of fetcher.held.values()) release();
    fetcher.hold.clear();
    const round = await done;
    expect(fetcher.maxPerHost.get("one.example")).toBe(2);
    // One batch of claims, not 200: the host's queue is full after the first.
    expect(claimsWhileBlocked).toBeLessThanOrEqual(20);
    expect(round.deferred).toBeGreaterThan(0);
    const deferred = (await feedStates.list()).filter((state) => state.nextPollAt === clock.now() + 30_000);
    expect(deferred.length).toBe(round.deferred);
    expect(feedStates.claims.size).toBe(0);
  });

  it("claims at most maxFeeds in one round; the rest wait for the next", async () => {
    const feeds = feedsOver(100, (index) => `host${index % 20}.example`);
    const { dependencies } = setup(new CountingFetcher());
    const first = await pollDueFeeds(feeds, dependencies, { concurrency: 8, perHost: 2, maxFeeds: 30 });
    expect(first.polled).toBeLessThanOrEqual(30);
    expect(first.polled + first.deferred).toBe(30);
    let total = first.polled;
    for (let round = 0; round < 10 && total < 100; round += 1) {
      total += (await pollDueFeeds(feeds, dependencies, { concurrency: 8, perHost: 2, maxFeeds: 30, hostBusyDelayMs: 0 })).polled;
    }
    expect(total).toBe(100);
  });

  it("registers only feeds it has not registered before when given the set of registered ones", async () => {
    const feeds = feedsOver(10, (index) => `host${index}.example`);
    const { dependencies, feedStates } = setup(new CountingFetcher());
    const registered: string[][] = [];
    const register = feedStates.register.bind(feedStates);
    feedStates.register = async (urls, now) => {
      registered.push([...urls]);
      await register(urls, now);
    };
    const known = new Set<string>();
    await pollDueFeeds(feeds, dependencies, { concurrency: 4, registered: known });
    await pollDueFeeds(feeds, dependencies, { concurrency: 4, registered: known });
    const added: FeedSource = { url: "https://new.example/feed.xml", sectionId: "news", pollIntervalSeconds: 600 };
    await pollDueFeeds([...feeds, added], dependencies, { concurrency: 4, registered: known });
    expect(registered.map((urls) => urls.length)).toEqual([10, 1]);
  });
});
