/**
 * Runs abortable work with a deadline. The deadline is `AbortSignal.timeout`, created when
 * {@link withTimeout} is called, so it starts when the work does: call it inside a queued task,
 * never around the wait for a slot. The work gets that signal (combined with the caller's by
 * `AbortSignal.any` when one is given), and the returned promise rejects with a typed
 * {@link TimeoutError} at the deadline even if the work ignores its signal.
 *
 * A timeout signal cannot be cleared; once the work settles, its listener is removed, so the signal
 * holds nothing and Node drops it with its timer when it is collected.
 */

/** The deadline passed. */
export class TimeoutError extends Error {
  override readonly name = "TimeoutError";
  constructor(milliseconds: number) {
    super(`timed out after ${milliseconds} ms`);
  }
}

/**
 * Runs `work` with a signal that aborts after `milliseconds` (or when `callerSignal` aborts);
 * rejects with {@link TimeoutError} at the deadline, or with the caller's abort reason.
 */
export async function withTimeout<T>(milliseconds: number, work: (signal: AbortSignal) => Promise<T>, callerSignal?: AbortSignal): Promise<T> {
  const deadline = AbortSignal.timeout(milliseconds);
  const signal = callerSignal === undefined ? deadline : AbortSignal.any([deadline, callerSignal]);
  let onAbort: (() => void) | undefined;
  // Listening before the work does: at the deadline the caller sees TimeoutError, not whatever
  // the work makes of the abort.
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(deadline.aborted ? new TimeoutError(milliseconds) : (signal.reason as unknown));
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    return await Promise.race([work(signal), aborted]);
  } finally {
    if (onAbort) signal.removeEventListener("abort", onAbort);
  }
}
