/**
 * The send pacer shared by instances: reservations from two connections (two instances) to one PostgreSQL
 * interleave into one steady schedule; on SQLite (one process) nothing is shared.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createStores, type Stores } from "../../../src/adapters/store/create-stores.js";
import { createSendPacing } from "../../../src/send-pacing.js";
import { RecordingLogger } from "../../fakes/memory-ports.js";
import { dropTables, TEST_POSTGRES_URL, uniqueRunPrefix } from "./sql-store-harness.js";

const runPrefix = uniqueRunPrefix("pacer");
afterAll(async () => {
  const pool = new pg.Pool({ connectionString: TEST_POSTGRES_URL, max: 1 });
  await dropTables(pool, runPrefix);
  await pool.end();
});

/** Slot start times (ms since the first reservation) of `count` reservations split between `stores`. */
async function reserveSlots(stores: Stores[], count: number, perSecond: number): Promise<number[]> {
  const pacers = stores.map((store) => {
    const pacer = store.createPacer("telegram", perSecond, 0);
    if (!pacer) throw new Error("a PostgreSQL store shares a pacer");
    return pacer;
  });
  const start = Date.now();
  const slots = await Promise.all(
    Array.from({ length: count }, async (_, index) => {
      // The pacer reads the clock when the call starts: the slot is that instant plus the wait.
      const asked = Date.now();
      const wait = await pacers[index % pacers.length]!.reserve();
      return asked + wait - start;
    }),
  );
  return slots.sort((left, right) => left - right);
}

describe("the shared send pacer", () => {
  it("spaces reservations from two instances on one PostgreSQL at the configured rate", async () => {
    const one = await createStores({ url: TEST_POSTGRES_URL, retentionMs: 60_000, namespacePrefix: runPrefix });
    const two = await createStores({ url: TEST_POSTGRES_URL, retentionMs: 60_000, namespacePrefix: runPrefix });
    try {
      const slots = await reserveSlots([one, two], 100, 50);
      // 100 slots at 50/s span about two seconds, spaced by the 20 ms interval. The test sees a slot
      // as "when it asked + the wait", but the pacer reads its clock when the statement runs, later
      // on a busy machine (a pool connection to wait for): single gaps can look shorter, so the
      // typical (median) gap is what is checked, not the smallest.
      expect(slots.at(-1)! - slots[0]!).toBeGreaterThanOrEqual(1_900);
      const gaps = slots.slice(1).map((slot, index) => slot - slots[index]!).sort((left, right) => left - right);
      expect(gaps[Math.floor(gaps.length / 2)]!).toBeGreaterThanOrEqual(18);
    } finally {
      await one.close();
      await two.close();
    }
  });

  it("on SQLite (one process) offers no shared pacer: the platform adapter's own pacer is the only one", async () => {
    const directory = mkdtempSync(path.join(tmpdir(), "newsdesk-pacer-"));
    const stores = await createStores({ url: `sqlite://${path.join(directory, "s.sqlite")}`, retentionMs: 60_000 });
    try {
      expect(stores.createPacer("telegram", 100, 0)).toBeUndefined();
      const pacing = await createSendPacing({ stores, logger: new RecordingLogger(), prefix: "test" });
      expect(pacing.shared("telegram", 29.5, 0, 30)).toEqual({});
      await pacing.close();
    } finally {
      await stores.close();
    }
  });
});
