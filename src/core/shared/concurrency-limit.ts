/**
 * A counting semaphore: at most `limit` tasks run at once, the rest wait in FIFO order, each for
 * at most its own `maxWaitMs` (then it is dropped from the queue and rejects with
 * {@link QueueTimeoutError} without having run).
 */

/** A task waited longer than its `maxWaitMs` for a slot and did not run. */
export class QueueTimeoutError extends Error {
  override readonly name = "QueueTimeoutError";
  constructor(milliseconds: number) {
    super(`no free slot within ${milliseconds} ms`);
  }
}

export class ConcurrencyLimit {
  readonly #limit: number;
  readonly #waiting: Array<() => void> = [];
  #running = 0;

  constructor(limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`concurrency limit must be a positive integer, got ${limit}`);
    this.#limit = limit;
  }

  /** Tasks running now. */
  get running(): number {
    return this.#running;
  }

  /** Tasks waiting for a slot. */
  get waiting(): number {
    return this.#waiting.length;
  }

  /** Runs `work` once a slot is free (waiting at most `maxWaitMs`); the slot is released when it settles. */
  async run<T>(work: () => Promise<T>, maxWaitMs = Number.POSITIVE_INFINITY): Promise<T> {
    if (this.#running < this.#limit) this.#running += 1;
    else await this.#enqueue(maxWaitMs);
    try {
      return await work();
    } finally {
      const next = this.#waiting.shift();
      // The slot passes straight to the next task, so `running` never dips below the limit under load.
      if (next) next();
      else this.#running -= 1;
    }
  }

  #enqueue(maxWaitMs: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const start = (): void => {
        clearTimeout(timer);
        resolve();
      };
      this.#waiting.push(start);
      if (Number.isFinite(maxWaitMs)) {
        timer = setTimeout(() => {
          const index = this.#waiting.indexOf(start);
          if (index >= 0) this.#waiting.splice(index, 1);
          reject(new QueueTimeoutError(maxWaitMs));
        }, maxWaitMs);
      }
    });
  }
}
