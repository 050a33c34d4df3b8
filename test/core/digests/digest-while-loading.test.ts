/**
 * Right after start-up, while the feeds are read for the first time, an empty digest says the feeds
 * are still loading (not "nothing new"), and does not move the chat's digest window.
 */
import { describe, expect, it } from "vitest";
import { ChatSettingsService } from "../../../src/core/chats/chat-settings-service.js";
import { DigestService } from "../../../src/core/digests/digest-service.js";
import { FeedsLoading } from "../../../src/core/feeds/feeds-loading.js";

const LOADING = "Feeds are still loading: newsdesk has just started and is reading them for the first time. Try again in a minute.";
import { SectionCatalog } from "../../../src/core/feeds/section-catalog.js";
import { groupAndRankStories } from "../../../src/core/stories/group-stories.js";
import { ManualClock, MemoryArticleStore, MemoryDigestStateStore, MemorySubscriptionStore } from "../../fakes/memory-ports.js";
import { loadTranslator } from "../../../src/adapters/i18n/fluent-translator.js";

function setup(loading: FeedsLoading) {
  const clock = new ManualClock();
  const catalog = new SectionCatalog([{ id: "world", title: "World", description: "", feeds: [] }]);
  const chats = new ChatSettingsService(new MemorySubscriptionStore(), catalog, clock, { defaultTimezone: "UTC", defaultBriefingTime: "07:00", maxSectionsPerChat: 5, maxFollowsPerChat: 5 });
  const digests = new DigestService({ articles: new MemoryArticleStore(), chats, catalog, clock, groupStories: groupAndRankStories, digestSize: 5, pages: new MemoryDigestStateStore(), feedsLoading: loading , translator: loadTranslator() });
  return { chats, digests };
}
const chat = { platform: "console", chatId: "local" } as const;

describe("a digest while the feeds load", () => {
  it("says the feeds are still loading, and leaves the digest window where it was", async () => {
    const loading = new FeedsLoading();
    const { chats, digests } = setup(loading);
    const digest = await digests.sectionDigest(chat, "world");
    expect(digest.sections[0]?.emptyText).toBe(LOADING);
    expect((await chats.get(chat)).lastDigestAt.world).toBeUndefined();
    const latest = await digests.latest(chat, 5);
    expect(latest.sections[0]?.emptyText).toBe(LOADING);
  });

  it("once loaded, an empty digest says there are no stories yet, as before", async () => {
    const loading = new FeedsLoading();
    loading.markLoaded();
    const { chats, digests } = setup(loading);
    const digest = await digests.sectionDigest(chat, "world");
    expect(digest.sections[0]?.emptyText).toBe("No World stories yet. New ones arrive as the feeds are polled.");
    expect((await chats.get(chat)).lastDigestAt.world).toBeDefined();
  });
});
