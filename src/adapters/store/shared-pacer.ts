/**
 * A pacer shared by every instance on one Redis (GCRA in one Lua script), so that several instances
 * of one bot together stay under the platform's global rate. With SQLite (one process) the local
 * pacer is used.
 */
import type { Pacer } from "../../core/pacer.js";

/** What the Redis pacer needs from node-redis. */
export interface RedisScriptClient {
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

const RESERVE = `
local now = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
local burst = tonumber(ARGV[3])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(now, tat - burst * interval)
local nextTat = math.max(now, tat) + interval
redis.call('SET', KEYS[1], tostring(nextTat), 'PX', 60000)
return tostring(math.max(0, slot - now))`;

/** A Redis-backed pacer under `key`. */
export function createRedisPacer(client: Pick<RedisScriptClient, "eval">, key: string, perSecond: number, burst: number): Pacer {
  const interval = 1000 / perSecond;
  return {
    async reserve() {
      const wait = await client.eval(RESERVE, { keys: [key], arguments: [String(Date.now()), String(interval), String(burst)] });
      return Math.ceil(Number(wait));
    },
  };
}
