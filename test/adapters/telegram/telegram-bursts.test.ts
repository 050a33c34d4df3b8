/**
 * Bursts through the send queue against the fake server's rate limits. To keep the suite fast the
 * limits are scaled, the same factor on both sides (fake server and adapter):
 * - one group: time / 100 (20 per 600 ms per group, 3 per 30 ms per chat; adapter 1 per 10 ms per chat);
 * - 2,000 chats: time / 20 (30 per 50 ms overall, i.e. 600/s; adapter 29.5 per 50 ms, the default 29.5/s × 20).
 * `npm run bench` runs the 2,000 chats at Telegram's real limits.
 */
import { afterEach, describe, expect, it } from "vitest";
import { composeAlert } from "../../../briefings/compose-alert.js";
import { loadTranslator } from "../../../src/adapters/i18n/fluent-translator.js";
import { textIn } from "../../../src/core/shared/translator.js";

const english = { language: "en", text: textIn(loadTranslator(), "en") };
import type { ChatRef } from "../../../src/core/chats/chat.js";
import { type Harness, type HarnessOptions, startHarness, waitFor } from "./telegram-harness.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function start(options: HarnessOptions): Promise<Harness> {
  harness = await startHarness(options);
  return harness;
}

describe("bursts", () => {
  it("delivers 200 alerts to one group completely, without a 429", async () => {
    const h = await start({
      fakeLimits: { perChat: { limit: 3, windowMs: 30 }, perGroup: { limit: 20, windowMs: 600 }, global: { limit: 30, windowMs: 10 } },
      limits: { global: { limit: 30, pace: 29.5, windowMs: 10 }, perChatIntervalMs: 10, perGroup: { limit: 20, windowMs: 600 } },
    });
    h.fake.addChat({ id: -77, type: "supergroup", title: "Busy group" });
    const group: ChatRef = { platform: "telegram", chatId: "-77" };
    const articles = await Promise.all(Array.from({ length: 200 }, (_, index) => h.saveArticle({ title: `Alert number ${index}`, summary: "Something happened." })));
    const started = Date.now();
    await Promise.all(articles.map((article) => h.adapter.sender.send(group, composeAlert(article, "mentions a topic you follow", Date.now(), english))));
    const elapsed = Date.now() - started;
    const texts = h.fake.messagesIn(-77).map((message) => message.text);
    expect(texts).toHaveLength(200);
    expect(new Set(articles.map((article) => texts.findIndex((text) => text.includes(`${article.title}\n`))))).not.toContain(-1);
    expect(h.fake.count429).toBe(0);
    // The floor set by 20 messages per 600 ms: 9 full windows before the last 20. How close the
    // queue comes to the platforms' rates is measured in bench/telegram-delivery.bench.ts.
    expect(elapsed).toBeGreaterThanOrEqual(9 * 600);
  }, 20_000);

  it("delivers 2,000 alerts to distinct chats with near-zero 429s, and answers a command ahead of the fan-out", async () => {
    const h = await start({
      fakeLimits: { perChat: { limit: 3, windowMs: 150 }, perGroup: { limit: 20, windowMs: 3_000 }, global: { limit: 30, windowMs: 50 } },
      limits: { global: { limit: 30, pace: 29.5, windowMs: 50 }, perChatIntervalMs: 50, perGroup: { limit: 20, windowMs: 3_000 } },
    });
    const chats: ChatRef[] = [];
    for (let index = 0; index < 1_000; index += 1) {
      h.fake.addChat({ id: 100_000 + index, type: "private" });
      h.fake.addChat({ id: -100_000 - index, type: "group" });
      chats.push({ platform: "telegram", chatId: String(100_000 + index) }, { platform: "telegram", chatId: String(-100_000 - index) });
    }
    h.fake.addChat({ id: 99, type: "private" });
    const article = await h.saveArticle({ title: "Storm closes the harbour", summary: "Ships stay in port." });
    const document = composeAlert(article, "mentions Harbour in the title", Date.now(), english);

    const started = Date.now();
    const fanOut = Promise.all(chats.map((chat) => h.adapter.sender.send(chat, document)));
    await waitFor(() => h.fake.messages.length >= 300, 10_000, "fan-out under way");
    const sentBeforeAsking = h.fake.messages.length;
    h.fake.sendUserMessage({ chatId: 99, userId: 99, text: "/sections" });
    const reply = await waitFor(() => h.fake.messagesIn(99)[0], 5_000, "the command's answer");
    await fanOut;
    const finished = Date.now();

    expect(h.fake.messages.filter((message) => message.chatId !== 99)).toHaveLength(2_000);
    expect(new Set(h.fake.messages.map((message) => message.chatId)).size).toBe(2_001);
    expect(h.fake.count429).toBeLessThanOrEqual(5);
    // The answer went ahead of the fan-out's queue (about 1,700 messages when it was asked): behind
    // it, all of them would have gone first. Counted in messages, not milliseconds; the fan-out goes
    // on while the command is handled, more of it on a busy machine, so the bound is half the queue.
    const overtakenBy = h.fake.messages.filter((message) => message.chatId !== 99 && message.at <= reply.at).length - sentBeforeAsking;
    expect(overtakenBy).toBeLessThan((2_000 - sentBeforeAsking) / 2);
    // Floor: 2,000 messages at 600/s.
    expect(finished - started).toBeGreaterThanOrEqual((2_000 / 600) * 1_000 * 0.95);
  }, 30_000);
});
