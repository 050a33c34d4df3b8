/**
 * A pacer shared by every instance on one Redis, so that several instances of one bot together stay
 * under the platform's global rate. With SQLite (one process) the local pacer is used.
 *
 * The script is the GCRA of src/core/delivery/pacer.ts (`reserveSlot`), the same operations in the same order
 * on the same doubles: the state is stored with 17 significant digits and the wait is returned as
 * text (a Lua number returned to Redis would be truncated to an integer), so a sequence of
 * reservations gets exactly the schedule the local pacer would give. Time is Redis's own clock
 * (TIME), one clock for every instance whatever their hosts' clocks say; tests may pass a time
 * instead. The key expires once its state no longer matters (its `tat` is in the past).
 */
import { type Pacer, pacerInterval } from "../../core/delivery/pacer.js";

/** What the shared pacer and request window need from node-redis. */
export interface RedisScriptClient {
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

const RESERVE = `
local now = tonumber(ARGV[1])
if now == nil then
  local time = redis.call('TIME')
  now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
end
local interval = tonumber(ARGV[2])
local burst = tonumber(ARGV[3])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(now, tat - burst * interval)
local nextTat = math.max(now, tat) + interval
redis.call('SET', KEYS[1], string.format('%.17g', nextTat), 'PX', math.ceil(nextTat - now) + 1000)
return string.format('%.17g', slot - now)`;

/**
 * A Redis-backed pacer under `key`: `perSecond` slots per second, `burst` allowed early (as
 * createLocalPacer). `now` replaces Redis's clock (for tests comparing schedules).
 */
export function createRedisPacer(client: RedisScriptClient, key: string, perSecond: number, burst: number, now?: () => number): Pacer {
  const interval = pacerInterval(perSecond, burst);
  return {
    async reserve() {
      const wait = await client.eval(RESERVE, { keys: [key], arguments: [now ? String(now()) : "", String(interval), String(burst)] });
      return Math.max(0, Math.ceil(Number(wait)));
    },
  };
}
