/**
 * The one GCRA: slots from a state and a time (pure), and the in-process pacer on a manual clock.
 */
import { describe, expect, it } from "vitest";
import { createLocalPacer, reserveSlot } from "../../../src/core/delivery/pacer.js";

/** Waits of reservations made at `times`, from a pacer on a clock that reads those times. */
async function waitsAt(times: readonly number[], perSecond: number, burst: number): Promise<number[]> {
  let now = 0;
  const pacer = createLocalPacer(perSecond, burst, () => now);
  const waits: number[] = [];
  for (const time of times) {
    now = time;
    waits.push(await pacer.reserve());
  }
  return waits;
}

describe("reserveSlot", () => {
  it("gives the time itself when the pacer is idle, and moves the state one interval on", () => {
    expect(reserveSlot(0, 1_000, 40, 0)).toEqual({ slot: 1_000, tat: 1_040 });
    expect(reserveSlot(900, 1_000, 40, 0)).toEqual({ slot: 1_000, tat: 1_040 });
  });

  it("gives the next slot when reservations come faster than the rate", () => {
    expect(reserveSlot(1_040, 1_000, 40, 0)).toEqual({ slot: 1_040, tat: 1_080 });
  });

  it("lets `burst` reservations come early", () => {
    expect(reserveSlot(1_080, 1_000, 40, 2)).toEqual({ slot: 1_000, tat: 1_120 });
    expect(reserveSlot(1_120, 1_000, 40, 2)).toEqual({ slot: 1_040, tat: 1_160 });
  });
});

describe("the local pacer", () => {
  it("spaces reservations made at once evenly, without burst", async () => {
    expect(await waitsAt([0, 0, 0, 0], 25, 0)).toEqual([0, 40, 80, 120]);
  });

  it("lets 1 + burst go at once after a quiet period, then keeps the rate", async () => {
    expect(await waitsAt([0, 0, 0, 0, 0, 10_000, 10_000, 10_000, 10_000], 25, 2)).toEqual([0, 0, 0, 40, 80, 0, 0, 0, 40]);
  });

  it("keeps the schedule when reservations are made ahead and used late", async () => {
    // Each reservation is made when the previous slot is reached, 3 ms late: slots stay 40 ms apart.
    expect(await waitsAt([0, 3, 43, 83, 123], 25, 0)).toEqual([0, 37, 37, 37, 37]);
  });

  it("does not save up unused slots beyond the burst", async () => {
    expect(await waitsAt([0, 500, 500], 25, 0)).toEqual([0, 0, 40]);
  });

  it("rounds a fractional interval's wait up to whole milliseconds", async () => {
    // 29.5/s: one slot every 33.898… ms.
    expect(await waitsAt([0, 0, 0, 0], 29.5, 0)).toEqual([0, 34, 68, 102]);
  });

  it("refuses a rate that is not positive and a burst that is not a whole number", () => {
    expect(() => createLocalPacer(0, 0)).toThrow(RangeError);
    expect(() => createLocalPacer(Number.POSITIVE_INFINITY, 0)).toThrow(RangeError);
    expect(() => createLocalPacer(10, -1)).toThrow(RangeError);
    expect(() => createLocalPacer(10, 1.5)).toThrow(RangeError);
  });
});
