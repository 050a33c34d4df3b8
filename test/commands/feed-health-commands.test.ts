/**
 * Feed health as users and admins see it: /sections names each failing feed with its reason and
 * since when (failing after one failed poll, unhealthy after repeated ones), reading only failing
 * feeds; /status shows a chat's sections with their feeds' health, moved feeds, the next briefing,
 * and turns feed notices on and off (admins only).
 */
import { loadTranslator } from "../../src/adapters/i18n/fluent-translator.js";
import { describe, expect, it } from "vitest";
import { sectionsCommand } from "../../commands/sections.js";
import { statusCommand } from "../../commands/status.js";
import type { BriefingDocument, Reply } from "../../src/core/digests/briefing-document.js";
import { ChatSettingsService } from "../../src/core/chats/chat-settings-service.js";
import type { CommandContext, CommandDefinition } from "../../src/core/commands/command.js";
import type { CommandServices } from "../../src/core/commands/command-services.js";
import { parseArgumentLine } from "../../src/core/commands/command-options.js";
import { executeCommand } from "../../src/core/commands/execute-command.js";
import type { FeedState, Section } from "../../src/core/feeds/feed.js";
import { SectionCatalog } from "../../src/core/feeds/section-catalog.js";
import { makeFeedState } from "../contract/feed-state-store.contract.js";
import { ManualClock, MemoryFeedStateStore, MemorySubscriptionStore, RecordingLogger } from "../fakes/memory-ports.js";

const HOUR = 3_600_000;
const chat = { platform: "telegram" as const, chatId: "-100", kind: "group" as const };
const feed = (url: string, sectionId: string, name?: string) => ({ url, sectionId, pollIntervalSeconds: 600, ...(name ? { name } : {}) });
const sections: Section[] = [
  {
    id: "world", title: "World", description: "World news",
    feeds: [feed("https://a.example/rss", "world", "Alpha"), feed("https://b.example/rss", "world", "Beta"), feed("https://c.example/rss", "world")],
  },
  { id: "tech", title: "Technology", description: "", feeds: [feed("https://t.example/rss", "tech", "Tech Wire")] },
];

/** A store whose full listing must not be used by the commands. */
class IndexOnlyFeedStates extends MemoryFeedStateStore {
  override async list(): Promise<FeedState[]> {
    throw new Error("read every feed");
  }
}

async function setup(admin = true) {
  const clock = new ManualClock();
  const feedStates = new IndexOnlyFeedStates();
  const now = clock.now();
  await feedStates.put(makeFeedState("https://a.example/rss", { consecutiveFailures: 1, failingSince: now - 20 * 60_000, lastError: "https://a.example/rss: HTTP 503", healthy: true }));
  await feedStates.put(makeFeedState("https://b.example/rss", { consecutiveFailures: 6, failingSince: now - 3 * HOUR, lastError: "https://b.example/rss: network error: getaddrinfo ENOTFOUND b.example (ENOTFOUND)", healthy: false }));
  await feedStates.put(makeFeedState("https://c.example/rss", { title: "Gamma Daily", movedTo: "https://c.example/feed/" }));
  await feedStates.put(makeFeedState("https://t.example/rss"));
  const catalog = new SectionCatalog(sections);
  const chats = new ChatSettingsService(new MemorySubscriptionStore(), catalog, clock, { defaultTimezone: "UTC", defaultBriefingTime: "07:00", maxSectionsPerChat: 5, maxFollowsPerChat: 5 });
  const replies: Reply[] = [];
  const context: CommandContext = {
    chat,
    actor: { id: "1", displayName: "Ada", isChatAdmin: async () => admin },
    defer: async () => undefined,
    reply: async (reply) => void replies.push(reply),
    replyPrivately: async (reply) => void replies.push(reply),
  };
  const services = {
    catalog, chats, clock, translator: loadTranslator(),
    failingFeeds: (limit: number) => feedStates.listFailing(limit),
    feedStates: (urls: readonly string[]) => feedStates.getMany(urls),
  } as unknown as CommandServices;
  const run = async (definition: CommandDefinition, line = "") => {
    await executeCommand({ definition, parseOptions: () => parseArgumentLine(definition.options, line), context, services, logger: new RecordingLogger() });
    return replies.at(-1);
  };
  return { chats, run, clock };
}

const text = (reply: Reply | undefined): string =>
  typeof reply === "string" ? reply : JSON.stringify((reply as BriefingDocument).sections.flatMap((section) => section.items.map((item) => [item.title, item.detail, item.summary])));

describe("/sections", () => {
  it("names each failing feed (longest failing first) with its reason in words and since when, unhealthy after repeated failures", async () => {
    const { run } = await setup();
    const reply = (await run(sectionsCommand)) as BriefingDocument;
    const [world, tech] = reply.sections[0]?.items ?? [];
    expect(world?.detail).toBe(
      "3 feeds · 2 failing — Beta: the host name does not resolve, for 3 h (unhealthy); Alpha: the server has a problem (HTTP 503), for 20 min",
    );
    expect(tech?.detail).toBe("1 feed");
  });
});

describe("/status", () => {
  it("shows the chat's sections with feed health and moved feeds, the next briefing, follows and notices", async () => {
    const { chats, run } = await setup();
    await chats.subscribe(chat, "world");
    await chats.setBriefingSchedule(chat, { time: "09:30" });
    const reply = (await run(statusCommand)) as BriefingDocument;
    expect(reply.title).toBe("Status of this chat");
    const [deliveries, subscribed] = reply.sections;
    expect(deliveries?.items.map((item) => item.title)).toEqual([
      "Morning briefing: 09:30 UTC, daily; next 09:30",
      "Follows: 0 of 5",
      "Feed notices: on",
    ]);
    expect(subscribed?.items).toHaveLength(1);
    expect(subscribed?.items[0]).toMatchObject({ title: "world — World", detail: "3 feeds, 2 failing" });
    expect(subscribed?.items[0]?.summary?.split("\n")).toEqual([
      "Alpha: the server has a problem (HTTP 503), for 20 min",
      "Beta: the host name does not resolve, for 3 h (unhealthy)",
      "Gamma Daily: moved permanently to https://c.example/feed/: the sources file should name that address",
    ]);
  });

  it("turns feed notices off and on, and is for the chat's admins only", async () => {
    const { chats, run } = await setup();
    expect((await run(statusCommand, "off")) as BriefingDocument).toMatchObject({ subtitle: "Feed notices off." });
    expect((await chats.get(chat)).feedNotices).toBe(false);
    expect(text(await run(statusCommand))).toContain("Feed notices: off");
    expect(((await run(statusCommand, "off")) as BriefingDocument).subtitle).toBe("Feed notices off (already).");
    await run(statusCommand, "on");
    expect((await chats.get(chat)).feedNotices).toBeUndefined();
    expect(await run(statusCommand, "loud")).toMatch(/^"loud" is not/u);

    const member = await setup(false);
    expect(await member.run(statusCommand)).toMatch(/^Only administrators of this group can use \/status here/u);
  });
});
