/**
 * The pace of outgoing messages, shared by every delivery of the process: each message passes the
 * {@link SendGate} (src/core/delivery/send-gate.ts), that is the bot's one pacer (GCRA, src/core/delivery/pacer.ts: an
 * even spacing just under Discord's global limit of 50 requests/s per bot, local or shared with the
 * other instances) and a request window at the limit itself, and at most `concurrency` requests are in
 * flight. A morning fan-out to thousands of channels thus keeps under the global limit instead of
 * relying on 429s; @discordjs/rest still handles per-route buckets and any 429 that slips through.
 *
 * Tasks start in FIFO order; `first: true` puts a task at the front (the next message of a document
 * already being delivered, so that documents finish instead of all starting). Time is injected.
 */
import type { Pacer } from "../../core/delivery/pacer.js";
import type { Clock } from "../../core/shared/ports.js";
import type { RequestWindow } from "../../core/delivery/request-window.js";
import { SendGate } from "../../core/delivery/send-gate.js";

/** Pace and bounds of a {@link SendQueue}. */
export interface SendQueueOptions {
  /** The bot's global pace. */
  pacer: Pacer;
  /** Discord's global limit, counted from each request's start to a window after its answer. */
  window?: RequestWindow;
  /** Most tasks running at once (the one waiting for its slot included). */
  concurrency: number;
  /** Most tasks waiting; beyond it `run` rejects at once. */
  maxQueued: number;
  clock: Clock;
  /** Waits `ms` (injected in tests); default setTimeout. */
  sleep?: (ms: number) => Promise<void>;
}

interface Waiting {
  task: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Thrown when the queue is full or closed. */
export class SendQueueError extends Error {
  override readonly name = "SendQueueError";
}

/** Runs tasks at the pace of one send gate, with bounded concurrency. */
export class SendQueue {
  readonly #gate: SendGate;
  readonly #concurrency: number;
  readonly #maxQueued: number;
  readonly #waiting: Waiting[] = [];
  #inFlight = 0;
  #closed = false;

  constructor(options: SendQueueOptions) {
    if (!(options.concurrency >= 1) || !(options.maxQueued >= 0)) throw new RangeError("send queue: concurrency must be at least 1 and maxQueued not negative");
    const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.ceil(ms))));
    this.#gate = new SendGate({
      pacer: options.pacer,
      ...(options.window ? { window: options.window } : {}),
      timer: { now: () => options.clock.now(), sleep },
    });
    this.#concurrency = options.concurrency;
    this.#maxQueued = options.maxQueued;
  }

  /** Tasks waiting to start. */
  get waiting(): number {
    return this.#waiting.length;
  }

  /** Tasks running (or waiting for the slot booked for them). */
  get inFlight(): number {
    return this.#inFlight;
  }

  /** Runs `task` when the pace allows; resolves or rejects with it. */
  run<T>(task: () => Promise<T>, options: { first?: boolean } = {}): Promise<T> {
    if (this.#closed) return Promise.reject(new SendQueueError("send queue closed"));
    if (this.#waiting.length >= this.#maxQueued) return Promise.reject(new SendQueueError(`send queue full (${this.#maxQueued} waiting)`));
    return new Promise<T>((resolve, reject) => {
      const entry: Waiting = { task, resolve: resolve as (value: unknown) => void, reject };
      if (options.first) this.#waiting.unshift(entry);
      else this.#waiting.push(entry);
      this.#pump();
    });
  }

  /** Refuses new tasks and rejects every waiting one; running tasks finish. */
  close(): void {
    this.#closed = true;
    for (const entry of this.#waiting.splice(0)) entry.reject(new SendQueueError("send queue closed"));
  }

  #pump(): void {
    while (this.#waiting.length > 0 && this.#inFlight < this.#concurrency && this.#gate.free) {
      const entry = this.#waiting.shift();
      if (entry) this.#start(entry);
    }
  }

  /** Books the entry's slot; once it is reached, the next entry may book while this one runs. */
  #start(entry: Waiting): void {
    this.#inFlight += 1;
    const done = (): void => {
      this.#inFlight -= 1;
      this.#pump();
    };
    this.#gate.pass().then(
      async (leave) => {
        this.#pump();
        let outcome: { value: unknown } | { error: unknown };
        try {
          outcome = { value: await entry.task() };
        } catch (error) {
          outcome = { error };
        }
        // A shared window that cannot be told (store down) forgets the request after its own timeout.
        await leave().catch(() => undefined);
        done();
        if ("value" in outcome) entry.resolve(outcome.value);
        else entry.reject(outcome.error);
      },
      (error: unknown) => {
        // The pacer or window failed (store down): the message was not sent.
        entry.reject(error);
        done();
      },
    );
  }
}
