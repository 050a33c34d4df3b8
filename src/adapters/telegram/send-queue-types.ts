/**
 * Types, defaults and the real timer of the send queue (send-queue.ts).
 */

/** Limits the queue keeps. */
export interface SendQueueLimits {
  /**
   * Whole bot: Telegram counts at most `limit` messages per `windowMs`; the queue sends `pace` per
   * `windowMs`, evenly spaced (`pace` is not used when the queue is given a shared pacer, which has
   * its own rate). See {@link DEFAULT_SEND_LIMITS}.
   */
  global: { limit: number; pace: number; windowMs: number };
  /** Messages that may start early, ahead of the even spacing, after a quiet period (0: none). */
  burst: number;
  /** Least time from the answer to one message to the start of the next one to the same chat. */
  perChatIntervalMs: number;
  /** Per group, supergroup or channel: at most `limit` per `windowMs` (Telegram: 20 per minute). */
  perGroup: { limit: number; windowMs: number };
  /** Requests in flight at once. */
  maxInFlight: number;
  /** Attempts of one message after failures classified `transient` (requests that never left). */
  maxAttempts: number;
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** A 429 asking for longer than this fails the message (the chat stays blocked for the wait). */
  maxRetryAfterMs: number;
  /** 429s one message may get before it fails. */
  maxRateLimitRetries: number;
}

/**
 * Telegram's FAQ limits. The global pace is 29.5 of the 30 per second, without burst: evenly spaced
 * starts put at most 30 in any second, and a request may arrive up to 17 ms late (1000 × 30 / 29.5 −
 * 1000) before Telegram counts 31; beyond that the queue's guard holds the next message back.
 */
export const DEFAULT_SEND_LIMITS: SendQueueLimits = {
  global: { limit: 30, pace: 29.5, windowMs: 1_000 },
  burst: 0,
  perChatIntervalMs: 1_000,
  perGroup: { limit: 20, windowMs: 60_000 },
  maxInFlight: 32,
  maxAttempts: 4,
  baseBackoffMs: 1_000,
  maxBackoffMs: 30_000,
  maxRetryAfterMs: 120_000,
  maxRateLimitRetries: 5,
};

/** Who a message goes to; `group` for groups, supergroups and channels. */
export interface SendTarget {
  key: string;
  group: boolean;
}

/** "interactive": command replies, served first; "bulk": briefings and alerts. */
export type SendPriority = "interactive" | "bulk";

/** What to do after a failed attempt. */
export type FailureVerdict = { kind: "retry-after"; delayMs: number } | { kind: "transient" } | { kind: "final" };

/** Time and timers (injected in tests). */
export interface QueueTimer {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Real time. */
export const SYSTEM_TIMER: QueueTimer = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Counters, for logs, tests and the benchmark. */
export interface SendQueueStats {
  sent: number;
  failed: number;
  rateLimited: number;
  retried: number;
  waiting: number;
  inFlight: number;
}
