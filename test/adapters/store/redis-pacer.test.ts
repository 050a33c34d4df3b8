/**
 * The shared pacer and request window on the real Redis compute what the in-process ones compute: the
 * same GCRA schedule for the same reservations, the same window for the same requests. Every key is
 * under a prefix of this run and deleted afterwards.
 */
import { randomBytes } from "node:crypto";
import { createClient } from "@keyv/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisPacer, type RedisScriptClient } from "../../../src/adapters/store/shared-pacer.js";
import { createRedisRequestWindow } from "../../../src/adapters/store/shared-request-window.js";
import { type Pacer, createLocalPacer } from "../../../src/core/delivery/pacer.js";
import { type RequestWindow, createLocalRequestWindow } from "../../../src/core/delivery/request-window.js";
import { seededRandom } from "../../helpers/seeded-random.js";

const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `newsdesk-test-pacing-${process.pid}-${randomBytes(4).toString("hex")}`;
const used: string[] = [];
let redis: RedisScriptClient & { del(keys: string[]): Promise<number>; pTTL(key: string): Promise<number>; quit(): Promise<unknown> };

beforeAll(async () => {
  redis = await createClient({ url: redisUrl }).connect();
});
afterAll(async () => {
  if (used.length > 0) await redis.del(used);
  await redis.quit();
});

function key(name: string): string {
  const full = `${prefix}:${name}`;
  used.push(full);
  return full;
}

/** Reservation times: bursts at one instant, fractional steps, reservations at their slots (late), idle gaps. */
function reservationTimes(): number[] {
  const times = [0, 0, 0, 0, 0, 0.5, 12.25, 33, 34, 34, 100, 100, 100, 101.75, 5_000, 5_000, 5_000, 5_001];
  // A pseudo-random walk (a fixed seed unless TEST_SEED is set): steps of 0 to 60 ms, some fractional.
  const random = seededRandom("pacer reservation walk", 12_345);
  let time = 6_000;
  for (let index = 0; index < 300; index += 1) {
    time += random.below(6_001) / 100;
    times.push(time);
  }
  return times;
}

async function waitsOf(pacer: Pacer, clock: { now: number }, times: readonly number[]): Promise<number[]> {
  const waits: number[] = [];
  for (const time of times) {
    clock.now = time;
    waits.push(await pacer.reserve());
  }
  return waits;
}

describe("the Redis pacer", () => {
  it.each([
    [29.5, 0],
    [48.5, 0],
    [25, 2],
    [1_000 / 3, 1],
  ])("gives the local pacer's schedule at %s/s with a burst of %s", async (perSecond, burst) => {
    const times = reservationTimes();
    const localClock = { now: 0 };
    const redisClock = { now: 0 };
    const local = await waitsOf(createLocalPacer(perSecond, burst, () => localClock.now), localClock, times);
    const shared = await waitsOf(createRedisPacer(redis, key(`pacer-${perSecond}-${burst}`), perSecond, burst, () => redisClock.now), redisClock, times);
    expect(shared).toEqual(local);
    expect(local.filter((wait) => wait > 0).length).toBeGreaterThan(5);
  });

  it("reads Redis's clock when given none, and lets its key expire", async () => {
    const name = key("pacer-redis-time");
    const pacer = createRedisPacer(redis, name, 25, 0);
    const waits = [await pacer.reserve(), await pacer.reserve(), await pacer.reserve()];
    expect(waits[0]).toBe(0);
    expect(waits[1]).toBeGreaterThan(0);
    expect(waits[2]).toBeGreaterThan(waits[1] ?? 0);
    expect(waits[2]).toBeLessThanOrEqual(80);
    const ttl = await redis.pTTL(name);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(1_120);
  });
});

describe("the Redis request window", () => {
  /** Start times of requests entered one after the other: `gaps[i]` before request i, answered `latencies[i]` after it starts. */
  async function startsOf(make: (clock: { now: number }, sleep: (ms: number) => Promise<void>) => RequestWindow, gaps: readonly number[], latencies: readonly number[]): Promise<number[]> {
    const clock = { now: 0 };
    const sleep = async (ms: number): Promise<void> => {
      clock.now += ms;
    };
    const window = make(clock, sleep);
    const starts: number[] = [];
    for (const [index, gap] of gaps.entries()) {
      clock.now += gap;
      const leave = await window.enter();
      starts.push(clock.now);
      clock.now += latencies[index] ?? 0;
      await leave();
    }
    return starts;
  }

  it("holds requests back exactly like the local window", async () => {
    const gaps = [0, 5, 5, 5, 5, 5, 0, 0, 40, 1, 1, 1, 200, 0, 0, 0, 0];
    const latencies = [2, 30, 1, 1, 3, 0, 0, 0, 7, 7, 7, 7, 1, 1, 1, 1, 1];
    const local = await startsOf((clock, sleep) => createLocalRequestWindow(4, 90, { now: () => clock.now, sleep }), gaps, latencies);
    const name = key("window-equal");
    const shared = await startsOf((clock, sleep) => createRedisRequestWindow(redis, name, 4, 90, { now: () => clock.now, sleep, pollMs: 1_000_000 }), gaps, latencies);
    expect(shared).toEqual(local);
    // The window did hold some of them back.
    let time = 0;
    const unhindered = gaps.map((gap, index) => {
      time += gap;
      const start = time;
      time += latencies[index] ?? 0;
      return start;
    });
    expect(local).not.toEqual(unhindered);
  });

  it("counts the requests of every instance, those in flight included", async () => {
    const name = key("window-instances");
    const clock = { now: 1_000 };
    const pauses: number[] = [];
    let answer: (() => Promise<void>) | undefined;
    const sleep = async (ms: number): Promise<void> => {
      pauses.push(ms);
      const answered = answer;
      answer = undefined;
      await answered?.();
      clock.now += ms;
    };
    const one = createRedisRequestWindow(redis, name, 2, 100, { now: () => clock.now, sleep, pollMs: 20 });
    const two = createRedisRequestWindow(redis, name, 2, 100, { now: () => clock.now, sleep, pollMs: 20 });
    answer = await one.enter();
    await two.enter();
    // Both places are held by requests in flight: the third asks again every 20 ms. The first request
    // is answered during the first pause, at 1,000, and stops counting 100 ms later.
    await one.enter();
    expect(clock.now).toBe(1_100);
    expect(pauses).toEqual([20, 20, 20, 20, 20]);
  });
});
