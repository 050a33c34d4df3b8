/**
 * "More" under a digest, end to end: the real grammY client long-polling the fake Bot API, the real
 * command registry and core services on SQLite, three stories a page.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordedMessage } from "../../fakes/telegram/fake-telegram.js";
import { type Harness, startHarness, messagesIn as messagesInChat } from "./telegram-harness.js";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ environment: { DIGEST_SIZE: "3" } });
});
afterAll(async () => {
  await harness?.close();
});

const messagesIn = (chatId: number, count: number): Promise<RecordedMessage[]> => messagesInChat(harness.fake, chatId, count);

function buttonLabels(message: RecordedMessage | undefined): string[] {
  return message?.replyMarkup?.inline_keyboard.flat().map((button) => button.text) ?? [];
}

const TITLES = ["Harbour bill passes", "Glacier survey published", "Railway strike ends", "Museum reopens after fire", "Tariff row deepens"];

describe("More under a Telegram digest", () => {
  it("pages on from where the digest stopped, by button and by /more, and the next digest starts after what was seen", async () => {
    const { fake } = harness;
    fake.addChat({ id: 31, type: "private", firstName: "Grace" });
    for (const [index, title] of TITLES.entries()) {
      await harness.saveArticle({ title, sectionId: "technology", source: `Outlet ${index}`, publishedAt: Date.now() - index * 60_000 });
    }
    fake.sendUserMessage({ chatId: 31, userId: 31, text: "/digest technology" });
    const [digest] = await messagesIn(31, 1);
    expect(digest?.text).toMatch(/^Technology digest\n3 of 5 stories · /u);
    expect(digest?.text).toContain("2 more stories: /more technology");
    const more = digest?.replyMarkup?.inline_keyboard.flat().find((button) => button.text === "More from Technology");
    if (!more || !("callback_data" in more)) throw new Error("no More button");

    fake.pressButton({ chatId: 31, userId: 31, messageId: digest!.messageId, data: more.callback_data });
    const [, page] = await messagesIn(31, 2);
    expect(page?.text).toMatch(/^Technology digest, continued\nstories 4–5 of 5 · /u);
    expect(buttonLabels(page)).not.toContain("More from Technology");
    const shown = TITLES.filter((title) => digest!.text.includes(title) || page!.text.includes(title));
    expect(shown).toEqual(TITLES);
    expect(TITLES.filter((title) => digest!.text.includes(title) && page!.text.includes(title))).toEqual([]);

    fake.sendUserMessage({ chatId: 31, userId: 31, text: "/more technology" });
    const [, , done] = await messagesIn(31, 3);
    expect(done?.text).toBe("You have seen every story of the last Technology digest. See what arrived since with /digest technology.");
    fake.sendUserMessage({ chatId: 31, userId: 31, text: "/digest technology" });
    const [, , , next] = await messagesIn(31, 4);
    expect(next?.text).toContain("Nothing new in Technology since");
  });

  it("offers More under a briefing that left stories of a section, and pages on from where it stopped", async () => {
    const { fake } = harness;
    fake.addChat({ id: 33, type: "private", firstName: "Ada" });
    await harness.services.chats.subscribe({ platform: "telegram", chatId: "33" }, "world");
    const world = ["Volcano alert raised", "Stadium plan approved", "Refinery blaze contained", "Lottery winner unnamed", "Embassy staff recalled", "Festival sells out", "Orchard frost warning"];
    for (const [index, title] of world.entries()) {
      await harness.saveArticle({ title, sectionId: "world", source: `Wire ${index}`, publishedAt: Date.now() - index * 60_000 });
    }
    fake.sendUserMessage({ chatId: 33, userId: 33, text: "/briefing" });
    const [briefing] = await messagesIn(33, 1);
    expect(briefing?.text).toContain("More: World (2) /more world");
    const more = briefing?.replyMarkup?.inline_keyboard.flat().find((button) => button.text === "More from World");
    if (!more || !("callback_data" in more)) throw new Error("no More button under the briefing");
    fake.pressButton({ chatId: 33, userId: 33, messageId: briefing!.messageId, data: more.callback_data });
    const [, page] = await messagesIn(33, 2);
    expect(page?.text).toMatch(/^World digest, continued\nstories 6–7 of 7 · /u);
    expect(world.filter((title) => briefing!.text.includes(title) || page!.text.includes(title))).toEqual(world);
  });
});
