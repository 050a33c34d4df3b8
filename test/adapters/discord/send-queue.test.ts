/**
 * The send queue's pacing on a virtual clock (sleep advances the clock; no real waiting).
 */
import { describe, expect, it } from "vitest";
import { SendQueue, type SendQueueOptions, SendQueueError } from "../../../src/adapters/discord/send-queue.js";
import { type Pacer, createLocalPacer } from "../../../src/core/delivery/pacer.js";

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

/** A queue on `time` with a local pacer at `perSecond` and `burst`. */
function queueOn(time: ReturnType<typeof virtualTime>, perSecond: number, burst: number, options: Partial<SendQueueOptions> = {}): SendQueue {
  return new SendQueue({ pacer: createLocalPacer(perSecond, burst, time.clock.now), concurrency: 100, maxQueued: 10_000, clock: time.clock, sleep: time.sleep, ...options });
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
  it("spaces starts evenly at the pacer's rate, never more than rate + 1 in any second", async () => {
    const time = virtualTime();
    const queue = queueOn(time, 40, 0);
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 2_000 }, () => queue.run(async () => void starts.push(time.now))));
    expect(starts).toEqual(Array.from({ length: 2_000 }, (_, index) => index * 25));
    expect(busiestWindow(starts, 1000)).toBe(40);
  });

  it("lets 1 + burst start at once after a quiet period, no more", async () => {
    const time = virtualTime();
    const queue = queueOn(time, 10, 2, { concurrency: 10, maxQueued: 100 });
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 4 }, () => queue.run(async () => void starts.push(time.now))));
    await time.sleep(10_000);
    await Promise.all(Array.from({ length: 4 }, () => queue.run(async () => void starts.push(time.now))));
    expect(starts).toEqual([0, 0, 0, 100, 10_100, 10_100, 10_100, 10_200]);
  });

  it("never runs more than `concurrency` tasks at once", async () => {
    const time = virtualTime();
    const queue = queueOn(time, 1_000, 100, { concurrency: 3 });
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
    const queue = queueOn(time, 10, 0, { concurrency: 1 });
    const order: string[] = [];
    const runs = ["a", "b", "c"].map((name) => queue.run(async () => void order.push(name)));
    runs.push(queue.run(async () => void order.push("continuation"), { first: true }));
    await Promise.all(runs);
    expect(order).toEqual(["a", "continuation", "b", "c"]);
  });

  it("passes results and errors through, and keeps going after an error", async () => {
    const time = virtualTime();
    const queue = queueOn(time, 100, 0, { concurrency: 1 });
    await expect(queue.run(async () => 42)).resolves.toBe(42);
    await expect(queue.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(queue.run(async () => "after")).resolves.toBe("after");
  });

  it("refuses tasks beyond maxQueued, and rejects waiting ones when closed", async () => {
    const time = virtualTime();
    let release: () => void = () => undefined;
    const blocker = new Promise<void>((resolve) => (release = resolve));
    const queue = queueOn(time, 100, 0, { concurrency: 1, maxQueued: 2 });
    const running = queue.run(() => blocker);
    const waiting = [queue.run(async () => 1), queue.run(async () => 2)];
    await expect(queue.run(async () => 3)).rejects.toBeInstanceOf(SendQueueError);
    queue.close();
    await Promise.all(waiting.map((promise) => expect(promise).rejects.toThrow("send queue closed")));
    await expect(queue.run(async () => 4)).rejects.toThrow("send queue closed");
    release();
    await running;
  });

  it("fails a task whose slot cannot be booked (a shared pacer's store is down), and goes on", async () => {
    const time = virtualTime();
    let down = true;
    const local = createLocalPacer(100, 0, time.clock.now);
    const flaky: Pacer = { reserve: () => (down ? Promise.reject(new Error("store down")) : local.reserve()) };
    const queue = new SendQueue({ pacer: flaky, concurrency: 1, maxQueued: 10, clock: time.clock, sleep: time.sleep });
    let ran = false;
    await expect(queue.run(async () => (ran = true))).rejects.toThrow("store down");
    expect(ran).toBe(false);
    down = false;
    await expect(queue.run(async () => "sent")).resolves.toBe("sent");
    expect(queue.inFlight).toBe(0);
  });

  it("rejects impossible settings", () => {
    const time = virtualTime();
    expect(() => queueOn(time, 10, 0, { concurrency: 0 })).toThrow(RangeError);
    expect(() => queueOn(time, 0, 0)).toThrow(RangeError);
  });
});
