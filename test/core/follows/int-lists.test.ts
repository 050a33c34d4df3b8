import { describe, expect, it } from "vitest";
import { createIntList, IntListPool, pushInt, removeInt } from "../../../src/core/follows/int-lists.js";
import { seededRandom } from "../../helpers/seeded-random.js";

describe("int lists", () => {
  it("grow and remove keeping order", () => {
    const list = createIntList([1, 2, 3]);
    for (let value = 4; value <= 100; value++) pushInt(list, value);
    expect(removeInt(list, 50)).toBe(true);
    expect(removeInt(list, 50)).toBe(false);
    expect(Array.from(list.items.subarray(0, list.size))).toEqual([...Array.from({ length: 49 }, (_, i) => i + 1), ...Array.from({ length: 50 }, (_, i) => i + 51)]);
  });

  it("keep each slot's list through replacements, growth and compaction", () => {
    const pool = new IntListPool();
    const expected = new Map<number, number[]>();
    const { below: random } = seededRandom("int list pool operations", 7);
    for (let step = 0; step < 50_000; step++) {
      const slot = random(3_000);
      const values = Array.from({ length: random(12) }, () => random(1_000_000));
      pool.set(slot, values);
      expected.set(slot, values);
    }
    for (const [slot, values] of expected) expect(pool.get(slot)).toEqual(values);
    expect(pool.get(10_000)).toEqual([]);
  });
});
