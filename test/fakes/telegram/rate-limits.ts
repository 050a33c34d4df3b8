/**
 * Sliding-window send limits of the fake Telegram server (defaults from Telegram's bot FAQ).
 *
 * Every accepted send-type call (sendMessage, editMessageText) is recorded in the global window,
 * in its chat's window and, for groups, supergroups and channels, in the group window. A call is
 * refused while any window that applies is full; `retry_after` is the whole number of seconds
 * (ceil, at least 1) until the fullest window frees a slot. Refused calls are not recorded, so a
 * client that retries before `retry_after` gets another 429.
 */
import { tooManyRequests } from "./api-error.js";

/** At most `limit` accepted sends in any rolling `windowMs` window. */
export interface WindowLimit {
  limit: number;
  windowMs: number;
}

/** Limits of the fake; each may be `false` to switch that check off. */
export interface FakeTelegramLimits {
  /** Per chat: 1 message per second with a burst of 3 by default (3 per 3 s). */
  perChat: WindowLimit | false;
  /** Per group, supergroup or channel: 20 messages per rolling minute by default. */
  perGroup: WindowLimit | false;
  /** Whole bot: 30 messages per second by default. */
  global: WindowLimit | false;
}

/** Telegram FAQ defaults. */
export const DEFAULT_LIMITS: FakeTelegramLimits = {
  perChat: { limit: 3, windowMs: 3_000 },
  perGroup: { limit: 20, windowMs: 60_000 },
  global: { limit: 30, windowMs: 1_000 },
};

/** Tracks sliding windows and throws a 429 {@link FakeApiError} when one is full. */
export class SendRateLimiter {
  private readonly global: number[] = [];
  private readonly perChat = new Map<number, number[]>();
  private readonly perGroup = new Map<number, number[]>();

  private readonly limits: FakeTelegramLimits;
  private readonly clock: () => number;

  constructor(limits: FakeTelegramLimits, clock: () => number) {
    this.limits = limits;
    this.clock = clock;
  }

  /**
   * Throws a 429 if a send to `chatId` is not allowed now; otherwise records it.
   * `isGroup` is true for groups, supergroups and channels.
   */
  admit(chatId: number, isGroup: boolean): void {
    const now = this.clock();
    const windows: Array<[number[], WindowLimit | false]> = [
      [this.global, this.limits.global],
      [windowOf(this.perChat, chatId), this.limits.perChat],
    ];
    if (isGroup) windows.push([windowOf(this.perGroup, chatId), this.limits.perGroup]);
    let waitMs = 0;
    for (const [stamps, limit] of windows) {
      if (limit === false) continue;
      prune(stamps, now - limit.windowMs);
      if (stamps.length >= limit.limit) {
        const freesAt = (stamps[stamps.length - limit.limit] ?? now) + limit.windowMs;
        waitMs = Math.max(waitMs, freesAt - now);
      }
    }
    if (waitMs > 0) throw tooManyRequests(Math.max(1, Math.ceil(waitMs / 1000)));
    for (const [stamps, limit] of windows) if (limit !== false) stamps.push(now);
  }
}

function windowOf(map: Map<number, number[]>, chatId: number): number[] {
  let stamps = map.get(chatId);
  if (!stamps) {
    stamps = [];
    map.set(chatId, stamps);
  }
  return stamps;
}

/** Drops timestamps at or before `cutoff`: a send exactly `windowMs` ago no longer counts. */
function prune(stamps: number[], cutoff: number): void {
  let drop = 0;
  while (drop < stamps.length && (stamps[drop] ?? Number.POSITIVE_INFINITY) <= cutoff) drop += 1;
  stamps.splice(0, drop);
}
