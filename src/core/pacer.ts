/**
 * A pacer spaces events (messages sent by one bot) to a steady rate. Several instances of one bot
 * share one platform limit, so with several instances the pacer must be shared too (Redis).
 */
export interface Pacer {
  /** Reserves the next slot and resolves the number of ms to wait before using it (0: now). */
  reserve(): Promise<number>;
}

/** An in-process pacer: generic cell rate algorithm with a small burst allowance. */
export function createLocalPacer(perSecond: number, burst: number, now: () => number = Date.now): Pacer {
  const interval = 1000 / perSecond;
  let theoretical = 0;
  return {
    async reserve() {
      const current = now();
      const slot = Math.max(current, theoretical - burst * interval);
      theoretical = Math.max(current, theoretical) + interval;
      return Math.max(0, Math.ceil(slot - current));
    },
  };
}
