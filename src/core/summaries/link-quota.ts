/**
 * How many summaries of new links (pages newsdesk has not stored, each costing a fetch and a model
 * call) one person and one chat may ask for in an hour. Counted in the shared store, so the limits
 * hold across instances.
 */
import type { Clock } from "../shared/ports.js";
import type { RateCounters } from "./summary-ports.js";

/** Limits per hour. */
export interface LinkQuotaPolicy {
  perUserPerHour: number;
  perChatPerHour: number;
}

/** Whether a new link may be summarised now, and if not, who is over which limit and for how long. */
export type LinkQuotaVerdict =
  | { allowed: true }
  | { allowed: false; who: "user" | "chat"; limit: number; retryInMinutes: number };

const HOUR = 3_600_000;

/** Counts new-link summaries per user and per chat. */
export class LinkQuota {
  readonly #counters: RateCounters;
  readonly #clock: Clock;
  readonly #policy: LinkQuotaPolicy;

  constructor(counters: RateCounters, clock: Clock, policy: LinkQuotaPolicy) {
    this.#counters = counters;
    this.#clock = clock;
    this.#policy = policy;
  }

  /** The hourly limits (for /help summary). */
  get policy(): LinkQuotaPolicy {
    return this.#policy;
  }

  /** Counts one new link for `userKey` in `chatKey`, unless either is over its hourly limit. */
  async take(userKey: string, chatKey: string): Promise<LinkQuotaVerdict> {
    const now = this.#clock.now();
    const user = await this.#counters.tryTake(`links:user:${userKey}`, this.#policy.perUserPerHour, HOUR, now);
    if (!user.taken) return this.#refused("user", this.#policy.perUserPerHour, user.resetAt, now);
    const chat = await this.#counters.tryTake(`links:chat:${chatKey}`, this.#policy.perChatPerHour, HOUR, now);
    if (!chat.taken) return this.#refused("chat", this.#policy.perChatPerHour, chat.resetAt, now);
    return { allowed: true };
  }

  #refused(who: "user" | "chat", limit: number, resetAt: number, now: number): LinkQuotaVerdict {
    return { allowed: false, who, limit, retryInMinutes: Math.max(1, Math.ceil((resetAt - now) / 60_000)) };
  }
}
