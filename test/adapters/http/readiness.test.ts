/**
 * Readiness checks: reasons, a check that never answers, and the scheduler's heartbeats.
 */
import { describe, expect, it } from "vitest";
import { checkReadiness, schedulerCheck, type JobBeat } from "../../../src/adapters/http/readiness.js";

describe("readiness", () => {
  it("names each failing check with its reason, and counts a check that does not answer in time as not ready", async () => {
    const report = await checkReadiness(
      [
        { name: "store", check: async () => undefined },
        { name: "telegram", check: async () => "long polling is not running" },
        { name: "discord", check: () => new Promise<string | undefined>(() => undefined) },
        { name: "broken", check: async () => Promise.reject(new Error("boom")) },
      ],
      50,
    );
    expect(report).toEqual({
      ready: false,
      checks: [
        { name: "store", ok: true },
        { name: "telegram", ok: false, reason: "long polling is not running" },
        { name: "discord", ok: false, reason: "no answer within 50 ms" },
        { name: "broken", ok: false, reason: "boom" },
      ],
    });
  });

  it("wants every job to have started within 3 intervals, or to be in a run younger than 10 minutes", async () => {
    let now = 1_000_000;
    const jobs = new Map<string, JobBeat>([
      ["outbox-drain", { intervalMs: 2_000 }],
      ["feed-poll", { intervalMs: 15_000 }],
    ]);
    const check = schedulerCheck({ heartbeats: () => ({ startedAt: 1_000_000, jobs }), now: () => now });
    expect(await check.check()).toBeUndefined();
    now += 7_000;
    expect(await check.check()).toBe("no recent tick of outbox-drain");
    jobs.set("outbox-drain", { intervalMs: 2_000, lastStartAt: now - 1_000, lastEndAt: now - 500 });
    expect(await check.check()).toBeUndefined();
    // A long run (a morning fan-out) is ticking until it has run 10 minutes.
    jobs.set("outbox-drain", { intervalMs: 2_000, lastStartAt: now, lastEndAt: now - 2_000 });
    jobs.set("feed-poll", { intervalMs: 15_000, lastStartAt: now + 590_000 });
    now += 595_000;
    expect(await check.check()).toBeUndefined();
    now += 10_000;
    expect(await check.check()).toBe("no recent tick of outbox-drain");
    expect(await schedulerCheck({ heartbeats: () => ({ jobs }), now: () => now }).check()).toBe("the scheduler has not started yet");
  });
});
