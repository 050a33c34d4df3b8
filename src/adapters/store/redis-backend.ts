/**
 * The Redis backend: one node-redis connection per store set, shared by one @keyv/redis adapter per
 * namespace (keys `<prefix>:<name>::<key>`), plus sorted sets for the article index.
 *
 * Outages: node-redis keeps commands in an offline queue while it reconnects, forever by default.
 * Here every command carries a timeout that also covers its time in that queue, the connect attempt
 * is bounded, reconnection keeps trying with a capped backoff (so the store heals when Redis is
 * back), and the store guard adds an overall deadline on top. A call during an outage therefore
 * rejects with a retryable StoreError within a few seconds.
 */
import { Keyv } from "keyv";
import KeyvRedis, { createClient } from "@keyv/redis";
import { StoreError, describeError } from "../../core/errors.js";
import { deserializeEntry, serializeEntry } from "./envelope.js";
import { createRedisAtomicWrites, guardAtomicWrites } from "./atomic-writes.js";
import { createRedisPacer } from "./shared-pacer.js";
import { createRedisArticleIndex } from "./redis-article-index.js";
import { createRedisKeyRegistry } from "./redis-key-registry.js";
import type { StoreBackend } from "./store-backend.js";
import { createStoreGuard } from "./store-guard.js";

/** Options of {@link createRedisBackend}. */
export interface RedisBackendOptions {
  url: string;
  /** host:port/db without credentials, for messages. */
  display: string;
  prefix: string;
  timeoutMs: number;
}

/** Connects (in the background) to Redis and returns the backend. Never waits for Redis to be up. */
export function createRedisBackend(options: RedisBackendOptions): StoreBackend {
  // The command timeout bounds waiting in the offline queue; keep it under the guard's deadline.
  const commandTimeoutMs = Math.max(100, Math.floor(options.timeoutMs * 0.6));
  const client = createClient({
    url: options.url,
    socket: {
      connectTimeout: commandTimeoutMs,
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2000),
    },
    commandOptions: { timeout: commandTimeoutMs },
  });
  let lastConnectionError: string | undefined;
  client.on("error", (error: unknown) => {
    lastConnectionError = describeError(error);
  });
  client.on("ready", () => {
    lastConnectionError = undefined;
  });
  // Resolves once ready; with a retrying reconnect strategy it does not reject while Redis is down.
  client.connect().catch((error: unknown) => {
    lastConnectionError = describeError(error);
  });
  // Every @keyv/redis adapter adds its own listeners to the shared client.
  client.setMaxListeners(100);

  const label = `Redis ${options.display}`;
  const guard = createStoreGuard({ timeoutMs: options.timeoutMs, label, lastConnectionError: () => lastConnectionError });
  const index = createRedisArticleIndex(client, options.prefix);
  const namespaceOf = (name: string): string => `${options.prefix}:${name}`;

  return {
    guard,
    atomic: guardAtomicWrites(guard, createRedisAtomicWrites(client)),
    createPacer(name, perSecond, burst) {
      const pacer = createRedisPacer(client, `${namespaceOf("pacer")}::${name}`, perSecond, burst);
      return { reserve: () => guard.run("reserve a send slot", () => pacer.reserve()) };
    },
    articleIndex: {
      add: (entry, now) => guard.run("index article", () => index.add(entry, now)),
      addMany: (entries, now) => guard.run("index articles", () => index.addMany(entries, now)),
      query: (request) => guard.run("list articles", () => index.query(request)),
    },
    namespaceOf,
    createKeyv(name) {
      const namespace = namespaceOf(name);
      // Its own adapter per Keyv (Keyv writes `store.namespace`); the adapter prefixes keys itself,
      // hence useKeyPrefix: false. throwOnErrors on both, or errors turn into `undefined`.
      const adapter = new KeyvRedis(client, { namespace, throwOnErrors: true, throwOnConnectError: true });
      return new Keyv<unknown>(adapter, {
        namespace,
        useKeyPrefix: false,
        throwOnErrors: true,
        serialize: serializeEntry,
        deserialize: deserializeEntry,
      });
    },
    keyRegistry: (name) => createRedisKeyRegistry(client, namespaceOf(name)),
    // Redis expires keys itself (PX), and the index scripts prune their sets as they go.
    sweepExpired: async () => undefined,
    async close() {
      guard.markClosed();
      if (!client.isOpen) return;
      if (!client.isReady) {
        client.destroy();
        return;
      }
      try {
        await client.close();
      } catch (error) {
        throw new StoreError(`${label}: close failed: ${describeError(error)}`, false, { cause: error });
      }
    },
  };
}
