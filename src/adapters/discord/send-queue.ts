/**
 * The pace of outgoing messages: a token bucket (sustained rate, small burst) with a cap on requests
 * in flight, shared by every delivery of the process. A morning fan-out to thousands of channels thus
 * stays under Discord's global limit (50 requests/s per bot) with room to spare, instead of relying on
 * 429s; @discordjs/rest still handles per-route buckets and any 429 that slips through.
 *
 * Tasks start in FIFO order; `first: true` puts a task at the front (the next message of a document
 * already being delivered, so that documents finish instead of all starting). Time is injected.
 */
import type { Clock } from "../../core/ports.js";

/** Pace and bounds of a {@link SendQueue}. */
export interface SendQueueOptions {
  /** Sustained starts per second. */
  ratePerSecond: number;
  /** Starts allowed at once after a quiet period (bucket capacity, at least 1). */
  burst: number;
  /** Most tasks running at once. */
  concurrency: number;
  /** Most tasks waiting; beyond it `run` rejects at once. */
  maxQueued: number;
  clock: Clock;
  /** Waits `ms` (injected in tests); default setTimeout. */
  sleep?: (ms: number) => Promise<void>;
}

interface Waiting {
  start: () => void;
  fail: (error: Error) => void;
}

/** Thrown when the queue is full or closed. */
export class SendQueueError extends Error {
  override readonly name = "SendQueueError";
}

/** Runs tasks at a bounded rate and concurrency. */
export class SendQueue {
  readonly #options: Required<SendQueueOptions>;
  readonly #waiting: Waiting[] = [];
  #tokens: number;
  #updatedAt: number;
  #inFlight = 0;
  #wakePending = false;
  #closed = false;

  constructor(options: SendQueueOptions) {
    if (!(options.ratePerSecond > 0) || options.burst < 1 || options.concurrency < 1) throw new Error("send queue: rate, burst and concurrency must be positive");
    this.#options = { sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.ceil(ms))), ...options };
    this.#tokens = options.burst;
    this.#updatedAt = options.clock.now();
  }

  /** Tasks waiting to start. */
  get waiting(): number {
    return this.#waiting.length;
  }

  /** Tasks running. */
  get inFlight(): number {
    return this.#inFlight;
  }

  /** Runs `task` when the pace allows; resolves or rejects with it. */
  run<T>(task: () => Promise<T>, options: { first?: boolean } = {}): Promise<T> {
    if (this.#closed) return Promise.reject(new SendQueueError("send queue closed"));
    if (this.#waiting.length >= this.#options.maxQueued) return Promise.reject(new SendQueueError(`send queue full (${this.#options.maxQueued} waiting)`));
    return new Promise<T>((resolve, reject) => {
      const entry: Waiting = {
        start: () => {
          this.#inFlight += 1;
          void (async () => {
            try {
              resolve(await task());
            } catch (error) {
              reject(error);
            } finally {
              this.#inFlight -= 1;
              this.#pump();
            }
          })();
        },
        fail: reject,
      };
      if (options.first) this.#waiting.unshift(entry);
      else this.#waiting.push(entry);
      this.#pump();
    });
  }

  /** Refuses new tasks and rejects every waiting one; running tasks finish. */
  close(): void {
    this.#closed = true;
    for (const entry of this.#waiting.splice(0)) entry.fail(new SendQueueError("send queue closed"));
  }

  #pump(): void {
    while (this.#waiting.length > 0 && this.#inFlight < this.#options.concurrency) {
      this.#refill();
      if (this.#tokens < 1 - 1e-9) {
        this.#wakeAfter(((1 - this.#tokens) * 1000) / this.#options.ratePerSecond);
        return;
      }
      this.#tokens -= 1;
      this.#waiting.shift()?.start();
    }
  }

  #refill(): void {
    const now = this.#options.clock.now();
    const elapsed = Math.max(0, now - this.#updatedAt);
    this.#tokens = Math.min(this.#options.burst, this.#tokens + (elapsed * this.#options.ratePerSecond) / 1000);
    this.#updatedAt = now;
  }

  #wakeAfter(ms: number): void {
    if (this.#wakePending) return;
    this.#wakePending = true;
    void this.#options.sleep(ms).then(() => {
      this.#wakePending = false;
      this.#pump();
    });
  }
}
