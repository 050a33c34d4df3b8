/**
 * A pacer spaces events (messages sent by one bot) to a steady rate. Several instances of one bot
 * share one platform limit, so with several instances the pacer must be shared too (Redis).
 *
 * There is one algorithm, GCRA in its "virtual scheduling" form, computed by {@link reserveSlot}
 * here and by the same arithmetic in Redis (src/adapters/store/shared-pacer.ts): the state is one
 * number, the theoretical arrival time `tat` of the next event. A reservation at `now` gets the slot
 * `max(now, tat - burst × interval)` and moves `tat` to `max(now, tat) + interval`. So after a quiet
 * period `1 + burst` reservations get `now`, and from then on one every interval; a reservation never
 * waits for an earlier slot that went unused, and no window of `n` intervals holds more than
 * `n + 1 + burst` slots.
 *
 * Reservations may be made ahead of time (the caller sleeps until its slot): the schedule then
 * continues from the previous slot, not from when a timer happened to fire, so timer lateness does
 * not eat into the rate.
 */
export interface Pacer {
  /** Reserves the next slot and resolves the number of ms to wait before using it (0: now). */
  reserve(): Promise<number>;
}

/** A reserved slot and the state after it. */
export interface ReservedSlot {
  /** When the event may happen (the clock's time, not a delay). */
  slot: number;
  /** The new theoretical arrival time. */
  tat: number;
}

/**
 * One GCRA reservation: from the state `tat` at time `now`, with `intervalMs` between slots and
 * `burst` slots allowed early. Pure; the Redis script performs the same operations in the same order.
 */
export function reserveSlot(tat: number, now: number, intervalMs: number, burst: number): ReservedSlot {
  return { slot: Math.max(now, tat - burst * intervalMs), tat: Math.max(now, tat) + intervalMs };
}

/** The spacing of a pacer at `perSecond` (checked: positive and finite) with `burst` (a whole number, 0 or more). */
export function pacerInterval(perSecond: number, burst: number): number {
  if (!(perSecond > 0) || !Number.isFinite(perSecond)) throw new RangeError(`a pacer needs a positive rate, not ${perSecond}`);
  if (!Number.isInteger(burst) || burst < 0) throw new RangeError(`a pacer's burst is a whole number of 0 or more, not ${burst}`);
  return 1000 / perSecond;
}

/**
 * An in-process pacer: `perSecond` slots per second, `burst` of them allowed early after a quiet
 * period (0: strictly even spacing), on the clock `now`.
 */
export function createLocalPacer(perSecond: number, burst: number, now: () => number = Date.now): Pacer {
  const interval = pacerInterval(perSecond, burst);
  let tat = 0;
  return {
    async reserve() {
      const current = now();
      const reserved = reserveSlot(tat, current, interval, burst);
      tat = reserved.tat;
      return Math.max(0, Math.ceil(reserved.slot - current));
    },
  };
}
