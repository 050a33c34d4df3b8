/**
 * Rate limits of the fake Discord server (developers/topics/rate-limits.mdx).
 *
 * - **Global**: a sliding window over every bot request except interaction callbacks and interaction
 *   webhooks ("Interaction endpoints are not bound to the bot's Global Rate Limit"); default 50 per
 *   second. Over it: 429 with `Retry-After`, `X-RateLimit-Global: true`, `X-RateLimit-Scope: global`.
 * - **Per route**: fixed-window buckets keyed by route and major parameter (for example
 *   `POST /channels/{id}/messages` per channel; default 5 per 5 s). Every answer of such a route carries
 *   `X-RateLimit-Limit`, `-Remaining`, `-Reset` (epoch s), `-Reset-After` (s) and `-Bucket`; over the
 *   bucket: 429 with `Retry-After` and `X-RateLimit-Scope: user`.
 *
 * The 429 body is Discord's `{ message, retry_after (float s), global }`; the `Retry-After` header is
 * whole seconds (ceil), which is what @discordjs/rest reads. Refused requests are not counted, so a
 * client that retries early is refused again. Tests can also force 429s with {@link FakeRateLimiter.inject}.
 */
import { FakeDiscordError } from "./api-error.js";

/** At most `limit` requests per `windowMs`. */
export interface WindowLimit {
  limit: number;
  windowMs: number;
}

/** Limits of the fake; `false` switches one off. */
export interface FakeDiscordLimits {
  global: WindowLimit | false;
  /** Bucket of `POST /channels/{channel.id}/messages`, one per channel. */
  channelMessages: WindowLimit | false;
}

/** Discord's published global limit and its usual message bucket. */
export const DEFAULT_DISCORD_LIMITS: FakeDiscordLimits = {
  global: { limit: 50, windowMs: 1000 },
  channelMessages: { limit: 5, windowMs: 5000 },
};

/** How a request is limited. */
export interface RateLimitedRoute {
  /** Counts towards the global limit. */
  global: boolean;
  /** Per-route bucket: key (route + major parameter), the hash Discord would name it by, its limit. */
  bucket?: { key: string; hash: string; limit: WindowLimit | false };
  /** For matching injected 429s, e.g. `POST /channels/123/messages`. */
  description: string;
}

/** A forced 429 for tests. */
export interface InjectedRateLimit {
  scope: "global" | "user";
  retryAfterSeconds: number;
  /** Only requests whose description matches; default all limited routes. */
  match?: (description: string) => boolean;
}

interface Bucket {
  resetAt: number;
  used: number;
}

/** Tracks the windows and answers 429s. */
export class FakeRateLimiter {
  private readonly globalStamps: number[] = [];
  private readonly buckets = new Map<string, Bucket>();
  private readonly injected: InjectedRateLimit[] = [];

  private readonly limits: FakeDiscordLimits;
  private readonly clock: () => number;

  constructor(limits: FakeDiscordLimits, clock: () => number) {
    this.limits = limits;
    this.clock = clock;
  }

  /** Forces the next matching request(s) to get a 429 (one per call). */
  inject(limit: InjectedRateLimit): void {
    this.injected.push(limit);
  }

  /** Throws the 429 Discord would send, or records the request and returns its rate-limit headers. */
  admit(route: RateLimitedRoute): Record<string, string> {
    const now = this.clock();
    const forced = this.injected.findIndex((limit) => limit.match?.(route.description) ?? true);
    if (forced >= 0) {
      const [limit] = this.injected.splice(forced, 1);
      if (limit) throw tooManyRequests(limit.retryAfterSeconds * 1000, limit.scope, limit.scope === "user" ? this.bucketHeaders(route, now, true) : {});
    }
    const global = this.limits.global;
    if (route.global && global !== false) {
      prune(this.globalStamps, now - global.windowMs);
      if (this.globalStamps.length >= global.limit) {
        const oldest = this.globalStamps[this.globalStamps.length - global.limit] ?? now;
        throw tooManyRequests(Math.max(1, oldest + global.windowMs - now), "global", {});
      }
    }
    const headers = this.bucketHeaders(route, now, false);
    if (headers["x-ratelimit-remaining"] === "-1") {
      const bucket = this.buckets.get(route.bucket?.key ?? "");
      throw tooManyRequests(Math.max(1, (bucket?.resetAt ?? now) - now), "user", { ...headers, "x-ratelimit-remaining": "0" });
    }
    if (route.global && global !== false) this.globalStamps.push(now);
    return headers;
  }

  /** Headers of the route's bucket after counting this request (remaining -1: over the limit). */
  private bucketHeaders(route: RateLimitedRoute, now: number, refused: boolean): Record<string, string> {
    const spec = route.bucket;
    if (!spec || spec.limit === false) return {};
    let bucket = this.buckets.get(spec.key);
    if (!bucket || bucket.resetAt <= now) {
      bucket = { resetAt: now + spec.limit.windowMs, used: 0 };
      this.buckets.set(spec.key, bucket);
    }
    const over = refused || bucket.used >= spec.limit.limit;
    if (!over) bucket.used += 1;
    return {
      "x-ratelimit-limit": String(spec.limit.limit),
      "x-ratelimit-remaining": over ? (refused ? "0" : "-1") : String(spec.limit.limit - bucket.used),
      "x-ratelimit-reset": (bucket.resetAt / 1000).toFixed(3),
      "x-ratelimit-reset-after": ((bucket.resetAt - now) / 1000).toFixed(3),
      "x-ratelimit-bucket": spec.hash,
    };
  }
}

function tooManyRequests(waitMs: number, scope: "global" | "user", headers: Record<string, string>): FakeDiscordError {
  const seconds = waitMs / 1000;
  return new FakeDiscordError(429, 0, "You are being rate limited.", {
    headers: {
      ...headers,
      "retry-after": String(Math.max(1, Math.ceil(seconds))),
      "x-ratelimit-scope": scope,
      ...(scope === "global" ? { "x-ratelimit-global": "true" } : {}),
    },
    extraBody: { retry_after: Number(seconds.toFixed(3)), global: scope === "global" },
  });
}

/** Drops timestamps at or before `cutoff`. */
function prune(stamps: number[], cutoff: number): void {
  let drop = 0;
  while (drop < stamps.length && (stamps[drop] ?? Number.POSITIVE_INFINITY) <= cutoff) drop += 1;
  stamps.splice(0, drop);
}
