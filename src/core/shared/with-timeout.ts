/**
 * Runs abortable work with a deadline. The work gets a signal that aborts at the deadline (or when
 * the caller's signal aborts), and the returned promise rejects at that moment even if the work
 * ignores its signal.
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
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new TimeoutError(milliseconds);
      controller.abort(error);
      reject(error);
    }, milliseconds);
  });
  try {
    return await Promise.race([work(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
