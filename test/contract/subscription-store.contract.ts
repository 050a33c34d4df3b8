/**
 * The SubscriptionStore contract, run against every implementation (see test/adapters/store).
 */
import { afterEach, describe, expect, it } from "vitest";
import { StoreError } from "../../src/core/errors.js";
import { type ChatRef, type ChatSettings, chatKey } from "../../src/core/model.js";
import type { SubscriptionStore } from "../../src/core/ports.js";
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
      await store.put({ ...settings, language: "de" });
      expect((await store.get(group))?.language).toBe("de");
      await store.delete(group);
      expect(await store.get(group)).toBeUndefined();
      expect(await store.get(topic)).toBeDefined();
      await store.delete(group); // deleting twice is fine
    });

    it("lists every chat with settings, and nothing else", async () => {
      const store = await opened.open(createHarness());
      expect(await store.list()).toEqual([]);
      await store.put(makeSettings(group));
      await store.put(makeSettings(topic));
      await store.put(makeSettings(channel));
      expect(byKey(await store.list())).toEqual([chatKey(channel), chatKey(group), chatKey(topic)].sort());
      await store.delete(topic);
      expect(byKey(await store.list())).toEqual([chatKey(channel), chatKey(group)].sort());
    });

    it("keeps settings across close and reopen, without expiry", async () => {
      const harness = createHarness();
      const before = await harness.open({ retentionMs: 50 });
      await before.store.put(makeSettings(channel));
      await before.close();
      await new Promise((resolve) => setTimeout(resolve, 120));
      const after = await opened.open(harness);
      expect((await after.get(channel))?.chat).toEqual(channel);
      expect(byKey(await after.list())).toEqual([chatKey(channel)]);
    });

    it("reports a damaged stored value as a StoreError naming the key, in get and list", async () => {
      const harness = createHarness();
      if (!harness.corrupt) return;
      const store = await opened.open(harness);
      await store.put(makeSettings(group));
      await harness.corrupt(chatKey(group), JSON.stringify({ value: { v: 1, data: { chat: group } } }));
      await expect(store.get(group)).rejects.toThrow(StoreError);
      await expect(store.get(group)).rejects.toThrow(chatKey(group));
      await expect(store.list()).rejects.toThrow(chatKey(group));
    });
  });
}
