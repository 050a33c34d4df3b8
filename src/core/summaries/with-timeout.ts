/**
 * Runs abortable work with a deadline: the work gets `AbortSignal.timeout`'s signal, and the returned
 * promise rejects with a typed {@link TimeoutError} at that moment even if the work ignores its signal.
 */

/** The deadline passed. */
export class TimeoutError extends Error {
  override readonly name = "TimeoutError";
  constructor(milliseconds: number) {
    super(`timed out after ${milliseconds} ms`);
  }
}

/** Runs `work` with a signal that aborts after `milliseconds`; rejects with {@link TimeoutError} then. */
export async function withTimeout<T>(milliseconds: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const signal = AbortSignal.timeout(milliseconds);
  // Listening before the work does: the deadline rejects first, so the caller sees TimeoutError
  // rather than whatever the work makes of the abort.
  const deadline = new Promise<never>((_, reject) => {
    signal.addEventListener("abort", () => reject(new TimeoutError(milliseconds)), { once: true });
  });
  return Promise.race([work(signal), deadline]);
}
