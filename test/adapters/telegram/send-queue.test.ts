/**
 * The send queue's timing, on a manual clock: ordering, per-chat spacing, the group window, the
 * global rate, retry_after honoured to the millisecond, backoff with a cap, and priority.
 */
import { describe, expect, it } from "vitest";
import { createLocalPacer } from "../../../src/core/delivery/pacer.js";
import { ManualTimer } from "../../fakes/manual-timer.js";
import { type FailureVerdict, SendQueue, SendQueueClosedError, type SendQueueLimits } from "../../../src/adapters/telegram/send-queue.js";

class RetryAfter extends Error {
  readonly ms: number;
  constructor(ms: number) {
    super(`retry after ${ms}`);
    this.ms = ms;
  }
}
class Transient extends Error {}

const classify = (error: unknown): FailureVerdict =>
  error instanceof RetryAfter ? { kind: "retry-after", delayMs: error.ms } : error instanceof Transient ? { kind: "transient" } : { kind: "final" };

function setup(limits: Partial<SendQueueLimits> = {}) {
  const timer = new ManualTimer();
  const queue = new SendQueue({ limits, classify, timer });
  const starts: { key: string; label: string; at: number }[] = [];
  const send = (key: string, label: string, options: { group?: boolean; interactive?: boolean; failWith?: () => Error | undefined } = {}) =>
    queue.enqueue({ key, group: options.group ?? false }, options.interactive ? "interactive" : "bulk", async () => {
      starts.push({ key, label, at: timer.now() });
      const error = options.failWith?.();
      if (error) throw error;
      return label;
    });
  return { timer, queue, starts, send };
}

describe("send queue", () => {
  it("sends a chat's messages in order, one per second", async () => {
    const { timer, starts, send } = setup();
    const results = Promise.all([send("7", "a"), send("7", "b"), send("7", "c")]);
    await timer.advance(5_000);
    expect(await results).toEqual(["a", "b", "c"]);
    expect(starts.map((start) => [start.label, start.at])).toEqual([["a", 0], ["b", 1_000], ["c", 2_000]]);
  });

  it("keeps at most 20 messages per minute in a group", async () => {
    const { timer, starts, send } = setup();
    const all = Promise.all(Array.from({ length: 45 }, (_, index) => send("-42", String(index), { group: true })));
    await timer.advance(200_000);
    await all;
    const times = starts.map((start) => start.at);
    expect(times.slice(0, 20)).toEqual(Array.from({ length: 20 }, (_, index) => index * 1_000));
    expect(times[20]).toBe(60_000);
    for (let index = 20; index < times.length; index += 1) expect((times[index] ?? 0) - (times[index - 20] ?? 0)).toBeGreaterThanOrEqual(60_000);
  });

  it("spaces the whole bot evenly at 29.5 messages per second, never 31 in any second", async () => {
    const { timer, starts, send } = setup();
    const all = Promise.all(Array.from({ length: 200 }, (_, index) => send(String(index), "x")));
    await timer.advance(20_000);
    await all;
    const times = starts.map((start) => start.at);
    // Slot k is at k × 1000 / 29.5 ms (summed, so give or take rounding), started on the next whole millisecond.
    const lateness = times.map((at, index) => at - (index * 1_000) / 29.5);
    expect(Math.min(...lateness)).toBeGreaterThan(-1e-6);
    expect(Math.max(...lateness)).toBeLessThan(1 + 1e-6);
    for (const start of times) expect(times.filter((at) => at >= start && at < start + 1_000).length).toBeLessThanOrEqual(30);
  });

  it("takes the pace of a shared pacer instead of its own", async () => {
    const timer = new ManualTimer();
    const queue = new SendQueue({ classify, timer, sharedPacer: createLocalPacer(10, 0, () => timer.now()) });
    const starts: number[] = [];
    const all = Promise.all(Array.from({ length: 4 }, (_, index) => queue.enqueue({ key: String(index), group: false }, "bulk", async () => void starts.push(timer.now()))));
    await timer.advance(1_000);
    await all;
    expect(starts).toEqual([0, 100, 200, 300]);
  });

  it("honours retry_after exactly and resends the same message first", async () => {
    const { timer, starts, send } = setup({ perChatIntervalMs: 0 });
    let failures = 1;
    const first = send("7", "first", { failWith: () => (failures-- > 0 ? new RetryAfter(3_000) : undefined) });
    const second = send("7", "second");
    await timer.advance(10_000);
    expect(await first).toBe("first");
    expect(await second).toBe("second");
    // The second message gets the next slot of the bot's pace (29.5/s) after the retry.
    expect(starts.map((start) => [start.label, start.at])).toEqual([["first", 0], ["first", 3_000], ["second", 3_034]]);
  });

  it("gives up on a retry_after beyond the cap, and keeps the chat blocked for it", async () => {
    const { timer, queue, starts, send } = setup({ maxRetryAfterMs: 60_000, perChatIntervalMs: 0 });
    const failing = send("7", "a", { failWith: () => new RetryAfter(120_000) }).catch((error: unknown) => error);
    const next = send("7", "b");
    await timer.advance(1_000);
    expect(await failing).toBeInstanceOf(RetryAfter);
    expect(starts.map((start) => start.label)).toEqual(["a"]);
    await timer.advance(119_000);
    expect(await next).toBe("b");
    expect(starts.at(-1)?.at).toBe(120_000);
    expect(queue.stats()).toMatchObject({ rateLimited: 1, failed: 1, sent: 1 });
  });

  it("backs off transient failures exponentially and stops after the cap", async () => {
    const { timer, starts, send } = setup({ maxAttempts: 4, baseBackoffMs: 1_000, perChatIntervalMs: 0 });
    const result = send("7", "a", { failWith: () => new Transient("connection refused") }).catch((error: unknown) => error);
    await timer.advance(60_000);
    expect(await result).toBeInstanceOf(Transient);
    expect(starts.map((start) => start.at)).toEqual([0, 1_000, 3_000, 7_000]);
  });

  it("fails other errors at once without retrying", async () => {
    const { timer, starts, send } = setup();
    const result = send("7", "a", { failWith: () => new Error("403 blocked") }).catch((error: unknown) => error);
    await timer.advance(10_000);
    expect(await result).toBeInstanceOf(Error);
    expect(starts).toHaveLength(1);
  });

  it("starts an interactive reply before the rest of a fan-out", async () => {
    const { timer, starts, send } = setup();
    const fanOut = Promise.all(Array.from({ length: 100 }, (_, index) => send(`bulk-${index}`, "bulk")));
    await timer.advance(500);
    const sentBefore = starts.length;
    const reply = send("user", "reply", { interactive: true });
    await timer.advance(70);
    expect(await reply).toBe("reply");
    // Only the message whose slot was already booked goes before it.
    expect(starts.findIndex((start) => start.label === "reply")).toBe(sentBefore + 1);
    await timer.advance(10_000);
    await fanOut;
  });

  it("does not let a chat that waits hold up the others", async () => {
    const { timer, starts, send } = setup();
    void send("busy", "1");
    void send("busy", "2");
    void send("other", "x");
    await timer.advance(100);
    expect(starts.map((start) => start.key)).toEqual(["busy", "other"]);
  });

  it("rejects queued messages when closed", async () => {
    const { timer, queue, send } = setup();
    void send("7", "a");
    const queued = send("7", "b").catch((error: unknown) => error);
    queue.close();
    await timer.advance(2_000);
    expect(await queued).toBeInstanceOf(SendQueueClosedError);
    await expect(send("8", "c")).rejects.toBeInstanceOf(SendQueueClosedError);
  });
});
