import { describe, expect, it } from "vitest";
import { ChatSettingsService } from "../../../src/core/chats/chat-settings-service.js";
import { SectionCatalog } from "../../../src/core/feeds/section-catalog.js";
import { ManualClock, MemorySubscriptionStore } from "../../fakes/memory-ports.js";
import { rejectionOf } from "../../helpers/english.js";

const chat = { platform: "telegram" as const, chatId: "-100123", threadId: "7" };
const catalog = new SectionCatalog(["politics", "world", "business"].map((id) => ({ id, title: id, description: "", feeds: [] })));

function service(limits = { maxSectionsPerChat: 2, maxFollowsPerChat: 2 }) {
  const store = new MemorySubscriptionStore();
  const chats = new ChatSettingsService(store, catalog, new ManualClock(), { defaultTimezone: "Europe/London", defaultBriefingTime: "07:30", ...limits });
  return { store, chats };
}

describe("a chat's subscriptions", () => {
  it("starts with the configured briefing defaults and stores nothing until changed", async () => {
    const { store, chats } = service();
    expect((await chats.get(chat)).briefing).toEqual({ enabled: true, time: "07:30", timezone: "Europe/London", weekdays: [1, 2, 3, 4, 5, 6, 7] });
    expect(store.values.size).toBe(0);
  });

  it("subscribes once, says so when repeated, and keeps threads apart from their chat", async () => {
    const { chats } = service();
    expect((await chats.subscribe(chat, "Politics")).result).toBe("changed");
    expect((await chats.subscribe(chat, "politics")).result).toBe("unchanged");
    expect((await chats.get({ platform: "telegram", chatId: "-100123" })).sections).toEqual([]);
    expect((await chats.unsubscribe(chat, "politics")).result).toBe("changed");
    expect((await chats.unsubscribe(chat, "politics")).result).toBe("unchanged");
  });

  it("refuses past the per-chat limit with a clear message", async () => {
    const { chats } = service();
    await chats.subscribe(chat, "politics");
    await chats.subscribe(chat, "world");
    expect(await rejectionOf(chats.subscribe(chat, "business"))).toContain("already has 2 sections, the most allowed");
    await chats.follow(chat, "APT31", ["Zirconium"]);
    await chats.follow(chat, "Ukraine", []);
    expect(await rejectionOf(chats.follow(chat, "Mars", []))).toContain("already follows 2 topics");
    // Following an existing topic again updates it, even at the limit.
    expect((await chats.follow(chat, "apt31", ["Judgement Panda"])).result).toBe("changed");
    expect((await chats.get(chat)).follows.find((follow) => follow.id === "apt31")?.aliases).toEqual(["Judgement Panda"]);
  });

  it("says when a topic is already followed, whatever its case, and what changed in its aliases", async () => {
    const { chats } = service({ maxSectionsPerChat: 2, maxFollowsPerChat: 5 });
    expect(await chats.follow(chat, "china", undefined)).toMatchObject({ result: "changed", already: false });
    expect(await chats.follow(chat, "China", undefined)).toMatchObject({ result: "unchanged", already: true, follow: { topic: "china", aliases: [] } });
    expect(await chats.follow(chat, "China", ["PRC", "Zhongguo"])).toMatchObject({ result: "changed", already: true, addedAliases: ["PRC", "Zhongguo"], removedAliases: [] });
    expect(await chats.follow(chat, "CHINA", ["prc", "Beijing"])).toMatchObject({ result: "changed", addedAliases: ["Beijing"], removedAliases: ["Zhongguo"] });
    // Without aliases, they are kept; an empty list clears them.
    expect(await chats.follow(chat, "china", undefined)).toMatchObject({ result: "unchanged", follow: { aliases: ["prc", "Beijing"] } });
    expect(await chats.follow(chat, "Beijing", undefined)).toMatchObject({ result: "unchanged", already: true, asAlias: "Beijing", follow: { topic: "china" } });
    expect(await chats.follow(chat, "china", [])).toMatchObject({ result: "changed", removedAliases: ["prc", "Beijing"] });
    expect((await chats.get(chat)).follows).toHaveLength(1);
  });

  it("loses no change when several commands of one chat run at once", async () => {
    const { chats } = service({ maxSectionsPerChat: 10, maxFollowsPerChat: 10 });
    await Promise.all([chats.subscribe(chat, "politics"), chats.subscribe(chat, "world"), chats.follow(chat, "APT31", []), chats.subscribe(chat, "business")]);
    const settings = await chats.get(chat);
    expect(settings.sections.sort()).toEqual(["business", "politics", "world"]);
    expect(settings.follows).toHaveLength(1);
  });

  it("unfollows by topic or by alias", async () => {
    const { chats } = service();
    await chats.follow(chat, "APT31", ["Judgement Panda", "Zirconium"]);
    expect((await chats.unfollow(chat, "judgement  panda")).follow?.topic).toBe("APT31");
    expect((await chats.get(chat)).follows).toEqual([]);
  });
});
