/**
 * The FeedStateStore contract, run against every implementation (see test/adapters/store).
 */
import { afterEach, describe, expect, it } from "vitest";
import { StoreError } from "../../src/core/shared/errors.js";
import type { FeedState } from "../../src/core/feeds/feed.js";
import type { FeedStateStore } from "../../src/core/feeds/feed-ports.js";
import { type StoreHarnessFactory, trackOpened } from "./store-harness.js";

/** A healthy feed state for `url`. */
export function makeFeedState(url: string, extra: Partial<FeedState> = {}): FeedState {
  return { url, nextPollAt: 1_700_000_000_000, consecutiveFailures: 0, healthy: true, initialized: true, ...extra };
}

/** Runs the FeedStateStore contract against `createHarness` (its `corrupt` takes a feed URL). */
export function feedStateStoreContract(name: string, createHarness: StoreHarnessFactory<FeedStateStore>): void {
  describe(`FeedStateStore contract: ${name}`, () => {
    const opened = trackOpened();
    afterEach(() => opened.closeAll());
    const feed = "https://news.example.org/world/rss.xml?format=full&x=1";

    it("puts, gets, overwrites and lists feed states by URL", async () => {
      const store = await opened.open(createHarness());
      expect(await store.get(feed)).toBeUndefined();
      expect(await store.list()).toEqual([]);
      const failing = makeFeedState(feed, {
        etag: 'W/"abc"', lastModified: "Wed, 15 Jan 2025 12:00:00 GMT", consecutiveFailures: 3, lastError: "HTTP 503",
        lastErrorAt: 5, lastSuccessAt: 4, healthy: false, title: "World", itemCount: 20,
      });
      await store.put(failing);
      expect(await store.get(feed)).toEqual(failing);
      const recovered = makeFeedState(feed, { lastSuccessAt: 6 });
      await store.put(recovered);
      await store.put(makeFeedState("file:///feeds/local.xml"));
      expect(await store.get(feed)).toEqual(recovered);
      expect((await store.list()).map((state) => state.url).sort()).toEqual(["file:///feeds/local.xml", feed]);
    });

    it("keeps feed states across close and reopen", async () => {
      const harness = createHarness();
      const before = await harness.open();
      await before.store.put(makeFeedState(feed, { itemCount: 7 }));
      await before.close();
      const after = await opened.open(harness);
      expect((await after.get(feed))?.itemCount).toBe(7);
    });

    it("registers new feeds as due, keeps known ones, and claims due feeds for one owner at a time", async () => {
      const harness = createHarness();
      const one = await opened.open(harness);
      const two = await opened.open(harness);
      await one.put(makeFeedState("https://known.example/rss", { nextPollAt: 50_000, title: "Known" }));
      await one.register(["https://known.example/rss", "https://a.example/rss", "https://b.example/rss"], 1_000);
      expect((await one.get("https://known.example/rss"))?.title).toBe("Known");
      expect(await one.get("https://a.example/rss")).toMatchObject({ nextPollAt: 1_000, initialized: false, healthy: true });
      const [first, second] = await Promise.all([one.claimDue(2_000, 10, "one", 5_000), two.claimDue(2_000, 10, "two", 5_000)]);
      const claimed = [...first, ...second].map((state) => state.url).sort();
      expect(claimed).toEqual(["https://a.example/rss", "https://b.example/rss"]);
      // put() ends the claim: the feed is claimable once due again.
      await one.put({ ...(await one.get("https://a.example/rss"))!, nextPollAt: 3_000 });
      expect((await two.claimDue(3_000, 10, "two", 5_000)).map((state) => state.url)).toEqual(["https://a.example/rss"]);
      // An expired claim is taken over.
      expect((await two.claimDue(7_001, 10, "two", 5_000)).map((state) => state.url)).toEqual(["https://b.example/rss"]);
    });

    it("lists only failing feeds, longest failing first, bounded, and forgets a recovered one; reads several by URL", async () => {
      const store = await opened.open(createHarness());
      await store.register(["https://ok.example/rss", "https://new.example/rss"], 1_000);
      await store.put(makeFeedState("https://b.example/rss", { consecutiveFailures: 1, failingSince: 3_000, lastError: "HTTP 503" }));
      await store.put(makeFeedState("https://a.example/rss", { consecutiveFailures: 6, failingSince: 2_000, healthy: false }));
      await store.put(makeFeedState("https://c.example/rss", { consecutiveFailures: 2, failingSince: 4_000 }));
      await store.put(makeFeedState("https://ok.example/rss", { lastSuccessAt: 5 }));
      expect((await store.listFailing(10)).map((state) => state.url)).toEqual(["https://a.example/rss", "https://b.example/rss", "https://c.example/rss"]);
      expect(await store.listFailing(1)).toEqual([makeFeedState("https://a.example/rss", { consecutiveFailures: 6, failingSince: 2_000, healthy: false })]);
      expect(await store.listFailing(0)).toEqual([]);
      const some = await store.getMany(["https://c.example/rss", "https://ok.example/rss", "https://c.example/rss", "https://unknown.example/rss"]);
      expect(some.map((state) => state.url).sort()).toEqual(["https://c.example/rss", "https://ok.example/rss"]);
      expect(some.find((state) => state.url === "https://c.example/rss")).toEqual(makeFeedState("https://c.example/rss", { consecutiveFailures: 2, failingSince: 4_000 }));
      expect(await store.getMany([])).toEqual([]);
      await store.put(makeFeedState("https://a.example/rss", { lastSuccessAt: 9_000 }));
      expect((await store.listFailing(10)).map((state) => state.url)).toEqual(["https://b.example/rss", "https://c.example/rss"]);
    });

    it("reports a damaged stored value as a StoreError naming the key", async () => {
      const harness = createHarness();
      if (!harness.corrupt) return;
      const store = await opened.open(harness);
      await store.put(makeFeedState(feed));
      await harness.corrupt(feed, "<<garbage>>");
      await expect(store.get(feed)).rejects.toThrow(StoreError);
      await expect(store.list()).rejects.toThrow(feed);
    });
  });
}
