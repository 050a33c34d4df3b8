/**
 * Deliveries end to end: the core's alerts and outbox sending through the Telegram sender to the
 * fake Bot API server. Blocked chats pause, migrations are followed, 429s are waited out exactly,
 * multi-message documents report progress per message.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { BriefingDocument } from "../../../src/core/digests/briefing-document.js";
import { DeliveryError } from "../../../src/core/delivery/chat-sender.js";
import { drainOutbox } from "../../../src/core/delivery/drain-outbox.js";
import { type Harness, type HarnessOptions, startHarness, waitFor } from "./telegram-harness.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function start(options: HarnessOptions = {}): Promise<Harness> {
  harness = await startHarness(options);
  return harness;
}

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

const document = (title: string, items = 1): BriefingDocument => ({
  kind: "briefing",
  title,
  sections: [{ items: Array.from({ length: items }, (_, index) => ({ title: `Item ${index + 1}`, summary: "x".repeat(1_500), sources: [] })) }],
});

describe("deliveries", () => {
  it("pauses a chat that blocked the bot, and resumes it when unblocked", async () => {
    const h = await start();
    h.fake.addChat({ id: 21, type: "private" });
    const chat = { platform: "telegram" as const, chatId: "21" };
    h.fake.sendUserMessage({ chatId: 21, userId: 21, text: "/follow Mars | Red Planet" });
    await waitFor(() => h.fake.messagesIn(21).length === 1, 5_000, "follow answer");
    h.fake.blockBot(21);

    const article = await h.saveArticle({ title: "Rover finds a lake bed on the Red Planet", sectionId: "technology", tags: ["Space"] });
    expect((await h.services.alerts.processArticles([article])).queued).toBe(1);
    const result = await drain(h);
    expect(result).toMatchObject({ failed: 1, sent: 0 });
    const settings = await h.services.chats.get(chat);
    expect(settings.paused?.reason).toContain("bot was blocked by the user");
    expect(h.fake.messagesIn(21)).toHaveLength(1);

    h.fake.blockBot(21, false); // Telegram sends my_chat_member: the bot is a member again
    await waitFor(async () => !(await h.services.chats.get(chat)).paused, 5_000, "resume");
  });

  it("delivers an alert with a Follow button for the story's topic, and the button follows it", async () => {
    const h = await start();
    h.fake.addChat({ id: 22, type: "private" });
    h.fake.sendUserMessage({ chatId: 22, userId: 22, text: "/follow Budget" });
    await waitFor(() => h.fake.messagesIn(22).length === 1, 5_000, "follow answer");
    const article = await h.saveArticle({ title: "Budget vote delayed by a week", tags: ["Parliament", "Budget"] });
    await h.services.alerts.processArticles([article]);
    expect(await drain(h)).toMatchObject({ sent: 1 });
    const alert = h.fake.messagesIn(22)[1];
    expect(alert?.text).toMatch(/^Follow alert\n\n1\. Budget vote delayed by a week\nWhy: /u);
    expect(alert?.linkPreviewDisabled).toBe(false);
    const labels = alert?.replyMarkup?.inline_keyboard.flat().map((button) => button.text);
    expect(labels).toEqual(["Summary 1", "Follow Parliament"]);
    const follow = alert?.replyMarkup?.inline_keyboard.flat().find((button) => button.text === "Follow Parliament");
    h.fake.pressButton({ chatId: 22, userId: 22, messageId: alert!.messageId, data: follow && "callback_data" in follow ? follow.callback_data : "" });
    await waitFor(() => h.fake.messagesIn(22).length === 3, 5_000, "follow by button");
    expect(h.fake.messagesIn(22)[2]?.text).toBe("Following Parliament. You will get an alert when a new story mentions it.");
    expect((await h.services.chats.get({ platform: "telegram", chatId: "22" })).follows.map((follow) => follow.topic)).toEqual(["Budget", "Parliament"]);
  });

  it("follows a group's migration to a supergroup and moves its settings", async () => {
    const h = await start();
    h.fake.addChat({ id: -5, type: "group", title: "Old group" });
    const old = { platform: "telegram" as const, chatId: "-5" };
    await h.services.chats.subscribe(old, "politics");
    h.fake.migrateGroup(-5, -1005);
    await h.adapter.sender.send(old, document("Morning briefing"));
    expect(h.fake.messagesIn(-1005)[0]?.text).toMatch(/^Morning briefing/u);
    expect(h.migrations[0]).toEqual([old, { platform: "telegram", chatId: "-1005" }]);
    await waitFor(async () => (await h.stores.subscriptions.get(old)) === undefined, 5_000, "old settings gone");
    expect((await h.services.chats.get({ platform: "telegram", chatId: "-1005" })).sections).toEqual(["politics"]);
  });

  it("maps refusals to DeliveryError: permanent for a chat that is gone", async () => {
    const h = await start();
    h.fake.addChat({ id: -6, type: "supergroup", title: "Kicked" });
    h.fake.setMember(-6, h.fake.botId, "kicked");
    const kicked = await h.adapter.sender.send({ platform: "telegram", chatId: "-6" }, document("x")).catch((error: unknown) => error);
    expect(kicked).toBeInstanceOf(DeliveryError);
    expect((kicked as DeliveryError).failure).toBe("permanent");
    const missing = await h.adapter.sender.send({ platform: "telegram", chatId: "-99999" }, document("x")).catch((error: unknown) => error);
    expect((missing as DeliveryError).failure).toBe("permanent");
    h.fake.addChat({ id: -1007, type: "supergroup", title: "Forum", isForum: true, topicIds: [3] });
    const topicGone = await h.adapter.sender.send({ platform: "telegram", chatId: "-1007", threadId: "4" }, document("x")).catch((error: unknown) => error);
    expect((topicGone as DeliveryError).failure).toBe("permanent");
  });

  it("reports each message of a multi-message document, resumes after skipParts, and marks before sending", async () => {
    const h = await start({ fakeLimits: { perChat: false }, limits: { perChatIntervalMs: 50 } });
    h.fake.addChat({ id: 23, type: "private" });
    const events: string[] = [];
    const progress = (skipParts: number) => ({
      skipParts,
      beforePart: async (index: number, count: number) => void events.push(`before ${index}/${count} sent=${h.fake.messagesIn(23).length}`),
      onPartSent: async (index: number, count: number) => void events.push(`sent ${index}/${count} sent=${h.fake.messagesIn(23).length}`),
    });
    const long = document("Long briefing", 6);
    await h.adapter.sender.send({ platform: "telegram", chatId: "23" }, long, progress(0));
    const count = h.fake.messagesIn(23).length;
    expect(count).toBeGreaterThan(1);
    expect(events.slice(0, 4)).toEqual([`before 0/${count} sent=0`, `sent 0/${count} sent=1`, `before 1/${count} sent=1`, `sent 1/${count} sent=2`]);
    events.length = 0;
    await h.adapter.sender.send({ platform: "telegram", chatId: "23" }, long, progress(count - 1));
    expect(events).toEqual([`before ${count - 1}/${count} sent=${count}`, `sent ${count - 1}/${count} sent=${count + 1}`]);
  });

  it("sends without receiving updates on an instance told not to (one poller per token)", async () => {
    const h = await start({ receiveUpdates: false });
    h.fake.addChat({ id: 25, type: "private" });
    await h.adapter.sender.send({ platform: "telegram", chatId: "25" }, document("Only sending"));
    expect(h.fake.messagesIn(25)).toHaveLength(1);
    const methods = new Set(h.fake.requests.map((request) => request.method.toLowerCase()));
    expect(methods.has("getupdates") || methods.has("setwebhook") || methods.has("deletewebhook")).toBe(false);
  });

  it("waits retry_after after a 429 (never less) and then sends the same message", async () => {
    // The fake allows 1 message per second per chat; the adapter is told to allow more, to meet a 429.
    const h = await start({ fakeLimits: { perChat: { limit: 1, windowMs: 1_000 } }, limits: { perChatIntervalMs: 0 } });
    h.fake.addChat({ id: 24, type: "private" });
    const chat = { platform: "telegram" as const, chatId: "24" };
    await Promise.all([h.adapter.sender.send(chat, document("first")), h.adapter.sender.send(chat, document("second"))]);
    const sends = h.fake.requests.filter((request) => request.method === "sendMessage");
    expect(sends.map((request) => request.status)).toEqual([200, 429, 200]);
    const waited = (sends[2]?.at ?? 0) - (sends[1]?.at ?? 0);
    // Never before retry_after; that it is exactly retry_after is checked on a manual clock in
    // send-queue.test.ts ("honours retry_after exactly…"): an upper bound here measures the machine.
    expect(waited).toBeGreaterThanOrEqual(1_000);
    expect(h.fake.messagesIn(24).map((message) => message.text.split("\n")[0])).toEqual(["first", "second"]);
    expect(h.adapter.queueStats()).toMatchObject({ rateLimited: 1, retried: 1 });
  });
});
