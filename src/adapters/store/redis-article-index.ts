/**
 * The article index on Redis: per scope (one section, or all sections) three sorted sets of
 * article ids, scored by publishedAt, firstSeenAt and expiry time. ZADD is atomic, so processes
 * sharing one Redis never lose each other's entries; both scripts below run atomically.
 */
import type { ArticleIndex, ArticleIndexEntry, ArticleIndexQuery } from "./store-backend.js";

/** The part of the node-redis client the index uses. */
export interface RedisScriptClient {
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

/** Removes expired ids (score <= now) from the three sets of the scope at KEYS[base+1..base+3]. */
const PRUNE = `
local function prune(base, now)
  repeat
    local expired = redis.call('ZRANGEBYSCORE', KEYS[base + 3], '-inf', now, 'LIMIT', 0, 500)
    if #expired > 0 then
      for k = 1, 3 do redis.call('ZREM', KEYS[base + k], unpack(expired)) end
    end
  until #expired < 500
end
`;

/** KEYS: section published/seen/expires, all published/seen/expires. ARGV: id, published, seen, expires, now. */
const ADD = `${PRUNE}
local ttl = math.floor(tonumber(ARGV[4]) - tonumber(ARGV[5]))
for base = 0, 3, 3 do
  prune(base, ARGV[5])
  for k = 1, 3 do
    redis.call('ZADD', KEYS[base + k], ARGV[k + 1], ARGV[1])
    -- A set lives as long as its longest-lived entry, so an abandoned section cleans itself up.
    if ttl > 0 and redis.call('PTTL', KEYS[base + k]) < ttl then redis.call('PEXPIRE', KEYS[base + k], ttl) end
  end
end
return 1
`;

/**
 * KEYS: published, seen, expires of one scope. ARGV: since, limit, now.
 * First the ids published since `since` (newest first, ties by id descending, like ZREVRANGE);
 * if that is short of `limit`, the ids first seen since `since` but published before it.
 */
const QUERY = `${PRUNE}
local since, limit = tonumber(ARGV[1]), tonumber(ARGV[2])
prune(0, ARGV[3])
local result = redis.call('ZREVRANGEBYSCORE', KEYS[1], '+inf', ARGV[1], 'LIMIT', 0, limit)
if #result >= limit then return result end
local older = {}
for _, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[2], ARGV[1], '+inf')) do
  local published = tonumber(redis.call('ZSCORE', KEYS[1], id))
  if published ~= nil and published < since then table.insert(older, { id, published }) end
end
table.sort(older, function(a, b)
  if a[2] ~= b[2] then return a[2] > b[2] end
  return a[1] > b[1]
end)
for i = 1, math.min(#older, limit - #result) do table.insert(result, older[i][1]) end
return result
`;

/** Creates the Redis article index under `<prefix>:article-index:`. */
export function createRedisArticleIndex(client: RedisScriptClient, prefix: string): ArticleIndex {
  const scopeKeys = (sectionId: string | undefined): string[] => {
    const scope = sectionId === undefined ? `${prefix}:article-index:all` : `${prefix}:article-index:section:${sectionId}`;
    return [`${scope}:published`, `${scope}:seen`, `${scope}:expires`];
  };
  const add = async (entry: ArticleIndexEntry, now: number): Promise<void> => {
    await client.eval(ADD, {
      keys: [...scopeKeys(entry.sectionId), ...scopeKeys(undefined)],
      arguments: [entry.id, ...[entry.publishedAt, entry.firstSeenAt, entry.expiresAt, now].map(String)],
    });
  };
  return {
    add,
    // node-redis pipelines concurrent commands on one connection; each script stays atomic.
    async addMany(entries: readonly ArticleIndexEntry[], now: number) {
      await Promise.all(entries.map((entry) => add(entry, now)));
    },
    async query({ sectionId, since, limit, now }: ArticleIndexQuery) {
      const ids = await client.eval(QUERY, {
        keys: scopeKeys(sectionId),
        arguments: [since, limit, now].map(String),
      });
      return Array.isArray(ids) ? ids.map(String) : [];
    },
  };
}
