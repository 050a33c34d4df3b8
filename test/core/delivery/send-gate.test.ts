/**
 * The send gate on a manual clock: slot to slot pacing whatever the timers and a shared pacer's round
 * trip do, and the request window holding back a message while a late answer still counts.
 */
import { describe, expect, it } from "vitest";
import { type Pacer, createLocalPacer } from "../../../src/core/delivery/pacer.js";
import { type WindowTimer, createLocalRequestWindow } from "../../../src/core/delivery/request-window.js";
import { SendGate } from "../../../src/core/delivery/send-gate.js";

/** A clock and sleeps moved by hand (each sleep fires `lateMs` late); promises settle in between. */
class ManualTimer implements WindowTimer {
  time = 0;
  readonly #sleeps: { at: number; wake: () => void }[] = [];
  readonly lateMs: number;
  constructor(lateMs = 0) {
    this.lateMs = lateMs;
  }
  now(): number {
    return this.time;
  }
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.#sleeps.push({ at: this.time + ms + this.lateMs, wake: resolve }));
  }
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    await settle();
    for (;;) {
      this.#sleeps.sort((left, right) => left.at - right.at);
      const due = this.#sleeps[0];
      if (!due || due.at > end) break;
      this.#sleeps.shift();
      this.time = Math.max(this.time, due.at);
      due.wake();
      await settle();
    }
    this.time = end;
    await settle();
  }
}

async function settle(): Promise<void> {
  for (let index = 0; index < 5; index += 1) await new Promise((resolve) => setImmediate(resolve));
}

/** Passes `count` messages one after the other; message i is answered `latency(i)` ms after it starts. */
function send(gate: SendGate, timer: ManualTimer, count: number, latency: (index: number) => number = () => 0): { starts: number[]; done: Promise<void> } {
  const starts: number[] = [];
  const done = (async () => {
    for (let index = 0; index < count; index += 1) {
      const leave = await gate.pass();
      starts.push(timer.now());
      const answerIn = latency(index);
      if (answerIn === 0) await leave();
      else void timer.sleep(answerIn - timer.lateMs).then(leave);
    }
  })();
  return { starts, done };
}

describe("the send gate", () => {
  it("keeps the pacer's schedule when every timer fires late", async () => {
    const timer = new ManualTimer(5);
    const gate = new SendGate({ pacer: createLocalPacer(25, 0, () => timer.now()), timer });
    const { starts, done } = send(gate, timer, 6);
    await timer.advance(1_000);
    await done;
    // Slot k is at 40k; each start is 5 ms late, and the lateness does not add up.
    expect(starts).toEqual([0, 45, 85, 125, 165, 205]);
  });

  it("counts the wait from the request for a slot, not from the shared pacer's late answer", async () => {
    const timer = new ManualTimer();
    const slow: Pacer = {
      async reserve() {
        await timer.sleep(10);
        return 40;
      },
    };
    const gate = new SendGate({ pacer: slow, timer });
    const { starts, done } = send(gate, timer, 2);
    await timer.advance(1_000);
    await done;
    expect(starts).toEqual([40, 80]);
  });

  it("holds a message back while a late answer still counts in the platform's window", async () => {
    const timer = new ManualTimer();
    // 4 per 90 ms, paced at one per 25 ms: request 0 is answered 30 ms after it started.
    const gate = new SendGate({ pacer: createLocalPacer(40, 0, () => timer.now()), window: createLocalRequestWindow(4, 90, timer), timer });
    const { starts, done } = send(gate, timer, 7, (index) => (index === 0 ? 30 : 0));
    await timer.advance(1_000);
    await done;
    // Slot 100 would put 5 requests in 90 ms if request 0 arrived late; it waits until request 1
    // (answered at 25) stops counting, at 115. The pace goes on from its own schedule.
    expect(starts).toEqual([0, 25, 50, 75, 115, 125, 150]);
  });

  it("waits for an answer when every place of the window is held by a request in flight", async () => {
    const timer = new ManualTimer();
    const gate = new SendGate({ pacer: createLocalPacer(1_000, 0, () => timer.now()), window: createLocalRequestWindow(2, 100, timer), timer });
    const first = await gate.pass();
    const second = gate.pass();
    await timer.advance(1);
    await second;
    let startedAt: number | undefined;
    void gate.pass().then(() => (startedAt = timer.now()));
    await timer.advance(50);
    expect(startedAt).toBeUndefined();
    expect(gate.free).toBe(false);
    // Request 0 is answered at 51: it counts until 151, and then the third may start.
    await first();
    await timer.advance(200);
    expect(startedAt).toBe(151);
    expect(gate.free).toBe(true);
  });

  it("is free again when the pacer fails, and refuses a second booking meanwhile", async () => {
    const timer = new ManualTimer();
    let fail: (error: Error) => void = () => undefined;
    const failing: Pacer = { reserve: () => new Promise((_, reject) => (fail = reject)) };
    const gate = new SendGate({ pacer: failing, timer });
    const passing = gate.pass();
    await expect(gate.pass()).rejects.toThrow("already booked");
    fail(new Error("store down"));
    await expect(passing).rejects.toThrow("store down");
    expect(gate.free).toBe(true);
  });
});
