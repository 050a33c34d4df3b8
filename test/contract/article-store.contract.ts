/**
 * The ArticleStore contract, run against every implementation (see test/adapters/store).
 */
import { afterEach, describe, expect, it } from "vitest";
import { StoreError } from "../../src/core/shared/errors.js";
import type { Article } from "../../src/core/articles/article.js";
import type { ArticleStore } from "../../src/core/articles/article-ports.js";
import { type StoreHarnessFactory, sleep, trackOpened } from "./store-harness.js";

const HOUR = 3_600_000;
const BASE = Date.UTC(2025, 0, 15, 12);

/** An article of `sectionId` published `minutesAgo` before BASE (first seen at publication). */
export function makeArticle(id: string, sectionId: string, minutesAgo: number, extra: Partial<Article> = {}): Article {
  const publishedAt = BASE - minutesAgo * 60_000;
  return {
    id, sectionId, feedUrl: `https://example.org/${sectionId}.xml`, source: "Example", title: `Story ${id}`,
    url: `https://example.org/${id}`, summary: `Summary of ${id}`, publishedAt, publishedAtFromFeed: true,
    firstSeenAt: publishedAt, tags: [], backfill: false, ...extra,
  };
}

const ids = (articles: Article[]): string[] => articles.map((article) => article.id);

