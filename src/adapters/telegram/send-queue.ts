/**
 * The send queue: paces messages so that Telegram's limits are kept and 429s stay rare.
 *
 * - Whole bot: `global.pace` messages per `global.windowMs` (29.5 per second), evenly spaced by one
 *   {@link Pacer} (GCRA, src/core/delivery/pacer.ts), and Telegram's own `global.limit` (30 per second)
 *   guarded by a {@link RequestWindow} against late requests bunching up (src/core/delivery/send-gate.ts);
 *   both local by default, or shared with the bot's other instances through the store.
 * - Per chat: one message at a time, at least `perChatIntervalMs` (1 s) from the answer to one
 *   message to the start of the next; a chat's messages go out in the order they were queued.
 * - Per group, supergroup or channel: at most `perGroup.limit` (20) per `perGroup.windowMs` (60 s),
 *   counted from the start of each request to a window after its answer (completion-window.ts).
 * - A 429 blocks its chat for exactly `retry_after`, then the same message goes again, first.
 *   Failures classified `transient` back off exponentially, with caps on attempts and delay.
 * - Two priorities: "interactive" messages (command replies) start before "bulk" ones (fan-outs)
 *   whenever both may start, so a reply waits for the one slot already booked, not for the fan-out.
 *
 * Pure timing logic: time and timers are injected, the task and its error classification too.
 */
import { CompletionWindow } from "../../core/delivery/completion-window.js";
import { type Pacer, createLocalPacer } from "../../core/delivery/pacer.js";
import { type RequestWindow, type WindowTimer, createLocalRequestWindow } from "../../core/delivery/request-window.js";
import { SendGate } from "../../core/delivery/send-gate.js";
import {
  DEFAULT_SEND_LIMITS,
  type FailureVerdict,
  type QueueTimer,
  SYSTEM_TIMER,
  type SendPriority,
  type SendQueueLimits,
  type SendQueueStats,
  type SendTarget,
} from "./send-queue-types.js";

/** The queue's types, limits and timer, importable from here too. */
export * from "./send-queue-types.js";

/** The queue was closed before the message was sent. */
export class SendQueueClosedError extends Error {
  override readonly name = "SendQueueClosedError";
}

interface Job {
  task: () => Promise<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  interactive: boolean;
  attempts: number;
  rateLimits: number;
}

interface ChatState {
  key: string;
  /** Groups, supergroups and channels have a window of their own. */
  window: CompletionWindow | undefined;
  interactive: Job[];
  bulk: Job[];
  busy: boolean;
  blockedUntil: number;
  lastDoneAt: number;
}

/** Paces sends; see the module comment. */
export class SendQueue {
  readonly #limits: SendQueueLimits;
  readonly #classify: (error: unknown) => FailureVerdict;
  readonly #timer: QueueTimer;
  /** The bot's global rate (the one place that spaces sends) and the guard of Telegram's limit. */
  readonly #gate: SendGate;
  readonly #states = new Map<string, ChatState>();
  /** Chats with queued messages, in the order they got work. */
  readonly #waiting = new Map<string, ChatState>();
  readonly #stats = { sent: 0, failed: 0, rateLimited: 0, retried: 0 };
  #interactiveJobs = 0;
  #inFlight = 0;
  #wake: unknown;
  #dispatches = 0;
  #closed = false;
  readonly #onRateLimited: (() => void) | undefined;

