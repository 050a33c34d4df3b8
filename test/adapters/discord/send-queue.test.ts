/**
 * The send queue's pacing on a virtual clock (sleep advances the clock; no real waiting).
 */
import { describe, expect, it } from "vitest";
import { SendQueue, SendQueueError } from "../../../src/adapters/discord/send-queue.js";

/** A clock whose sleeps advance time instantly, in order. */
function virtualTime() {
  let now = 0;
  return {
    clock: { now: () => now },
    sleep: async (ms: number) => {
      now += ms;
    },
    get now() {
      return now;
    },
  };
}

function busiestWindow(times: readonly number[], windowMs: number): number {
  let busiest = 0;
  for (let start = 0, end = 0; end < times.length; end += 1) {
    while ((times[end] ?? 0) - (times[start] ?? 0) >= windowMs) start += 1;
    busiest = Math.max(busiest, end - start + 1);
  }
  return busiest;
}

describe("SendQueue", () => {
  it("starts a burst at once, then keeps the sustained rate, never more than burst + rate in any second", async () => {
    const time = virtualTime();
    const queue = new SendQueue({ ratePerSecond: 40, burst: 5, concurrency: 100, maxQueued: 10_000, clock: time.clock, sleep: time.sleep });
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 2_000 }, () => queue.run(async () => void starts.push(time.now))));
    expect(starts.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(starts[5]).toBeCloseTo(25, 6);
    expect(busiestWindow(starts, 1000)).toBeLessThanOrEqual(45);
    // 2,000 starts: the first 5 are free, the other 1,995 need 1,995 / 40 s.
    expect(starts.at(-1)).toBeCloseTo((1_995 / 40) * 1000, 3);
  });

  it("refills the bucket after a quiet period, up to the burst only", async () => {
    const time = virtualTime();
    const queue = new SendQueue({ ratePerSecond: 10, burst: 3, concurrency: 10, maxQueued: 100, clock: time.clock, sleep: time.sleep });
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 4 }, () => queue.run(async () => void starts.push(time.now))));
    await time.sleep(10_000);
    await Promise.all(Array.from({ length: 4 }, () => queue.run(async () => void starts.push(time.now))));
    expect(starts).toEqual([0, 0, 0, 100, 10_100, 10_100, 10_100, 10_200]);
  });

  it("never runs more than `concurrency` tasks at once", async () => {
    const time = virtualTime();
    const queue = new SendQueue({ ratePerSecond: 1_000, burst: 100, concurrency: 3, maxQueued: 100, clock: time.clock, sleep: time.sleep });
    let running = 0;
    let most = 0;
    const task = async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      running -= 1;
    };
    await Promise.all(Array.from({ length: 20 }, () => queue.run(task)));
    expect(most).toBe(3);
    expect(queue.inFlight).toBe(0);
  });

  it("puts `first` tasks at the front (the rest of a document being delivered)", async () => {
    const time = virtualTime();
    const queue = new SendQueue({ ratePerSecond: 10, burst: 1, concurrency: 1, maxQueued: 100, clock: time.clock, sleep: time.sleep });
    const order: string[] = [];
    const runs = ["a", "b", "c"].map((name) => queue.run(async () => void order.push(name)));
    runs.push(queue.run(async () => void order.push("continuation"), { first: true }));
    await Promise.all(runs);
    expect(order).toEqual(["a", "continuation", "b", "c"]);
  });

  it("passes results and errors through, and keeps going after an error", async () => {
    const time = virtualTime();
    const queue = new SendQueue({ ratePerSecond: 100, burst: 1, concurrency: 1, maxQueued: 100, clock: time.clock, sleep: time.sleep });
    await expect(queue.run(async () => 42)).resolves.toBe(42);
    await expect(queue.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(queue.run(async () => "after")).resolves.toBe("after");
  });

  it("refuses tasks beyond maxQueued, and rejects waiting ones when closed", async () => {
    const time = virtualTime();
    let release: () => void = () => undefined;
    const blocker = new Promise<void>((resolve) => (release = resolve));
    const queue = new SendQueue({ ratePerSecond: 100, burst: 1, concurrency: 1, maxQueued: 2, clock: time.clock, sleep: time.sleep });
    const running = queue.run(() => blocker);
    const waiting = [queue.run(async () => 1), queue.run(async () => 2)];
    await expect(queue.run(async () => 3)).rejects.toBeInstanceOf(SendQueueError);
    queue.close();
    await Promise.all(waiting.map((promise) => expect(promise).rejects.toThrow("send queue closed")));
    await expect(queue.run(async () => 4)).rejects.toThrow("send queue closed");
    release();
    await running;
  });

  it("rejects impossible settings", () => {
    const time = virtualTime();
    expect(() => new SendQueue({ ratePerSecond: 0, burst: 1, concurrency: 1, maxQueued: 1, clock: time.clock })).toThrow();
  });
});
