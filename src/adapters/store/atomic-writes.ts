/**
 * The two atomic operations keyv lacks, done below keyv on the same rows/keys keyv uses, so that
 * values written here read back through the namespace's keyv: insert-if-absent (an outbox record can
 * exist only once) and leases (one owner at a time, expiring). Atomic across processes on Redis;
 * on SQLite across the connections and processes sharing the file.
 */
import { serializeEntry, wrap } from "./envelope.js";
import type { StoreGuard } from "./store-guard.js";

/** Atomic writes on one backend. Namespaces are full (`<prefix>:<name>`). */
export interface AtomicWrites {
  /** Writes the value unless a live (unexpired) entry exists under the key; true when written. */
  insertIfAbsent(namespace: string, key: string, value: unknown, ttlMs?: number): Promise<boolean>;
  /** Takes or renews a lease: true when the key is free, expired, or already held by `owner`. */
  acquireLease(namespace: string, key: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease up if `owner` holds it. */
  releaseLease(namespace: string, key: string, owner: string): Promise<void>;
}

function entryText(value: unknown, expires: number | undefined): string {
  return serializeEntry({ value: wrap(value), expires });
}

/** The SQLite variant: one upsert with a condition, then a read of the row to see who won. */
export function createSqliteAtomicWrites(query: (sql: string, ...parameters: unknown[]) => Promise<unknown>): AtomicWrites {
  const EXPIRES = "json_extract(keyv.value, '$.expires')";
  const read = async (key: string): Promise<string | undefined> => {
    const rows = (await query("SELECT value FROM keyv WHERE key = ?", key)) as Array<{ value: string }>;
    return rows[0]?.value;
  };
  return {
    async insertIfAbsent(namespace, key, value, ttlMs) {
      const now = Date.now();
      const text = entryText(value, ttlMs === undefined ? undefined : now + ttlMs);
      const full = `${namespace}:${key}`;
      await query(
        `INSERT INTO keyv (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value
         WHERE ${EXPIRES} IS NOT NULL AND ${EXPIRES} <= ?`,
        full,
        text,
        now,
      );
      return (await read(full)) === text;
    },
    async acquireLease(namespace, key, owner, ttlMs) {
      const now = Date.now();
      const text = entryText({ owner, nonce: Math.random() }, now + ttlMs);
      const full = `${namespace}:${key}`;
      await query(
        `INSERT INTO keyv (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value
         WHERE (${EXPIRES} IS NOT NULL AND ${EXPIRES} <= ?) OR json_extract(keyv.value, '$.value.data.owner') = ?`,
        full,
        text,
        now,
        owner,
      );
      return (await read(full)) === text;
    },
    async releaseLease(namespace, key, owner) {
      await query(
        "DELETE FROM keyv WHERE key = ? AND json_extract(value, '$.value.data.owner') = ?",
        `${namespace}:${key}`,
        owner,
      );
    },
  };
}

/** What the Redis variant needs from node-redis. */
export interface RedisScriptClient {
  set(key: string, value: string, options: { condition: "NX"; expiration?: { type: "PX"; value: number } }): Promise<string | null>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

const ACQUIRE = `
local current = redis.call('GET', KEYS[1])
if current then
  local ok, decoded = pcall(cjson.decode, current)
  if not (ok and decoded.value and decoded.value.data and decoded.value.data.owner == ARGV[2]) then return 0 end
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
return 1`;

const RELEASE = `
local current = redis.call('GET', KEYS[1])
if not current then return 0 end
local ok, decoded = pcall(cjson.decode, current)
if ok and decoded.value and decoded.value.data and decoded.value.data.owner == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/** The Redis variant: SET NX PX and small Lua scripts on @keyv/redis's key layout (`<namespace>::<key>`). */
export function createRedisAtomicWrites(client: RedisScriptClient): AtomicWrites {
  return {
    async insertIfAbsent(namespace, key, value, ttlMs) {
      const expires = ttlMs === undefined ? undefined : Date.now() + ttlMs;
      const result = await client.set(`${namespace}::${key}`, entryText(value, expires), {
        condition: "NX",
        ...(ttlMs === undefined ? {} : { expiration: { type: "PX" as const, value: ttlMs } }),
      });
      return result === "OK";
    },
    async acquireLease(namespace, key, owner, ttlMs) {
      const text = entryText({ owner, nonce: Math.random() }, Date.now() + ttlMs);
      const result = await client.eval(ACQUIRE, { keys: [`${namespace}::${key}`], arguments: [text, owner, String(ttlMs)] });
      return result === 1;
    },
    async releaseLease(namespace, key, owner) {
      await client.eval(RELEASE, { keys: [`${namespace}::${key}`], arguments: [owner] });
    },
  };
}

/** The same operations, each run through the backend's guard (deadline, closed check, StoreError). */
export function guardAtomicWrites(guard: StoreGuard, atomic: AtomicWrites): AtomicWrites {
  return {
    insertIfAbsent: (...args) => guard.run("insert if absent", () => atomic.insertIfAbsent(...args)),
    acquireLease: (...args) => guard.run("acquire lease", () => atomic.acquireLease(...args)),
    releaseLease: (...args) => guard.run("release lease", () => atomic.releaseLease(...args)),
  };
}