/** Runs the ArticleStore contract against `createHarness`. */
export function articleStoreContract(name: string, createHarness: StoreHarnessFactory<ArticleStore>): void {
  describe(`ArticleStore contract: ${name}`, () => {
    const opened = trackOpened();
    afterEach(() => opened.closeAll());

    it("round-trips an article with every optional field, and reports unknown ids as absent", async () => {
      const store = await opened.open(createHarness());
      const full = makeArticle("full1", "world", 5, {
        body: "Body ü 😀 <b>", author: "A. Writer", imageUrl: "https://example.org/i.png", guid: "urn:x:1",
        tags: ["a", "b"], publishedAtFromFeed: false, backfill: true, firstSeenAt: BASE,
      });
      await store.save(full, { guid: "urn:x:1" });
      expect(await store.get("full1")).toEqual(full);
      expect(await store.get("missing")).toBeUndefined();
      expect(ids(await store.getMany(["missing", "full1"]))).toEqual(["full1"]);
      expect(await store.getMany([])).toEqual([]);
    });

    it("finds duplicates by guid, by url and by title fingerprint, in that order", async () => {
      const store = await opened.open(createHarness());
      await store.save(makeArticle("byGuid", "world", 1), { guid: "g-1", url: "https://a.example/1", titleFingerprint: "t one" });
      await store.save(makeArticle("byUrl", "world", 2), { url: "https://a.example/2", titleFingerprint: "t two" });
      await store.save(makeArticle("byTitle", "world", 3), { titleFingerprint: "t three" });
      expect(await store.findDuplicate({ guid: "g-1" })).toBe("byGuid");
      expect(await store.findDuplicate({ url: "https://a.example/2" })).toBe("byUrl");
      expect(await store.findDuplicate({ titleFingerprint: "t three" })).toBe("byTitle");
      // Priority: guid before url before title, whatever matches further down.
      expect(await store.findDuplicate({ guid: "g-1", url: "https://a.example/2", titleFingerprint: "t three" })).toBe("byGuid");
      expect(await store.findDuplicate({ guid: "other", url: "https://a.example/2", titleFingerprint: "t three" })).toBe("byUrl");
      expect(await store.findDuplicate({ guid: "other", url: "https://other", titleFingerprint: "t three" })).toBe("byTitle");
      expect(await store.findDuplicate({ guid: "other", url: "https://other", titleFingerprint: "other" })).toBeUndefined();
      expect(await store.findDuplicate({})).toBeUndefined();
    });

    it("saves a batch and finds each item's duplicate in one call, in key priority order", async () => {
      const store = await opened.open(createHarness());
      await store.saveMany([
        { article: makeArticle("batch-1", "world", 3), keys: { guid: "bg-1", url: "https://b.example/1" } },
        { article: makeArticle("batch-2", "world", 2), keys: { url: "https://b.example/2", titleFingerprint: "b two" } },
        { article: makeArticle("batch-3", "politics", 1), keys: {} },
      ]);
      expect(
        await store.findDuplicates([
          { guid: "bg-1" },
          { guid: "unknown", url: "https://b.example/2" },
          { url: "https://b.example/1", titleFingerprint: "b two" },
          { titleFingerprint: "nothing" },
          {},
        ]),
      ).toEqual(["batch-1", "batch-2", "batch-1", undefined, undefined]);
      expect((await store.listSection("world", 0, 10)).map((article) => article.id)).toEqual(["batch-2", "batch-1"]);
      expect((await store.get("batch-3"))?.sectionId).toBe("politics");
    });

    it("saveNew stores only new entries: none whose key or id is stored, nor a later one of the batch sharing a key or id", async () => {
      const store = await opened.open(createHarness());
      await store.save(makeArticle("old", "world", 10), { guid: "n-old", url: "https://n.example/old" });
      const stored = await store.saveNew([
        { article: makeArticle("n1", "world", 5), keys: { guid: "n-1", url: "https://n.example/1" } },
        // Shares the stored article's url: a duplicate; its own guid must not be recorded.
        { article: makeArticle("n2", "world", 4), keys: { guid: "n-2", url: "https://n.example/old" } },
        // Shares n1's url within the batch: the first one wins.
        { article: makeArticle("n3", "world", 3), keys: { url: "https://n.example/1", titleFingerprint: "n three" } },
        // The stored article's id, with keys of its own.
        { article: makeArticle("old", "world", 2, { title: "Changed" }), keys: { guid: "n-4" } },
        { article: makeArticle("n5", "politics", 1), keys: {} },
        // n5's id again within the batch.
        { article: makeArticle("n5", "politics", 0, { title: "Again" }), keys: { guid: "n-6" } },
      ]);
      expect(ids(stored)).toEqual(["n1", "n5"]);
      expect(ids(await store.listRecent(0, 10))).toEqual(["n5", "n1", "old"]);
      expect((await store.get("old"))?.title).toBe("Story old");
      expect((await store.get("n5"))?.title).toBe("Story n5");
      expect(await store.findDuplicates([{ guid: "n-2" }, { titleFingerprint: "n three" }, { guid: "n-4" }, { guid: "n-6" }, { url: "https://n.example/1" }]))
        .toEqual([undefined, undefined, undefined, undefined, "n1"]);
      // The same entries again: nothing is new any more.
      expect(await store.saveNew([{ article: makeArticle("n1", "world", 5), keys: { guid: "n-1" } }, { article: makeArticle("n5", "politics", 1), keys: {} }])).toEqual([]);
      expect(await store.saveNew([])).toEqual([]);
    });

    it("saveNew from two connections at once stores each item once, whichever order the batches come in", async () => {
      const harness = createHarness();
      const [first, second] = await Promise.all([opened.open(harness), opened.open(harness)]);
      const items = 60;
      // The same stories under different ids (two feeds carrying them), sharing their url;
      // the second connection gets them in reverse order.
      const batch = (side: string, from: number) =>
        Array.from({ length: 20 }, (_, offset) => {
          const index = from + offset;
          return { article: makeArticle(`${side}${index}`, "world", index), keys: { guid: `${side}-guid-${index}`, url: `https://c.example/${index}` } };
        });
      const rounds = await Promise.all([
        ...[0, 20, 40].map((from) => first.saveNew(batch("x", from))),
        ...[40, 20, 0].map((from) => second.saveNew(batch("y", from).reverse())),
      ]);
      const stored = rounds.flat().map((article) => Number(article.id.slice(1)));
      expect(stored.sort((left, right) => left - right)).toEqual(Array.from({ length: items }, (_, index) => index));
      const listed = await second.listSection("world", 0, 1000);
      expect(listed).toHaveLength(items);
      for (const article of listed) {
        const index = Number(article.id.slice(1));
        const loser = article.id.startsWith("x") ? "y" : "x";
        expect(await first.findDuplicate({ url: `https://c.example/${index}` })).toBe(article.id);
        expect(await first.findDuplicate({ guid: `${loser}-guid-${index}` })).toBeUndefined();
      }
    });

    it("saveNew calls made at once (a poll round's feeds) each get their own new articles, an item in two of them going to the first", async () => {
      const store = await opened.open(createHarness());
      await store.save(makeArticle("r-old", "world", 10), { url: "https://r.example/old" });
      const entry = (id: string, url: string) => ({ article: makeArticle(id, "world", 1), keys: { guid: `guid-${id}`, url } });
      const results = await Promise.all([
        store.saveNew([entry("r1", "https://r.example/1"), entry("r2", "https://r.example/old")]),
        store.saveNew([entry("r3", "https://r.example/3"), entry("r4", "https://r.example/1")]),
        store.saveNew([]),
        store.saveNew([entry("r1", "https://r.example/other"), entry("r5", "https://r.example/5")]),
      ]);
      expect(results.map(ids)).toEqual([["r1"], ["r3"], [], ["r5"]]);
      expect(await store.findDuplicates([{ url: "https://r.example/1" }, { guid: "guid-r4" }, { url: "https://r.example/other" }])).toEqual(["r1", undefined, undefined]);
    });

    it("saveNew calls made at once with more entries than one write takes are all written, each call getting its own", async () => {
      const store = await opened.open(createHarness());
      const call = (side: string) =>
        Array.from({ length: 800 }, (_, index) => ({ article: makeArticle(`${side}${index}`, "world", index % 60), keys: { url: `https://big.example/${side}/${index}` } }));
      const results = await Promise.all(["a", "b", "c"].map((side) => store.saveNew(call(side))));
      expect(results.map((stored) => stored.length)).toEqual([800, 800, 800]);
      expect(results.map((stored) => stored[799]?.id)).toEqual(["a799", "b799", "c799"]);
      expect(await store.findDuplicates([{ url: "https://big.example/c/0" }])).toEqual(["c0"]);
    });

    it("saveNew calls made at once fail one by one: a call that cannot be written does not take the others down", async () => {
      const store = await opened.open(createHarness());
      const broken = { ...makeArticle("f2", "world", 1), sectionId: null as unknown as string };
      const results = await Promise.allSettled([
        store.saveNew([{ article: makeArticle("f1", "world", 1), keys: { url: "https://f.example/1" } }]),
        store.saveNew([{ article: broken, keys: { url: "https://f.example/2" } }]),
        store.saveNew([{ article: makeArticle("f3", "world", 1), keys: { url: "https://f.example/3" } }]),
      ]);
      expect(results.map((result) => (result.status === "fulfilled" ? ids(result.value) : "rejected"))).toEqual([["f1"], "rejected", ["f3"]]);
      expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(StoreError);
      expect(await store.findDuplicate({ url: "https://f.example/2" })).toBeUndefined();
    });

    it("saveNew stores an item again once its article and keys have expired", async () => {
      const store = await opened.open(createHarness(), { retentionMs: 300 });
      const entry = { article: makeArticle("exp", "world", 1), keys: { guid: "e-1", url: "https://e.example/1" } };
      expect(ids(await store.saveNew([entry]))).toEqual(["exp"]);
      expect(await store.saveNew([entry])).toEqual([]);
      await sleep(700);
      expect(ids(await store.saveNew([entry]))).toEqual(["exp"]);
      expect(await store.findDuplicate({ url: "https://e.example/1" })).toBe("exp");
    });

    it("lists a section newest first, honours since (published or first seen) and limit, and keeps sections apart", async () => {
      const store = await opened.open(createHarness());
      await store.save(makeArticle("w-old", "world", 300), {});
      await store.save(makeArticle("w-new", "world", 10), {});
      await store.save(makeArticle("w-mid", "world", 60), {});
      // Published long ago but first seen recently (a feed added late): listed, ordered by publication.
      await store.save(makeArticle("w-late", "world", 600, { firstSeenAt: BASE - 5 * 60_000 }), {});
      await store.save(makeArticle("p-1", "politics", 1), {});

      expect(ids(await store.listSection("world", 0, 10))).toEqual(["w-new", "w-mid", "w-old", "w-late"]);
      const since = BASE - 2 * HOUR;
      expect(ids(await store.listSection("world", since, 10))).toEqual(["w-new", "w-mid", "w-late"]);
      expect(ids(await store.listSection("world", since, 2))).toEqual(["w-new", "w-mid"]);
      expect(ids(await store.listSection("world", BASE - 30 * 60_000, 10))).toEqual(["w-new", "w-late"]);
      expect(ids(await store.listSection("politics", 0, 10))).toEqual(["p-1"]);
      expect(await store.listSection("sport", 0, 10)).toEqual([]);
      expect(await store.listSection("world", 0, 0)).toEqual([]);
      expect(ids(await store.listRecent(0, 3))).toEqual(["p-1", "w-new", "w-mid"]);
      expect(ids(await store.listRecent(since, 10))).toEqual(["p-1", "w-new", "w-mid", "w-late"]);
    });

    it("lists an article saved again under the same id once, with its latest fields", async () => {
      const store = await opened.open(createHarness());
      await store.save(makeArticle("again", "world", 30), {});
      await store.save(makeArticle("again", "world", 20, { title: "Updated" }), {});
      const listed = await store.listSection("world", 0, 10);
      expect(ids(listed)).toEqual(["again"]);
      expect(listed[0]?.title).toBe("Updated");
    });

    it("forgets articles, dedupe keys and listings after the retention period", async () => {
      const store = await opened.open(createHarness(), { retentionMs: 300 });
      await store.save(makeArticle("short", "world", 1), { guid: "g-short", url: "https://s.example", titleFingerprint: "s t" });
      expect(await store.get("short")).toBeDefined();
      expect(ids(await store.listSection("world", 0, 10))).toEqual(["short"]);
      await sleep(700);
      expect(await store.get("short")).toBeUndefined();
      expect(await store.getMany(["short"])).toEqual([]);
      expect(await store.findDuplicate({ guid: "g-short" })).toBeUndefined();
      expect(await store.findDuplicate({ url: "https://s.example", titleFingerprint: "s t" })).toBeUndefined();
      expect(await store.listSection("world", 0, 10)).toEqual([]);
      expect(await store.listRecent(0, 10)).toEqual([]);
    });

    it("loses no article when two connections save into one section at the same time", async () => {
      const harness = createHarness();
      const [first, second] = await Promise.all([opened.open(harness), opened.open(harness)]);
      const count = 40;
      await Promise.all(
        Array.from({ length: count }, (_, index) => [
          first.save(makeArticle(`a${index}`, "world", index * 2), { guid: `ga${index}` }),
          second.save(makeArticle(`b${index}`, "world", index * 2 + 1), { guid: `gb${index}` }),
        ]).flat(),
      );
      const fromFirst = await first.listSection("world", 0, 1000);
      expect(fromFirst).toHaveLength(2 * count);
      expect(ids(await second.listSection("world", 0, 1000))).toEqual(ids(fromFirst));
      expect(await second.findDuplicate({ guid: "ga7" })).toBe("a7");
    });

    it("lists every article once, page by page in id order", async () => {
      const store = await opened.open(createHarness());
      const saved = ["e5", "a1", "c3", "b2", "d4"];
      await store.saveMany(saved.map((id, index) => ({ article: makeArticle(id, index % 2 === 0 ? "world" : "tech", index), keys: { guid: id } })));
      const pages: string[][] = [];
      let after: string | undefined;
      for (;;) {
        const page = await store.listAfter(after, 2);
        if (page.length === 0) break;
        pages.push(ids(page));
        after = page.at(-1)?.id;
      }
      expect(pages).toEqual([["a1", "b2"], ["c3", "d4"], ["e5"]]);
      expect(await store.listAfter(undefined, 0)).toEqual([]);
    });

    it("keeps articles across close and reopen", async () => {
      const harness = createHarness();
      const before = await harness.open();
      await before.store.save(makeArticle("kept", "world", 1), { url: "https://k.example" });
      await before.close();
      const after = await opened.open(harness);
      expect((await after.get("kept"))?.title).toBe("Story kept");
      expect(await after.findDuplicate({ url: "https://k.example" })).toBe("kept");
      expect(ids(await after.listSection("world", 0, 10))).toEqual(["kept"]);
    });

    it("rejects with StoreError after close, and closing twice is harmless", async () => {
      const handle = await createHarness().open();
      await handle.close();
      await handle.close();
      await expect(handle.store.get("x")).rejects.toBeInstanceOf(StoreError);
      await expect(handle.store.listRecent(0, 5)).rejects.toBeInstanceOf(StoreError);
    });

    it.each([
      ["not JSON", "{not json"],
      ["an unknown schema version", JSON.stringify({ value: { v: 99, data: {} } })],
      ["data that fails validation", JSON.stringify({ value: { v: 1, data: { id: 5 } } })],
      ["a value without envelope", JSON.stringify({ value: "plain" })],
    ])("reports a stored value that is %s as a StoreError naming the key", async (_label, raw) => {
      const harness = createHarness();
      if (!harness.corrupt) return;
      const store = await opened.open(harness);
      await store.save(makeArticle("damaged", "world", 1), {});
      await harness.corrupt("damaged", raw);
      const failure = await store.get("damaged").then(() => undefined, (error: unknown) => error);
      expect(failure).toBeInstanceOf(StoreError);
      expect((failure as StoreError).message).toContain("damaged");
      expect((failure as StoreError).retryable).toBe(false);
      await expect(store.listSection("world", 0, 10)).rejects.toBeInstanceOf(StoreError);
    });
  });
}
