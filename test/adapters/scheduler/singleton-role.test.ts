/**
 * The singleton role's lease loop on a manual clock, two instances sharing one lease store: one
 * plays at a time; the holder renews; a holder that cannot renew stops before its lease expires;
 * a killed holder is replaced once its lease expires; a role that fails gives the lease back.
 */
import { describe, expect, it } from "vitest";
import { type PlayRole, type RoleTimer, startSingletonRole } from "../../../src/adapters/scheduler/singleton-role.js";
import { StoreError } from "../../../src/core/shared/errors.js";
import type { LeaseStore } from "../../../src/core/delivery/outbox-ports.js";
import { ManualTimer } from "../../fakes/manual-timer.js";
import { MemoryLeaseStore, RecordingLogger } from "../../fakes/memory-ports.js";

const KEY = "telegram-receiver";
const SECOND = 1_000;

/** What the store does for one instance. */
type Trouble = "none" | "throw" | "hang";

/** Two (or more) instances on one clock and one lease store; records who plays when. */
function world() {
  const timer = new ManualTimer(0);
  const store = new MemoryLeaseStore(timer);
  const playing = new Set<string>();
  let mostAtOnce = 0;

  function instance(name: string, behaviour: { failPlay?: boolean } = {}) {
    let dead = false;
    let trouble: Trouble = "none";
    const starts: number[] = [];
    const stops: number[] = [];
    // A killed instance: its timers never fire again and its store calls never answer.
    const ownTimer: RoleTimer = {
      now: () => timer.now(),
      setTimeout: (callback, ms) => timer.setTimeout(() => (dead ? undefined : callback()), ms),
      clearTimeout: (handle) => timer.clearTimeout(handle),
    };
    const never = new Promise<never>(() => undefined);
    const leases: LeaseStore = {
      acquire: (key, owner, ttlMs) =>
        dead || trouble === "hang" ? never : trouble === "throw" ? Promise.reject(new StoreError("connection refused", true)) : store.acquire(key, owner, ttlMs),
      release: (key, owner) => (dead ? never : store.release(key, owner)),
    };
    const play: PlayRole = (signal, started) =>
      new Promise<void>((resolve, reject) => {
        if (behaviour.failPlay) {
          starts.push(timer.now());
          reject(new Error("409: Conflict: terminated by other getUpdates request"));
          return;
        }
        playing.add(name);
        mostAtOnce = Math.max(mostAtOnce, playing.size);
        starts.push(timer.now());
        started();
        signal.addEventListener("abort", () => {
          playing.delete(name);
          stops.push(timer.now());
          resolve();
        });
      });
    const logger = new RecordingLogger();
    const role = startSingletonRole({ key: KEY, owner: name, leases, play, logger, timer: ownTimer });
    return {
      role,
      starts,
      stops,
      logger,
      setTrouble(value: Trouble) {
        trouble = value;
      },
      kill() {
        dead = true;
        playing.delete(name);
      },
    };
  }
  return {
    timer,
    store,
    instance,
    get mostAtOnce() {
      return mostAtOnce;
    },
  };
}

