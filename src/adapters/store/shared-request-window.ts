/**
 * A platform's request window shared by every instance on one Redis (see src/core/delivery/request-window.ts):
 * one sorted set whose members are requests and whose scores are the times they stop counting, `windowMs`
 * after their answer. A request in flight counts until `inFlightMs + windowMs` after its start (the
 * longest a request may take), so an instance that dies mid-request frees its places by itself.
 * Time is Redis's own clock (TIME), one clock for every instance; tests may pass a time instead.
 */
import { randomBytes } from "node:crypto";
import type { RequestWindow } from "../../core/delivery/request-window.js";
import type { RedisScriptClient } from "./shared-pacer.js";

const NOW = `
local now = tonumber(ARGV[1])
if now == nil then
  local time = redis.call('TIME')
  now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
end`;

// Enters if fewer than `limit` requests count; otherwise answers when the next place frees up.
const ENTER = `${NOW}
local limit = tonumber(ARGV[2])
local window = tonumber(ARGV[3])
local inFlight = tonumber(ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local count = redis.call('ZCARD', KEYS[1])
if count < limit then
  redis.call('ZADD', KEYS[1], string.format('%.17g', now + inFlight + window), ARGV[5])
  redis.call('PEXPIRE', KEYS[1], math.ceil(inFlight + window))
  return 'entered'
end
local freeing = redis.call('ZRANGE', KEYS[1], count - limit, count - limit, 'WITHSCORES')
return string.format('%.17g', tonumber(freeing[2]) - now)`;

// The answer came back: the request counts until a window from now (never longer than before).
const LEAVE = `${NOW}
redis.call('ZADD', KEYS[1], 'XX', 'LT', string.format('%.17g', now + tonumber(ARGV[2])), ARGV[3])
return 1`;

/** Options of {@link createRedisRequestWindow}. */
export interface RedisRequestWindowOptions {
  /** The longest a request may stay in flight before it stops counting; default 60 s. */
  inFlightMs?: number;
  /** Longest pause before asking again while the window is full; default 20 ms. */
  pollMs?: number;
  /** Replaces Redis's clock (tests). */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** A {@link RequestWindow} of `limit` requests per `windowMs` under `key`, shared through Redis. */
export function createRedisRequestWindow(client: RedisScriptClient, key: string, limit: number, windowMs: number, options: RedisRequestWindowOptions = {}): RequestWindow {
  if (!(limit >= 1) || !(windowMs > 0)) throw new RangeError("a request window needs a limit of at least 1 and a positive length");
  const inFlightMs = options.inFlightMs ?? 60_000;
  const pollMs = options.pollMs ?? 20;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const time = (): string => (options.now ? String(options.now()) : "");
  const instance = randomBytes(6).toString("hex");
  let requests = 0;
  return {
    async enter() {
      requests += 1;
      const id = `${instance}:${requests}`;
      for (;;) {
        const answer = await client.eval(ENTER, { keys: [key], arguments: [time(), String(limit), String(windowMs), String(inFlightMs), id] });
        if (answer === "entered") break;
        // A place frees when a request's window ends, or sooner if one in flight is answered.
        await sleep(Math.max(1, Math.min(pollMs, Math.ceil(Number(answer)))));
      }
      let left = false;
      return async () => {
        if (left) return;
        left = true;
        await client.eval(LEAVE, { keys: [key], arguments: [time(), String(windowMs), id] });
      };
    },
  };
}