  /**
   * `sharedPacer` and `sharedWindow`: the bot's global rate and Telegram's global limit, shared with
   * its other instances through the store. A shared pacer has its own rate (`limits.global.pace` and
   * `limits.burst` are then not used). Default: both in this process, at `limits.global`.
   */
  constructor(options: {
    limits?: Partial<SendQueueLimits>;
    classify: (error: unknown) => FailureVerdict;
    timer?: QueueTimer;
    sharedPacer?: Pacer;
    sharedWindow?: RequestWindow;
    /** Told of every 429 (metrics). */
    onRateLimited?: () => void;
  }) {
    this.#limits = { ...DEFAULT_SEND_LIMITS, ...options.limits };
    this.#onRateLimited = options.onRateLimited;
    this.#classify = options.classify;
    const timer = options.timer ?? SYSTEM_TIMER;
    this.#timer = timer;
    const { limit, pace, windowMs } = this.#limits.global;
    const gateTimer: WindowTimer = { now: () => timer.now(), sleep: (ms) => new Promise<void>((resolve) => timer.setTimeout(resolve, ms)) };
    this.#gate = new SendGate({
      pacer: options.sharedPacer ?? createLocalPacer((pace * 1_000) / windowMs, this.#limits.burst, gateTimer.now),
      window: options.sharedWindow ?? createLocalRequestWindow(limit, windowMs, gateTimer),
      timer: gateTimer,
    });
  }

  /** Runs `task` (one Bot API send) when the limits allow; settles with its result or final error. */
  enqueue<T>(target: SendTarget, priority: SendPriority, task: () => Promise<T>): Promise<T> {
    if (this.#closed) return Promise.reject(new SendQueueClosedError("the send queue is closed"));
    return new Promise<T>((resolve, reject) => {
      const job: Job = { task, resolve: resolve as (value: unknown) => void, reject, interactive: priority === "interactive", attempts: 0, rateLimits: 0 };
      this.#push(this.#stateOf(target), job, false);
      this.#pump();
    });
  }

  /** Counters since the start, and what waits now. */
  stats(): SendQueueStats {
    let waiting = 0;
    for (const state of this.#waiting.values()) waiting += state.interactive.length + state.bulk.length;
    return { ...this.#stats, waiting, inFlight: this.#inFlight };
  }

  /** Rejects every queued message with {@link SendQueueClosedError}; messages in flight finish. */
  close(): void {
    this.#closed = true;
    this.#timer.clearTimeout(this.#wake);
    for (const state of this.#waiting.values()) {
      for (const job of [...state.interactive, ...state.bulk]) job.reject(new SendQueueClosedError("the send queue was closed"));
      state.interactive = [];
      state.bulk = [];
    }
    this.#waiting.clear();
    this.#interactiveJobs = 0;
  }

  #stateOf(target: SendTarget): ChatState {
    let state = this.#states.get(target.key);
    if (!state) {
      const window = target.group ? new CompletionWindow(this.#limits.perGroup.limit, this.#limits.perGroup.windowMs) : undefined;
      state = { key: target.key, window, interactive: [], bulk: [], busy: false, blockedUntil: 0, lastDoneAt: Number.NEGATIVE_INFINITY };
      this.#states.set(target.key, state);
    }
    return state;
  }

  /** Queues a job at the end (new) or the front (a retry) of its lane. */
  #push(state: ChatState, job: Job, front: boolean): void {
    const lane = job.interactive ? state.interactive : state.bulk;
    if (front) lane.unshift(job);
    else lane.push(job);
    if (job.interactive) this.#interactiveJobs += 1;
    if (!this.#waiting.has(state.key)) this.#waiting.set(state.key, state);
  }

  #pump(): void {
    this.#timer.clearTimeout(this.#wake);
    this.#wake = undefined;
    while (!this.#closed && this.#gate.free && this.#waiting.size > 0 && this.#inFlight < this.#limits.maxInFlight) {
      const now = this.#timer.now();
      const picked = this.#pick(now);
      if (!picked.state) return this.#arm(picked.wakeAt, now);
      this.#dispatch(picked.state, now);
    }
  }

  /** The chat to serve now: interactive first, then the oldest waiting chat; or when to look again. */
  #pick(now: number): { state?: ChatState; wakeAt: number } {
    let firstBulk: ChatState | undefined;
    let wakeAt = Number.POSITIVE_INFINITY;
    for (const state of this.#waiting.values()) {
      if (state.busy) continue;
      const readyAt = Math.max(state.blockedUntil, state.lastDoneAt + this.#limits.perChatIntervalMs, state.window?.freeAt(now) ?? now);
      if (readyAt > now) wakeAt = Math.min(wakeAt, readyAt);
      else if (state.interactive.length > 0 || this.#interactiveJobs === 0) return { state, wakeAt };
      else firstBulk ??= state;
    }
    return firstBulk ? { state: firstBulk, wakeAt } : { wakeAt };
  }

  #dispatch(state: ChatState, now: number): void {
    const job = state.interactive.length > 0 ? state.interactive.shift() : state.bulk.shift();
    if (!job) return;
    if (job.interactive) this.#interactiveJobs -= 1;
    if (state.interactive.length === 0 && state.bulk.length === 0) this.#waiting.delete(state.key);
    state.window?.start();
    state.busy = true;
    this.#inFlight += 1;
    this.#dispatches += 1;
    if (this.#dispatches % 1_024 === 0) this.#sweep(now);
    let leave = async (): Promise<void> => undefined;
    const settle = (): number => {
      const at = this.#timer.now();
      // A shared window that cannot be told (store down) forgets the request after its own timeout.
      leave().catch(() => undefined);
      state.window?.end(at);
      state.lastDoneAt = at;
      state.busy = false;
      this.#inFlight -= 1;
      return at;
    };
    // Book the slot and wait for it, then let the next message book its own while this one goes. A
    // pacer that fails (Redis down) fails the attempt, classified like any other error; a task that
    // throws synchronously fails like one that rejects.
    this.#gate
      .pass()
      .finally(() => this.#pump())
      .then((left) => {
        leave = left;
        return job.task();
      })
      .then(
        (value) => {
          settle();
          this.#stats.sent += 1;
          job.resolve(value);
          this.#pump();
        },
        (error: unknown) => {
          const at = settle();
          if (this.#retry(state, job, error, at)) this.#push(state, job, true);
          else {
            this.#stats.failed += 1;
            job.reject(error);
          }
          this.#pump();
        },
      );
  }

  /** Decides whether a failed job goes again, and blocks its chat meanwhile. */
  #retry(state: ChatState, job: Job, error: unknown, now: number): boolean {
    if (this.#closed) return false;
    const verdict = this.#classify(error);
    if (verdict.kind === "retry-after") {
      this.#stats.rateLimited += 1;
      this.#onRateLimited?.();
      job.rateLimits += 1;
      state.blockedUntil = Math.max(state.blockedUntil, now + verdict.delayMs);
      if (verdict.delayMs > this.#limits.maxRetryAfterMs || job.rateLimits > this.#limits.maxRateLimitRetries) return false;
    } else if (verdict.kind === "transient") {
      job.attempts += 1;
      if (job.attempts >= this.#limits.maxAttempts) return false;
      const delay = Math.min(this.#limits.maxBackoffMs, this.#limits.baseBackoffMs * 2 ** (job.attempts - 1));
      state.blockedUntil = Math.max(state.blockedUntil, now + delay);
    } else return false;
    this.#stats.retried += 1;
    return true;
  }

  #arm(at: number, now: number): void {
    // Infinity: nothing may start until an answer comes back, and every answer pumps.
    if (Number.isFinite(at)) this.#wake = this.#timer.setTimeout(() => this.#pump(), Math.max(0, at - now));
  }

  /** Forgets chats whose limits no longer constrain anything (bounded memory over many chats). */
  #sweep(now: number): void {
    for (const [key, state] of this.#states) {
      const idle = !state.busy && state.interactive.length === 0 && state.bulk.length === 0;
      if (idle && state.blockedUntil <= now && state.lastDoneAt + this.#limits.perChatIntervalMs <= now && (state.window?.idle(now) ?? true)) {
        this.#states.delete(key);
      }
    }
  }
}
