import { describe, expect, it } from "vitest";
import { ChatFeedList } from "../../../src/core/chats/chat-feed-list.js";
import { ChatSettingsService } from "../../../src/core/chats/chat-settings-service.js";
import { ChatSourcesService, parseSourceUrl } from "../../../src/core/chats/chat-sources.js";
import { UserFacingError } from "../../../src/core/shared/errors.js";
import type { IngestDependencies } from "../../../src/core/feeds/ingest-feed.js";
import { chatFeedSectionId } from "../../../src/core/chats/mine-section.js";
import type { ChatRef } from "../../../src/core/chats/chat.js";
import { pollDueFeeds } from "../../../src/core/feeds/poll-due-feeds.js";
import type { FeedFetchResult, FeedProbe, ProbedFeed } from "../../../src/core/feeds/feed-ports.js";
import { SectionCatalog } from "../../../src/core/feeds/section-catalog.js";
import { ManualClock, MemoryArticleStore, MemoryFeedChoices, MemoryFeedStateStore, MemorySubscriptionStore, RecordingLogger } from "../../fakes/memory-ports.js";
import { refusalOf, refusalText, rejectionOf } from "../../helpers/english.js";

const group: ChatRef = { platform: "telegram", chatId: "-100" };
const other: ChatRef = { platform: "discord", chatId: "200" };

/** A probe answering from a table of addresses: a feed, several (a web page), or none. */
class TableProbe implements FeedProbe {
  readonly asked: string[] = [];
  readonly table: Record<string, ProbedFeed[]>;
  constructor(table: Record<string, ProbedFeed[]>) {
    this.table = table;
  }
  async probe(url: string) {
    this.asked.push(url);
    return this.table[url] ?? [];
  }
}

/** Choices in memory, expiring on the manual clock as the store's entries do. */
const feed = (url: string, title = "A feed"): ProbedFeed => ({ url, title, itemCount: 3 });

function setup(policy = { maxPerChat: 2, maxTotal: 3 }) {
  const store = new MemorySubscriptionStore();
  const clock = new ManualClock();
  const chats = new ChatSettingsService(store, new SectionCatalog([]), clock, { defaultTimezone: "UTC", defaultBriefingTime: "07:00", maxSectionsPerChat: 5, maxFollowsPerChat: 5 });
  const table: Record<string, ProbedFeed[]> = {};
  for (const n of [1, 2, 3, 4, 5]) table[`https://site${n}.example/feed.xml`] = [feed(`https://site${n}.example/feed.xml`, `Site ${n}`)];
  table["https://blog.example/"] = [feed("https://blog.example/posts.xml", "Posts"), feed("https://blog.example/comments.xml", "Comments")];
  table["https://one.example/"] = [feed("https://one.example/atom.xml", "One")];
  const probe = new TableProbe(table);
  const choices = new MemoryFeedChoices(clock);
  return { store, clock, chats, probe, choices, sources: new ChatSourcesService({ chats, store, probe, clock, policy, choices }) };
}

