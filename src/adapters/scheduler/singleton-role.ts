/**
 * A role only one instance may play at a time (receiving Telegram updates by long polling, queuing
 * the due briefings), held through an expiring lease in the shared store and taken over by another
 * instance when its holder dies.
 *
 * Every instance runs the same loop. It tries the lease every `retryMs`; the instance that gets it
 * plays the role and renews the lease every `renewMs`. The holder stops playing at once when a
 * renewal fails or finds the lease taken, and in any case `safetyMs` before the lease it last
 * renewed could expire (counted from when that renewal was sent), so two instances never play at
 * the same time as long as their clocks agree within `safetyMs`. A holder killed outright leaves
 * its lease to expire: another instance plays the role at most `ttlMs + retryMs` later. A role that
 * ends on its own (Telegram's 409 Conflict) or fails gives the lease back and the loop competes
 * again after a pause that doubles with each failure in a row (up to `maxRetryMs`).
 */
import { describeError } from "../../core/shared/errors.js";
import type { LeaseStore } from "../../core/delivery/outbox-ports.js";
import type { Logger } from "../../core/shared/ports.js";

/** Time for the loop (injected by tests). */
export interface RoleTimer {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Real time. */
export const SYSTEM_ROLE_TIMER: RoleTimer = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Plays the role until `signal` aborts, calling `started` once it is under way. Settles when the
 * role has stopped: after the abort, or earlier when the role ends on its own (resolves) or fails
 * (rejects); either of the latter gives the lease back.
 */
export type PlayRole = (signal: AbortSignal, started: () => void) => Promise<void>;

/** The loop's timings, in milliseconds. */
export interface SingletonRoleTimings {
  /** Lease lifetime; a dead holder is replaced at most this (plus `retryMs`) after its last renewal. */
  ttlMs: number;
  /** How often the holder renews. */
  renewMs: number;
  /** How often an instance without the lease tries it. */
  retryMs: number;
  /** The holder stops this long before its lease could expire without a renewal. */
  safetyMs: number;
  /** Longest pause after failures in a row. */
  maxRetryMs: number;
  /** Longest wait for the role to stop once asked (then the lease is given back anyway). */
  stopTimeoutMs: number;
}

/** Defaults: takeover within about 18 s of a holder's death. */
export const DEFAULT_ROLE_TIMINGS: SingletonRoleTimings = {
  ttlMs: 15_000,
  renewMs: 5_000,
  retryMs: 3_000,
  safetyMs: 3_000,
  maxRetryMs: 60_000,
  stopTimeoutMs: 10_000,
};

/** Options of {@link startSingletonRole}. */
export interface SingletonRoleOptions {
  /** The lease key, e.g. `telegram-receiver`. */
  key: string;
  /** This instance (the lease owner; unique per instance). */
  owner: string;
  /** The shared leases; {@link UNSHARED_LEASES} when this process is the only instance. */
  leases: LeaseStore;
  play: PlayRole;
  logger: Logger;
  timings?: Partial<SingletonRoleTimings>;
  timer?: RoleTimer;
}

/** A running loop. */
export interface SingletonRole {
  /** True while this instance holds the lease and plays the role. */
  readonly active: boolean;
  /** Settles after the first attempt: the role started here, or another instance holds it, or it failed. */
  readonly ready: Promise<void>;
  /** Stops playing (if playing), gives the lease back and ends the loop. */
  stop(): Promise<void>;
}

/** Leases for a process that is the only instance: always granted. */
export const UNSHARED_LEASES: LeaseStore = {
  acquire: async () => true,
  release: async () => undefined,
};

/** How one turn as holder ended. */
type TurnEnd = "stopped" | "lost" | "failed";

/** Starts the loop; see the module comment. */
export function startSingletonRole(options: SingletonRoleOptions): SingletonRole {
  const timings = { ...DEFAULT_ROLE_TIMINGS, ...options.timings };
  if (!(timings.renewMs > 0 && timings.retryMs > 0 && timings.renewMs + timings.safetyMs < timings.ttlMs)) {
    throw new Error("singleton role: renewMs + safetyMs must be below ttlMs, and every period positive");
  }
  const timer = options.timer ?? SYSTEM_ROLE_TIMER;
  const { key, owner, leases } = options;
  const logger = options.logger.child({ role: key, owner });
  const loop = new AbortController();
  let active = false;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
    new Promise((resolve) => {
      if (signal.aborted) return resolve();
      const onAbort = (): void => {
        timer.clearTimeout(handle);
        resolve();
      };
      const handle = timer.setTimeout(() => {
        signal.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      signal.addEventListener("abort", onAbort, { once: true });
    });

  // Store calls are bounded: a call that never answers must not stall the loop (safety does not
  // depend on it: the watchdog below stops the role in time whatever the store does).
  const withDeadline = <T>(call: Promise<T>, what: string): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const handle = timer.setTimeout(() => reject(new Error(`${what}: no answer within ${timings.stopTimeoutMs} ms`)), timings.stopTimeoutMs);
      call.then(
        (value) => {
          timer.clearTimeout(handle);
          resolve(value);
        },
        (error: unknown) => {
          timer.clearTimeout(handle);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  const acquire = (): Promise<boolean> => withDeadline(leases.acquire(key, owner, timings.ttlMs), "lease acquire");
  const release = (): Promise<void> =>
    withDeadline(leases.release(key, owner), "lease release").catch((error: unknown) =>
      logger.warn({ error: describeError(error) }, "singleton role: lease not given back; it expires"),
    );

  /** One turn as holder: plays until stopped, the lease is in doubt, or the role ends. */
  const holdTurn = async (acquireSentAt: number): Promise<TurnEnd> => {
    const turn = new AbortController();
    let end: TurnEnd = "stopped";
    let why = "stopping";
    let lostToAnother = false;
    let watchdog: unknown;
    const finish = (how: TurnEnd, reason: string): void => {
      if (turn.signal.aborted) return;
      active = false;
      end = how;
      why = reason;
      turn.abort();
    };
    const onStop = (): void => finish("stopped", "stopping");
    loop.signal.addEventListener("abort", onStop, { once: true });
    const armWatchdog = (sentAt: number): void => {
      timer.clearTimeout(watchdog);
      const delay = Math.max(0, sentAt + timings.ttlMs - timings.safetyMs - timer.now());
      watchdog = timer.setTimeout(() => finish("lost", "the lease could not be renewed in time"), delay);
    };
    armWatchdog(acquireSentAt);
    active = true;
    logger.info({ ttlMs: timings.ttlMs }, "singleton role: lease taken, playing the role");

    const renewing = (async () => {
      while (!turn.signal.aborted) {
        await sleep(timings.renewMs, turn.signal);
        if (turn.signal.aborted) return;
        const sentAt = timer.now();
        try {
          if (await acquire()) {
            if (!turn.signal.aborted) armWatchdog(sentAt);
          } else {
            lostToAnother = true;
            finish("lost", "the lease was taken by another instance");
          }
        } catch (error) {
          finish("lost", `the lease could not be renewed: ${describeError(error)}`);
        }
      }
    })();

    const playing = options
      .play(turn.signal, () => {
        logger.info({}, "singleton role: started");
        markReady();
      })
      .then(
        () => finish("failed", "the role ended on its own"),
        (error: unknown) => {
          if (turn.signal.aborted) logger.debug({ error: describeError(error) }, "singleton role: error while stopping");
          else finish("failed", `the role failed: ${describeError(error)}`);
        },
      );
    await new Promise<void>((resolve) => (turn.signal.aborted ? resolve() : turn.signal.addEventListener("abort", () => resolve(), { once: true })));
    loop.signal.removeEventListener("abort", onStop);
    timer.clearTimeout(watchdog);
    if (end === "stopped") logger.info({}, "singleton role: stopping");
    else logger.warn({ reason: why }, "singleton role: stopped playing");
    // Wait for the role to stop (bounded), and for a renewal in flight (bounded too), which could
    // otherwise re-take the lease after the release below.
    let bound: unknown;
    const stopped = await Promise.race([
      playing.then(() => true),
      new Promise<boolean>((resolve) => (bound = timer.setTimeout(() => resolve(false), timings.stopTimeoutMs))),
    ]);
    timer.clearTimeout(bound);
    if (!stopped) logger.error({ waitedMs: timings.stopTimeoutMs }, "singleton role: the role did not stop in time; giving the lease back anyway");
    await renewing;
    if (!lostToAnother) await release();
    markReady();
    return end;
  };

  const run = async (): Promise<void> => {
    let failures = 0;
    while (!loop.signal.aborted) {
      const sentAt = timer.now();
      let held = false;
      try {
        held = await acquire();
      } catch (error) {
        logger.warn({ error: describeError(error) }, "singleton role: lease could not be tried");
      }
      if (loop.signal.aborted) {
        if (held) await release();
        break;
      }
      if (!held) {
        markReady();
        await sleep(timings.retryMs, loop.signal);
        continue;
      }
      const startedAt = timer.now();
      const end = await holdTurn(sentAt);
      // A turn that lasted a while is not a failure in a row.
      failures = end === "failed" ? (timer.now() - startedAt > timings.maxRetryMs ? 1 : failures + 1) : 0;
      const pause = failures > 0 ? Math.min(timings.retryMs * 2 ** (failures - 1), timings.maxRetryMs) : timings.retryMs;
      await sleep(pause, loop.signal);
    }
    markReady();
  };
  const finished = run().catch((error: unknown) => logger.error({ error: describeError(error) }, "singleton role: loop failed"));

  return {
    get active() {
      return active;
    },
    ready,
    async stop() {
      loop.abort();
      await finished;
    },
  };
}
