/**
 * The SubscriptionStore contract, run against every implementation (see test/adapters/store).
 */
import { afterEach, describe, expect, it } from "vitest";
import { StoreError } from "../../src/core/shared/errors.js";
import { type ChatRef, type ChatSettings, chatKey } from "../../src/core/chats/chat.js";
import type { SubscriptionStore } from "../../src/core/chats/chat-ports.js";
import { type StoreHarnessFactory, trackOpened } from "./store-harness.js";

/** Settings for `chat` with a few sections and a follow. */
export function makeSettings(chat: ChatRef, extra: Partial<ChatSettings> = {}): ChatSettings {
  return {
    chat, sections: ["world", "politics"],
    follows: [{ id: "climate", topic: "Climate", aliases: ["global warming"], createdAt: 1_700_000_000_000 }],
    briefing: { enabled: true, time: "07:30", timezone: "Europe/Berlin", weekdays: [1, 2, 3, 4, 5] },
    language: "en", lastDigestAt: { world: 1_700_000_100_000 }, createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000,
    ...extra,
  };
}

const byKey = (list: ChatSettings[]): string[] => list.map((settings) => chatKey(settings.chat)).sort();
const byKeyInOrder = (list: ChatSettings[]): string[] => list.map((settings) => chatKey(settings.chat));