describe("a chat's own feeds", () => {
  it("adds a feed under its title or the given name, lists and removes it by name or address", async () => {
    const { sources } = setup();
    const added = await sources.add(group, "https://site1.example/feed.xml");
    expect(added).toMatchObject({ kind: "added", source: { url: "https://site1.example/feed.xml", name: "Site 1" } });
    expect(await sources.add(group, "site2.example/feed.xml", "Second")).toMatchObject({ kind: "added", source: { name: "Second" } });
    expect((await sources.list(group)).map((source) => source.name)).toEqual(["Site 1", "Second"]);
    expect((await sources.remove(group, "second")).url).toBe("https://site2.example/feed.xml");
    expect((await sources.remove(group, "https://site1.example/feed.xml")).name).toBe("Site 1");
    expect(await sources.list(group)).toEqual([]);
    expect(await rejectionOf(sources.remove(group, "Site 1"))).toContain('"Site 1" is not one of this chat\'s feeds. This chat has added no feeds. See them with /source list.');
  });

  it("adds the one feed of a web page, and offers the choice when a page has several", async () => {
    const { sources } = setup();
    expect(await sources.add(group, "https://one.example/")).toMatchObject({ kind: "added", source: { url: "https://one.example/atom.xml", name: "One" } });
    const choice = await sources.add(group, "https://blog.example/");
    expect(choice).toEqual({ kind: "choose", feeds: [feed("https://blog.example/posts.xml", "Posts"), feed("https://blog.example/comments.xml", "Comments")], choiceId: expect.stringMatching(/^[A-Za-z0-9_-]{11}$/u) });
    expect(await sources.list(group)).toHaveLength(1);
  });

  it("adds a page's feed picked by its number, or through the choice offered to the chat while it lasts", async () => {
    const { sources, clock } = setup({ maxPerChat: 5, maxTotal: 5 });
    expect(await sources.add(group, "https://blog.example/", "#2")).toMatchObject({ kind: "added", source: { url: "https://blog.example/comments.xml", name: "Comments" } });
    expect(await rejectionOf(sources.add(group, "https://blog.example/", "3"))).toContain("That page has 2 feeds, numbered 1 to 2. Try /source add https://blog.example/ 1.");
    const choice = await sources.add(other, "https://blog.example/", "Blog posts");
    if (choice.kind !== "choose") throw new Error("expected a choice");
    // The name typed with the page goes with the pick.
    expect(await sources.pick(other, choice.choiceId, 1)).toBe("https://blog.example/posts.xml Blog posts");
    expect(await rejectionOf(sources.pick(group, choice.choiceId, 1))).toContain("These feeds were offered in another chat. Send /source add here to add a feed to this chat.");
    expect(await rejectionOf(sources.pick(other, choice.choiceId, 3))).toContain("These feeds are no longer offered");
    expect(await rejectionOf(sources.pick(other, "not an id", 1))).toContain("These feeds are no longer offered");
    clock.advance(3_600_001);
    expect(await rejectionOf(sources.pick(other, choice.choiceId, 1))).toContain("These feeds are no longer offered (a choice lasts an hour). Send /source add with the page's address again.");
  });

  it("refuses what is not an address, an address with no feed, and says when the chat has the feed already", async () => {
    const { sources, probe } = setup();
    for (const typed of ["not a url", "ftp://example.org/feed", "javascript:alert(1)", "https://user:pw@example.org/"]) {
      expect(await rejectionOf(sources.add(group, typed))).toContain("is not a web address");
    }
    expect(probe.asked).toEqual([]);
    expect(await rejectionOf(sources.add(group, "https://nofeed.example/"))).toContain('"https://nofeed.example/" is not a feed, and no feed was found on that page.');
    await sources.add(group, "https://site1.example/feed.xml");
    expect(await sources.add(group, "https://site1.example/feed.xml")).toMatchObject({ kind: "already", source: { name: "Site 1" } });
  });

  it("keeps to the limit per chat and the total of distinct feeds, counting a shared feed once", async () => {
    const { sources, store } = setup({ maxPerChat: 2, maxTotal: 3 });
    await sources.add(group, "https://site1.example/feed.xml");
    await sources.add(group, "https://site2.example/feed.xml");
    const full = await sources.add(group, "https://site3.example/feed.xml").catch((error: unknown) => error);
    expect(full).toBeInstanceOf(UserFacingError);
    expect(refusalText(full)).toBe("This chat already has 2 feeds of its own, the most allowed. Remove one first: /source list shows them, /source remove <name> removes one.");
    // Another chat shares site1: still two distinct feeds, so a third fits the total of 3...
    await sources.add(other, "https://site1.example/feed.xml");
    expect(await store.countChatFeeds()).toBe(2);
    expect(await store.countChatFeeds("https://site1.example/feed.xml")).toBe(2);
    await sources.add(other, "https://site3.example/feed.xml");
    // ...and a fourth distinct feed is past it, while a feed already polled is still welcome.
    await sources.remove(other, "Site 1");
    expect(await rejectionOf(sources.add(other, "https://site4.example/feed.xml"))).toContain("newsdesk already polls as many chat-added feeds as it is set up for");
    expect((await sources.add(other, "https://site2.example/feed.xml")).kind).toBe("added");
  });

  it("parses what users type as an address, adding https:// to a bare host and dropping the fragment", () => {
    expect(parseSourceUrl(" example.org/feed#top ")).toBe("https://example.org/feed");
    expect(parseSourceUrl("http://127.0.0.1:8080/x.xml")).toBe("http://127.0.0.1:8080/x.xml");
    expect(refusalOf(() => parseSourceUrl(`https://example.org/${"a".repeat(2_000)}`))).toContain("is not a web address");
  });
});

describe("polling chat feeds", () => {
  it("polls a feed shared by two chats once, stops when the last chat removes it, and again when it is added back", async () => {
    const { sources, store, clock } = setup({ maxPerChat: 5, maxTotal: 10 });
    const feedStates = new MemoryFeedStateStore();
    const fetched: string[] = [];
    const dependencies: IngestDependencies = {
      fetcher: { fetch: async (url): Promise<FeedFetchResult> => (fetched.push(url), { status: "not-modified" }) },
      parser: { parse: () => { throw new Error("no body expected"); } },
      articles: new MemoryArticleStore(),
      feedStates,
      clock,
      logger: new RecordingLogger(),
      policy: { failuresBeforeUnhealthy: 5, maxBackoffSeconds: 3600, maxItemsPerFetch: 100, random: () => 0 },
    };
    const list = new ChatFeedList({ subscriptions: store, feedStates, clock, isConfigured: (url) => url === "https://site5.example/feed.xml", pollIntervalSeconds: 600, maxFeeds: 10 });
    const round = async () => pollDueFeeds(await list.feeds(), dependencies, { concurrency: 4 });
    const url = "https://site1.example/feed.xml";
    await sources.add(group, url);
    await sources.add(other, url);
    // A URL the operator configured is polled as the operator's feed, not again as a chat feed.
    await sources.add(other, "https://site5.example/feed.xml");
    expect((await list.feeds()).map((source) => [source.url, source.sectionId])).toEqual([[url, chatFeedSectionId(url)]]);
    await round();
    expect(fetched).toEqual([url]);
    await sources.remove(group, url);
    clock.advance(601_000);
    await round();
    expect(fetched).toEqual([url, url]);
    await sources.remove(other, url);
    for (const _ of [1, 2, 3]) {
      clock.advance(601_000);
      await round();
    }
    expect(fetched).toEqual([url, url]);
    await sources.add(group, url);
    await round();
    expect(fetched).toEqual([url, url, url]);
  });
});
