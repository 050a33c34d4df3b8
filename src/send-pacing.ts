/**
 * Part of the composition root: how the platforms' global send rates are shared by the instances of
 * one bot. With `REDIS_URL`, a GCRA pacer and a request window in Redis (one clock, sub-millisecond
 * round trips: the tightest pacing); otherwise, on PostgreSQL, the pacer in the store (each
 * instance then guards its own requests' window); on SQLite, one process, nothing to share.
 */
import { createClient } from "@keyv/redis";
import { createRedisPacer, type RedisScriptClient } from "./adapters/store/shared-pacer.js";
import { createRedisRequestWindow } from "./adapters/store/shared-request-window.js";
import type { Stores } from "./adapters/store/create-stores.js";
import type { Pacer } from "./core/delivery/pacer.js";
import type { Logger } from "./core/shared/ports.js";
import type { RequestWindow } from "./core/delivery/request-window.js";

/** The shared pacing of one deployment. */
export interface SendPacing {
  /** What a platform adapter is given to pace with the other instances (nothing on SQLite). */
  shared(name: string, perSecond: number, burst: number, windowLimit: number): { sharedPacer?: Pacer; sharedWindow?: RequestWindow };
  close(): Promise<void>;
}

/**
 * Opens the pacing: Redis when `redisUrl` is set, else the store. Rejects when Redis cannot be
 * reached, at the first failure (start-up retries, saying so; see start/reach-dependency.ts); once
 * connected, the client reconnects by itself.
 */
export async function createSendPacing(options: { redisUrl?: string; stores: Stores; logger: Logger; prefix: string }): Promise<SendPacing> {
  if (options.redisUrl) {
    let connected = false;
    const client = createClient({
      url: options.redisUrl,
      socket: { connectTimeout: 5_000, reconnectStrategy: (retries: number, cause: Error) => (connected ? Math.min(500 * (retries + 1), 5_000) : cause) },
    });
    client.on("ready", () => (connected = true));
    client.on("error", (error: unknown) => {
      if (connected) options.logger.warn({ error: error instanceof Error ? error.message : String(error) }, "redis (send pacing): connection problem");
    });
    try {
      await client.connect();
    } catch (error) {
      // The client may have closed itself already.
      if (client.isOpen) client.destroy();
      throw error;
    }
    const scripts: RedisScriptClient = { eval: (script, args) => client.eval(script, args) };
    return {
      shared: (name, perSecond, burst, windowLimit) => ({
        sharedPacer: createRedisPacer(scripts, `${options.prefix}:pacer:${name}`, perSecond, burst),
        sharedWindow: createRedisRequestWindow(scripts, `${options.prefix}:window:${name}`, windowLimit, 1_000),
      }),
      close: async () => {
        await client.close().catch(() => undefined);
      },
    };
  }
  return {
    shared: (name, perSecond, burst) => {
      const sharedPacer = options.stores.createPacer(name, perSecond, burst);
      return sharedPacer ? { sharedPacer } : {};
    },
    close: async () => undefined,
  };
}

/** Whether Redis refused the settings themselves (a database index out of range, a wrong password): retrying cannot help. */
export function isRedisSettingRefused(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /DB index is out of range|WRONGPASS|NOAUTH|invalid password/iu.test(message);
}
