/**
 * Prefix follows through the real grammY client and the fake Bot API: /follow Путин* | Putin*,
 * then an article mentioning "Путина" arrives and the chat gets an alert whose reason names the
 * word that matched; a stem too short is refused in the one style; /unfollow takes the prefix form.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drainOutbox } from "../../../src/core/delivery/drain-outbox.js";
import { type Harness, messagesIn, startHarness } from "./telegram-harness.js";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

function drain(h: Harness) {
  return drainOutbox({
    outbox: h.stores.outbox,
    sender: h.adapter.sender,
    clock: h.clock,
    logger: h.logger,
    owner: "telegram-test",
    leaseMs: 60_000,
    maxAttempts: 3,
    concurrency: 4,
    pauseChat: (chat, reason) => h.services.chats.pause(chat, reason),
  });
}

describe("prefix follows on Telegram", () => {
  it("alerts on Путина for /follow Путин*, saying which word matched", async () => {
    const { fake } = harness;
    fake.addChat({ id: 931, type: "private", firstName: "Ольга" });
    fake.sendUserMessage({ chatId: 931, userId: 931, text: "/follow Путин* | Putin*", languageCode: "ru" });
    await messagesIn(fake, 931, 1);
    const settings = await harness.services.chats.get({ platform: "telegram", chatId: "931" });
    expect(settings.follows.map((follow) => [follow.id, follow.topic, follow.aliases])).toEqual([["путин*", "Путин*", ["Putin*"]]]);

    const article = await harness.saveArticle({ title: "Визит Путина в Пекин завершился", sectionId: "world" });
    expect((await harness.services.alerts.processArticles([article])).queued).toBe(1);
    expect(await drain(harness)).toMatchObject({ sent: 1 });
    const alert = (await messagesIn(fake, 931, 2))[1];
    expect(alert?.text).toContain("Визит Путина в Пекин завершился");
    expect(alert?.text).toContain("Путина (Путин*)");

    // An article without a word starting with the stem: no alert.
    const other = await harness.saveArticle({ title: "Путь к миру: переговоры в Женеве", sectionId: "world" });
    expect((await harness.services.alerts.processArticles([other])).queued).toBe(0);
  });

  it("refuses a stem of two letters with the rule and an example, and /unfollow takes the prefix form", async () => {
    const { fake } = harness;
    fake.addChat({ id: 932, type: "private", firstName: "Ann" });
    fake.sendUserMessage({ chatId: 932, userId: 932, text: "/follow Пу*", languageCode: "en" });
    const [refusal] = await messagesIn(fake, 932, 1);
    expect(refusal?.text).toContain('"Пу*" is not a follow newsdesk can match. A word ending in * needs at least 3 letters or digits before the *');

    fake.sendUserMessage({ chatId: 932, userId: 932, text: "/follow Merkel*", languageCode: "en" });
    await messagesIn(fake, 932, 2);
    fake.sendUserMessage({ chatId: 932, userId: 932, text: "/unfollow merkel*", languageCode: "en" });
    await messagesIn(fake, 932, 3);
    expect((await harness.services.chats.get({ platform: "telegram", chatId: "932" })).follows).toEqual([]);
  });

  it("explains prefix forms in /help follow", async () => {
    const { fake } = harness;
    fake.addChat({ id: 933, type: "private", firstName: "Ann" });
    fake.sendUserMessage({ chatId: 933, userId: 933, text: "/help follow", languageCode: "en" });
    const [help] = await messagesIn(fake, 933, 1);
    expect(help?.text).toContain("Путин* matches Путина and Путину (and Путинизм: prefixes over-match)");
  });
});