/** Runs the SubscriptionStore contract against `createHarness` (its `corrupt` takes a `chatKey`). */
export function subscriptionStoreContract(name: string, createHarness: StoreHarnessFactory<SubscriptionStore>): void {
  describe(`SubscriptionStore contract: ${name}`, () => {
    const opened = trackOpened();
    afterEach(() => opened.closeAll());
    const group: ChatRef = { platform: "telegram", chatId: "-100123" };
    const topic: ChatRef = { platform: "telegram", chatId: "-100123", threadId: "42" };
    const channel: ChatRef = { platform: "discord", chatId: "998877" };

    it("puts, gets, overwrites and deletes settings, keeping a chat and its threads apart", async () => {
      const store = await opened.open(createHarness());
      expect(await store.get(group)).toBeUndefined();
      const settings = makeSettings(group, { quietHours: { start: "22:00", end: "06:30" }, paused: { reason: "blocked", at: 5 } });
      await store.put(settings);
      await store.put(makeSettings(topic, { sections: ["sport"] }));
      expect(await store.get(group)).toEqual(settings);
      expect((await store.get(topic))?.sections).toEqual(["sport"]);
      await store.put({ ...settings, language: "de", languageFrom: "command" });
      expect(await store.get(group)).toMatchObject({ language: "de", languageFrom: "command" });
      await store.delete(group);
      expect(await store.get(group)).toBeUndefined();
      expect(await store.get(topic)).toBeDefined();
      await store.delete(group); // deleting twice is fine
    });

    it("pages through every chat with settings in key order, and nothing else", async () => {
      const store = await opened.open(createHarness());
      expect(await store.listPage(undefined, 10)).toEqual([]);
      await store.put(makeSettings(group));
      await store.put(makeSettings(topic));
      await store.put(makeSettings(channel));
      const all = [chatKey(channel), chatKey(group), chatKey(topic)].sort();
      const first = await store.listPage(undefined, 2);
      expect(first.map((settings) => chatKey(settings.chat))).toEqual(all.slice(0, 2));
      expect(byKey(await store.listPage(chatKey(first[1]!.chat), 2))).toEqual(all.slice(2));
      expect(await store.count()).toBe(3);
      await store.delete(topic);
      expect(byKey(await store.listPage(undefined, 10))).toEqual([chatKey(channel), chatKey(group)].sort());
      expect(byKey(await store.getMany([chatKey(group), chatKey(topic), "telegram:unknown", chatKey(group)]))).toEqual([chatKey(group)]);
      expect(await store.count()).toBe(2);
      expect(await store.count("telegram")).toBe(1);
      expect(await store.count("discord")).toBe(1);
      expect(await store.count("console")).toBe(0);
    });

    it("lists the chats due before a time through the due index: how many, and the earliest first", async () => {
      const store = await opened.open(createHarness());
      await store.put(makeSettings(group, { nextBriefingAt: 3_000 }));
      await store.put(makeSettings(topic, { nextBriefingAt: 1_000 }));
      await store.put(makeSettings(channel, { nextBriefingAt: 9_000 }));
      await store.put(makeSettings({ platform: "discord", chatId: "none" }));
      expect(await store.listDueBefore(5_000, 1)).toEqual({ total: 2, first: [{ key: chatKey(topic), at: 1_000 }] });
      expect((await store.listDueBefore(10_000, 10)).first.map((entry) => entry.key)).toEqual([chatKey(topic), chatKey(group), chatKey(channel)]);
      expect(await store.listDueBefore(500, 10)).toEqual({ total: 0, first: [] });
    });

    it("pages through the chats of one section, following subscribe, unsubscribe and delete from any connection", async () => {
      const harness = createHarness();
      const store = await opened.open(harness);
      const other = await opened.open(harness);
      expect(await store.listBySection("world", undefined, 10)).toEqual([]);
      await store.put(makeSettings(group, { sections: ["world", "politics"] }));
      await store.put(makeSettings(topic, { sections: ["sport"] }));
      await other.update(channel, () => makeSettings(channel, { sections: ["world"] }));
      const world = [chatKey(channel), chatKey(group)].sort();
      const first = await store.listBySection("world", undefined, 1);
      expect(byKeyInOrder(first)).toEqual(world.slice(0, 1));
      expect(byKeyInOrder(await store.listBySection("world", chatKey(first[0]!.chat), 10))).toEqual(world.slice(1));
      expect(byKeyInOrder(await store.listBySection("sport", undefined, 10))).toEqual([chatKey(topic)]);
      // Unsubscribed through update() on another connection, a later write that keeps the sections, and a deletion.
      await other.update(group, (current) => current && { ...current, sections: ["politics"] });
      await store.update(channel, (current) => current && { ...current, language: "fr" });
      expect(byKeyInOrder(await store.listBySection("world", undefined, 10))).toEqual([chatKey(channel)]);
      expect(byKeyInOrder(await store.listBySection("politics", undefined, 10))).toEqual([chatKey(group)]);
      await store.delete(channel);
      expect(await store.listBySection("world", undefined, 10)).toEqual([]);
      await store.update(group, (current) => current && { ...current, sections: ["politics", "world"] });
      expect(byKeyInOrder(await store.listBySection("world", undefined, 10))).toEqual([chatKey(group)]);
    });

    it("claims only the chats whose briefing is due, earliest first, once until handled or the claim runs out", async () => {
      const harness = createHarness();
      const store = await opened.open(harness);
      const other = await opened.open(harness);
      await store.put(makeSettings(group, { nextBriefingAt: 3_000 }));
      await store.put(makeSettings(topic, { nextBriefingAt: 1_000 }));
      await store.put(makeSettings(channel, { nextBriefingAt: 9_000 }));
      await store.put(makeSettings({ platform: "discord", chatId: "none" }));
      expect(byKeyInOrder(await store.claimDueBriefings(5_000, 1, 60_000))).toEqual([chatKey(topic)]);
      expect(byKeyInOrder(await other.claimDueBriefings(5_000, 10, 60_000))).toEqual([chatKey(group)]);
      expect(await store.claimDueBriefings(5_000, 10, 60_000)).toEqual([]);
      // Handled: the real next time is stored.
      const moved = await store.update(topic, (current) => current && { ...current, nextBriefingAt: 20_000 });
      expect(moved?.nextBriefingAt).toBe(20_000);
      expect(byKeyInOrder(await store.claimDueBriefings(10_000, 10, 60_000))).toEqual([chatKey(channel)]);
      // The claim on `group` (until 65,000) ran out without it being handled: due again.
      expect(byKey(await store.claimDueBriefings(65_000, 10, 60_000))).toEqual([chatKey(group), chatKey(topic)].sort());
      await store.delete(channel);
      expect(await store.claimDueBriefings(200_000, 10, 60_000)).toHaveLength(2);
    });

    it("two connections claiming due briefings at once never get the same chat", async () => {
      const harness = createHarness();
      const one = await opened.open(harness);
      const two = await opened.open(harness);
      for (let index = 0; index < 40; index += 1) await one.put(makeSettings({ platform: "telegram", chatId: String(index) }, { nextBriefingAt: 1_000 + index }));
      const claims = await Promise.all(Array.from({ length: 10 }, (_, index) => (index % 2 === 0 ? one : two).claimDueBriefings(5_000, 5, 60_000)));
      const keys = claims.flat().map((settings) => chatKey(settings.chat));
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toHaveLength(40);
    });

    it("lists the chats changed or deleted since a time, oldest first", async () => {
      const store = await opened.open(createHarness());
      await store.put(makeSettings(group, { updatedAt: 1_000 }));
      await store.put(makeSettings(topic, { updatedAt: 2_000 }));
      await store.put(makeSettings(channel, { updatedAt: 3_000 }));
      const { changes } = await store.listChangedSince(2_000, 10);
      expect(changes.map((change) => change.key)).toEqual([chatKey(topic), chatKey(channel)]);
      expect(changes[0]?.settings?.chat).toEqual(topic);
      const paged = await store.listChangedSince(0, 2);
      expect(paged.changes).toHaveLength(2);
      expect(paged.next).toEqual({ at: 2_000, key: chatKey(topic) });
      const rest = await store.listChangedSince(0, 2, paged.next);
      expect(rest.changes.map((change) => change.key)).toEqual([chatKey(channel)]);
      expect(rest.next).toBeUndefined();
      const before = Date.now();
      await store.delete(group);
      const deleted = (await store.listChangedSince(before, 10)).changes.find((change) => change.key === chatKey(group));
      expect(deleted).toEqual({ key: chatKey(group) });
    });

    it("pages through many chats changed at the same instant without skipping or repeating any", async () => {
      const store = await opened.open(createHarness());
      for (let index = 0; index < 25; index += 1) await store.put(makeSettings({ platform: "telegram", chatId: `same-${String(index).padStart(2, "0")}` }, { updatedAt: 5_000 }));
      const seen: string[] = [];
      let after: { at: number; key: string } | undefined;
      do {
        const page = await store.listChangedSince(5_000, 10, after);
        seen.push(...page.changes.map((change) => change.key));
        after = page.next;
      } while (after);
      expect(seen).toHaveLength(25);
      expect(new Set(seen).size).toBe(25);
    });

    it("update() applies every one of many concurrent changes from two connections (none is lost)", async () => {
      const harness = createHarness();
      const one = await opened.open(harness);
      const two = await opened.open(harness);
      await one.put(makeSettings(group, { sections: [] }));
      const ids = Array.from({ length: 24 }, (_, index) => `section-${index}`);
      await Promise.all(
        ids.map((id, index) =>
          (index % 2 === 0 ? one : two).update(group, (current) => current && { ...current, sections: [...current.sections, id] }),
        ),
      );
      expect((await one.get(group))?.sections.slice().sort()).toEqual(ids.slice().sort());
      expect(await one.update(group, () => undefined)).toMatchObject({ chat: group });
      expect(await one.update({ platform: "console", chatId: "nobody" }, () => undefined)).toBeUndefined();
    });

    it("lists each chat-added feed once however many chats use it, and forgets one its last chat removed", async () => {
      const store = await opened.open(createHarness());
      const source = (url: string) => ({ url, name: url.slice(-1), addedAt: 1 });
      const shared = "https://example.org/a.xml";
      const own = "https://example.org/b.xml";
      await store.put(makeSettings(group, { sources: [source(shared), source(own)] }));
      await store.update(channel, () => makeSettings(channel, { sources: [source(shared)] }));
      await store.put(makeSettings(topic));
      expect(await store.listChatFeeds(undefined, 10)).toEqual([shared, own].sort());
      expect(await store.listChatFeeds(shared, 10)).toEqual([own]);
      expect(await store.listChatFeeds(undefined, 1)).toEqual([[shared, own].sort()[0]]);
      expect(await store.countChatFeeds()).toBe(2);
      expect(await store.countChatFeeds(shared)).toBe(2);
      expect(await store.countChatFeeds(own)).toBe(1);
      await store.update(group, (current) => current && { ...current, sources: [source(shared)] });
      expect(await store.listChatFeeds(undefined, 10)).toEqual([shared]);
      expect(await store.countChatFeeds(own)).toBe(0);
      await store.delete(channel);
      expect(await store.countChatFeeds(shared)).toBe(1);
      await store.update(group, (current) => current && { ...current, sources: [] });
      expect(await store.listChatFeeds(undefined, 10)).toEqual([]);
      expect(await store.countChatFeeds()).toBe(0);
      expect((await store.get(group))?.sources).toEqual([]);
    });

    it("keeps settings across close and reopen, without expiry", async () => {
      const harness = createHarness();
      const before = await harness.open({ retentionMs: 50 });
      await before.store.put(makeSettings(channel));
      await before.close();
      await new Promise((resolve) => setTimeout(resolve, 120));
      const after = await opened.open(harness);
      expect((await after.get(channel))?.chat).toEqual(channel);
      expect(byKey(await after.listPage(undefined, 10))).toEqual([chatKey(channel)]);
    });

    it("reports a damaged stored value as a StoreError naming the key, in get and list", async () => {
      const harness = createHarness();
      if (!harness.corrupt) return;
      const store = await opened.open(harness);
      await store.put(makeSettings(group));
      await harness.corrupt(chatKey(group), JSON.stringify({ v: 1, data: { chat: group } }));
      await expect(store.get(group)).rejects.toThrow(StoreError);
      await expect(store.get(group)).rejects.toThrow(chatKey(group));
      await expect(store.listPage(undefined, 10)).rejects.toThrow(chatKey(group));
    });
  });
}