describe("a singleton role under a lease", () => {
  it("is played by the first instance to take the lease, which keeps renewing it; the other waits", async () => {
    const w = world();
    const a = w.instance("a");
    await a.role.ready;
    const b = w.instance("b");
    await b.role.ready;
    expect([a.role.active, b.role.active]).toEqual([true, false]);
    await w.timer.advance(120 * SECOND);
    expect([a.role.active, b.role.active]).toEqual([true, false]);
    expect(w.store.leases.get(KEY)).toEqual({ owner: "a", until: 135 * SECOND });
    expect([a.starts, b.starts]).toEqual([[0], []]);
    await a.role.stop();
    await b.role.stop();
  });

  it("stops playing at once when a renewal fails, gives the lease back, and the other takes over", async () => {
    const w = world();
    const a = w.instance("a");
    await a.role.ready;
    const b = w.instance("b");
    await w.timer.advance(21 * SECOND);
    a.setTrouble("throw");
    await w.timer.advance(4 * SECOND); // a's renewal at 25 s fails
    expect(a.stops).toEqual([25 * SECOND]);
    expect(a.role.active).toBe(false);
    // a gave the lease back (only acquire fails here), so b gets it at its next try, 27 s, before
    // a's last renewal (20 s) would have expired.
    await w.timer.advance(3 * SECOND);
    expect(b.starts).toEqual([27 * SECOND]);
    expect(b.role.active).toBe(true);
    expect(a.logger.entries.some((entry) => entry.level === "warn" && /could not be renewed/u.test(JSON.stringify(entry.context)))).toBe(true);
    expect(w.mostAtOnce).toBe(1);
    a.setTrouble("none");
    await a.role.stop();
    await b.role.stop();
  });

  it("stops before its lease expires when a renewal never answers, and the other takes over only after expiry", async () => {
    const w = world();
    const a = w.instance("a");
    await a.role.ready;
    const b = w.instance("b");
    await w.timer.advance(21 * SECOND);
    a.setTrouble("hang"); // the renewal sent at 25 s never answers
    await w.timer.advance(20 * SECOND);
    // Last renewal sent at 20 s: the lease runs to 35 s; a stops 3 s (safetyMs) before that.
    expect(a.stops).toEqual([32 * SECOND]);
    expect(b.starts).toEqual([36 * SECOND]); // b's first try after 35 s
    expect(w.mostAtOnce).toBe(1);
    a.setTrouble("none");
    await b.role.stop();
    await w.timer.advance(30 * SECOND);
    await a.role.stop();
  });

  it("is taken over once a killed holder's lease expires: at most ttl + retry after the kill", async () => {
    const w = world();
    const a = w.instance("a");
    await a.role.ready;
    const b = w.instance("b");
    await w.timer.advance(21 * SECOND);
    a.kill(); // last renewal at 20 s: the lease runs to 35 s
    await w.timer.advance(14 * SECOND);
    expect(b.starts).toEqual([]);
    await w.timer.advance(4 * SECOND);
    expect(b.starts).toEqual([36 * SECOND]);
    expect(b.starts[0]! - 21 * SECOND).toBeLessThanOrEqual(15 * SECOND + 3 * SECOND);
    expect(w.store.leases.get(KEY)?.owner).toBe("b");
    await b.role.stop();
  });

  it("stops at once when it finds the lease taken by another instance, and leaves it to them", async () => {
    const w = world();
    const a = w.instance("a");
    await a.role.ready;
    await w.timer.advance(6 * SECOND);
    w.store.leases.set(KEY, { owner: "intruder", until: 100 * SECOND });
    await w.timer.advance(5 * SECOND); // renewal at 10 s finds it taken
    expect(a.stops).toEqual([10 * SECOND]);
    expect(w.store.leases.get(KEY)?.owner).toBe("intruder");
    await w.timer.advance(100 * SECOND); // the intruder's lease expires at 100 s: a takes it back
    expect(a.starts).toEqual([0, 100 * SECOND]);
    await a.role.stop();
  });

  it("gives the lease back when the role fails (409), and tries again after pauses that double", async () => {
    const w = world();
    const a = w.instance("a", { failPlay: true });
    await a.role.ready;
    expect(w.store.leases.has(KEY)).toBe(false);
    await w.timer.advance(30 * SECOND);
    expect(a.starts).toEqual([0, 3 * SECOND, 9 * SECOND, 21 * SECOND]);
    // Meanwhile the lease is free for an instance whose role works.
    const b = w.instance("b");
    await b.role.ready;
    expect(b.role.active).toBe(true);
    await a.role.stop();
    await b.role.stop();
  });

  it("on stop, stops playing and gives the lease back, so the other takes over within a retry", async () => {
    const w = world();
    const a = w.instance("a");
    await a.role.ready;
    const b = w.instance("b");
    await w.timer.advance(7 * SECOND);
    await a.role.stop();
    expect(a.stops).toEqual([7 * SECOND]);
    expect(w.store.leases.has(KEY)).toBe(false);
    await w.timer.advance(3 * SECOND);
    expect(b.starts).toEqual([9 * SECOND]);
    await b.role.stop();
    expect(w.mostAtOnce).toBe(1);
  });
});
