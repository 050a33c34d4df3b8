/**
 * Update intake under load, through grammY long-polling the fake Bot API: no update is dropped
 * (beyond the bound, intake waits and Telegram keeps the updates), and one flooding chat neither
 * fills the room nor delays the others; it is told once to slow down.
 */
import { afterEach, describe, expect, it } from "vitest";
import { SLOW_DOWN_TEXT } from "../../../src/adapters/telegram/update-runner.js";
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

/** Limits loose enough that sending is not what this test measures. */
const FAST: HarnessOptions = {
  fakeLimits: { perChat: false, perGroup: false, global: { limit: 5_000, windowMs: 1_000 } },
  limits: { global: { limit: 4_000, pace: 4_000, windowMs: 1_000 }, perChatIntervalMs: 0 },
};

describe("update intake", () => {
  it("answers every one of 2,000 chats sending a command in one burst, with intake bounded at 100 in progress", async () => {
    const h = await start({ ...FAST, updateLimits: { maxPending: 100 } });
    for (let index = 0; index < 2_000; index += 1) h.fake.addChat({ id: 500_000 + index, type: "private" });
    for (let index = 0; index < 2_000; index += 1) h.fake.sendUserMessage({ chatId: 500_000 + index, userId: 500_000 + index, text: "/subscribe politics" });
    await waitFor(() => (new Set(h.fake.messages.map((message) => message.chatId)).size >= 2_000 ? true : undefined), 90_000, "2,000 answers");
    const answered = new Set(h.fake.messages.filter((message) => message.text.startsWith("Subscribed to Politics")).map((message) => message.chatId));
    expect(answered.size).toBe(2_000);
    expect(h.logger.entries.some((entry) => entry.message.includes("dropped"))).toBe(false);
  }, 120_000);

  it("tells a flooding chat once to slow down, and answers the other chats all the same", async () => {
    const h = await start({ ...FAST, updateLimits: { maxPerChat: 5, maxPending: 50 } });
    h.fake.addChat({ id: 66, type: "private" });
    for (let index = 0; index < 30; index += 1) h.fake.addChat({ id: 700 + index, type: "private" });
    for (let index = 0; index < 200; index += 1) h.fake.sendUserMessage({ chatId: 66, userId: 66, text: "/sections" });
    for (let index = 0; index < 30; index += 1) h.fake.sendUserMessage({ chatId: 700 + index, userId: 700 + index, text: "/help" });
    await waitFor(() => (Array.from({ length: 30 }, (_, index) => h.fake.messagesIn(700 + index).length).every((count) => count > 0) ? true : undefined), 20_000, "the other chats' answers");
    // Every one of the flood's 200 updates is either answered or skipped (each skip is logged), and the
    // chat was told to slow down.
    const settled = () => {
      const answered = h.fake.messagesIn(66).filter((message) => message.text.startsWith("Sections")).length;
      const skipped = h.logger.entries.filter((entry) => entry.message.includes("update skipped")).length;
      const toldToSlowDown = h.fake.messagesIn(66).some((message) => message.text === SLOW_DOWN_TEXT);
      return answered + skipped === 200 && toldToSlowDown ? true : undefined;
    };
    await waitFor(settled, 20_000, "every update of the flooding chat answered or skipped");
    const flood = h.fake.messagesIn(66).map((message) => message.text);
    expect(flood.filter((text) => text === SLOW_DOWN_TEXT)).toHaveLength(1);
    expect(flood.filter((text) => text.startsWith("Sections")).length).toBeLessThanOrEqual(10);
    expect(flood.filter((text) => text.startsWith("Sections")).length).toBeGreaterThanOrEqual(1);
  }, 30_000);
});
