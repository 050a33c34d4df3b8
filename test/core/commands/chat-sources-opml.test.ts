import { describe, expect, it } from "vitest";
import { createOpmlCodec } from "../../../src/adapters/feeds/opml.js";
import { ChatSettingsService } from "../../../src/core/chats/chat-settings-service.js";
import { IMPORT_DEADLINE_MS, MAX_IMPORT_FEEDS, exportSourcesOpml, importSourcesOpml } from "../../../src/core/commands/chat-sources-opml.js";
import { ChatSourcesService } from "../../../src/core/chats/chat-sources.js";
import type { IncomingFile } from "../../../src/core/commands/command.js";
import { StoreError } from "../../../src/core/shared/errors.js";
import type { ChatRef } from "../../../src/core/chats/chat.js";
import type { FeedProbe, ProbedFeed } from "../../../src/core/feeds/feed-ports.js";
import { SectionCatalog } from "../../../src/core/feeds/section-catalog.js";
import { ManualClock, MemoryFeedChoices, MemorySubscriptionStore } from "../../fakes/memory-ports.js";
import { english, rejectionOf } from "../../helpers/english.js";

const chat: ChatRef = { platform: "telegram", chatId: "-100" };

/** Every https://siteN.example/feed.xml is a feed; each probe takes `probeMs` of the manual clock. */
function setup(options: { maxPerChat?: number; maxImportBytes?: number; probeMs?: number; failProbe?: () => Error | undefined } = {}) {
  const store = new MemorySubscriptionStore();
  const clock = new ManualClock();
  const chats = new ChatSettingsService(store, new SectionCatalog([]), clock, { defaultTimezone: "UTC", defaultBriefingTime: "07:00", maxSectionsPerChat: 5, maxFollowsPerChat: 5 });
  const probed: string[] = [];
  const probe: FeedProbe = {
    async probe(url) {
      probed.push(url);
      clock.advance(options.probeMs ?? 1_000);
      const failure = options.failProbe?.();
      if (failure) throw failure;
      const match = /^https:\/\/(site\d+)\.example\/feed\.xml$/u.exec(url);
      return match ? [{ url, title: match[1]!, itemCount: 1 } satisfies ProbedFeed] : [];
    },
  };
  const sources = new ChatSourcesService({ chats, store, probe, clock, policy: { maxPerChat: options.maxPerChat ?? 20, maxTotal: 100, maxImportBytes: options.maxImportBytes ?? 2_048 }, opml: createOpmlCodec(), choices: new MemoryFeedChoices(clock) });
  return { sources, clock, probed };
}

function file(text: string, name = "list.opml"): IncomingFile & { reads: number } {
  const bytes = new TextEncoder().encode(text);
  const result = {
    name,
    size: bytes.length,
    reads: 0,
    async read(maxBytes: number) {
      result.reads += 1;
      if (bytes.length > maxBytes) throw new Error("over the limit");
      return bytes;
    },
  };
  return result;
}

const list = (count: number, start = 1) =>
  `<opml version="2.0"><body>${Array.from({ length: count }, (_, n) => `<outline text="S${n + start}" xmlUrl="https://site${n + start}.example/feed.xml"/>`).join("")}</body></opml>`;

describe("/source import and export in the core", () => {
  it("adds each feed through /source add's checks, and once the chat is full reports the rest with the reason", async () => {
    const { sources, clock } = setup({ maxPerChat: 2 });
    const report = await importSourcesOpml({ sources, chat, file: file(list(4)), now: () => clock.now(), text: english });
    expect(report.added.map((source) => source.url)).toEqual(["https://site1.example/feed.xml", "https://site2.example/feed.xml"]);
    expect(report.failed).toEqual([
      { feed: "S3", reason: expect.stringContaining("This chat already has 2 feeds of its own, the most allowed") },
      { feed: "S4", reason: expect.stringContaining("This chat already has 2 feeds of its own, the most allowed") },
    ]);
  });

  it("stops checking after the deadline and counts the feeds it did not try", async () => {
    const { sources, clock, probed } = setup({ probeMs: IMPORT_DEADLINE_MS / 2 });
    const report = await importSourcesOpml({ sources, chat, file: file(list(5)), now: () => clock.now(), text: english });
    expect(report.added).toHaveLength(3);
    expect(report.notTried).toBe(2);
    expect(probed).toHaveLength(3);
  });

  it("refuses a declared oversized file before downloading it, and a list longer than the limit before checking any feed", async () => {
    const { sources, clock, probed } = setup();
    const big = file(" ".repeat(3_000));
    expect(await rejectionOf(importSourcesOpml({ sources, chat, file: big, now: () => clock.now(), text: english }))).toContain('"list.opml" is too large. An OPML file for /source import may have at most 2 KiB.');
    expect(big.reads).toBe(0);
    const { sources: roomy } = setup({ maxImportBytes: 1_000_000 });
    const long = `<opml version="2.0"><body>${Array.from({ length: MAX_IMPORT_FEEDS + 1 }, (_, n) => `<outline xmlUrl="https://s${n}.example/"/>`).join("")}</body></opml>`;
    expect(await rejectionOf(importSourcesOpml({ sources: roomy, chat, file: file(long), now: () => clock.now(), text: english }))).toContain(`lists more than ${MAX_IMPORT_FEEDS} feeds`);
    expect(probed).toEqual([]);
    expect(await rejectionOf(importSourcesOpml({ sources, chat, file: file('<opml version="2.0"><body><outline text="folder"/></body></opml>'), now: () => clock.now(), text: english }))).toContain('"list.opml" lists no feeds.');
  });

  it("does not swallow a store failure as a failed feed", async () => {
    const { sources, clock } = setup({ failProbe: () => new StoreError("store down", true) });
    await expect(importSourcesOpml({ sources, chat, file: file(list(2)), now: () => clock.now(), text: english })).rejects.toBeInstanceOf(StoreError);
  });

  it("exports what it imported, and says so when there is nothing to export", async () => {
    const { sources, clock } = setup();
    expect(await exportSourcesOpml(sources, chat, english)).toBe("This chat has no feeds of its own to export. Add one with /source add https://example.org/feed.xml.");
    await importSourcesOpml({ sources, chat, file: file(list(2)), now: () => clock.now(), text: english });
    const exported = await exportSourcesOpml(sources, chat, english);
    if (typeof exported === "string") throw new Error(exported);
    expect(exported).toMatchObject({ kind: "file", name: "newsdesk-sources.opml", mediaType: "text/x-opml" });
    expect(createOpmlCodec().read(new TextDecoder().decode(exported.bytes), 10).feeds).toEqual([
      { xmlUrl: "https://site1.example/feed.xml", title: "S1" },
      { xmlUrl: "https://site2.example/feed.xml", title: "S2" },
    ]);
  });
});
