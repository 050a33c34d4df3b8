/**
 * At most `limit` tasks run at once, the rest wait in FIFO order, each for at most its own
 * `maxWaitMs` (then it leaves the queue and rejects with {@link QueueTimeoutError} without having
 * run). The queue is p-queue's; this adds the typed error and the bound on waiting only (p-queue's
 * own `signal` would also cut a task short once it runs).
 */
import PQueue from "p-queue";

/** A task waited longer than its `maxWaitMs` for a slot and did not run. */
export class QueueTimeoutError extends Error {
  override readonly name = "QueueTimeoutError";
  constructor(milliseconds: number) {
    super(`no free slot within ${milliseconds} ms`);
  }
}

/** A counting semaphore over p-queue; see the module comment. */
export class ConcurrencyLimit {
  readonly #queue: PQueue;

  constructor(limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`concurrency limit must be a positive integer, got ${limit}`);
    this.#queue = new PQueue({ concurrency: limit });
  }

  /** Tasks running now. */
  get running(): number {
    return this.#queue.pending;
  }

  /** Tasks waiting for a slot. */
  get waiting(): number {
    return this.#queue.size;
  }

  /** Runs `work` once a slot is free (waiting at most `maxWaitMs`); the slot is released when it settles. */
  async run<T>(work: () => Promise<T>, maxWaitMs = Number.POSITIVE_INFINITY): Promise<T> {
    if (!Number.isFinite(maxWaitMs)) return this.#queue.add(work);
    const waited = new AbortController();
    const timer = setTimeout(() => waited.abort(new QueueTimeoutError(maxWaitMs)), maxWaitMs);
    return this.#queue.add(
      () => {
        // Started: the bound on waiting no longer applies.
        clearTimeout(timer);
        return work();
      },
      { signal: waited.signal },
    );
  }
}
