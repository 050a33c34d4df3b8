/**
 * Harnesses that run the store contracts against createKeyvStores: each harness is one fresh
 * namespace prefix on a real SQLite file or the real Redis.
 */
import { randomBytes } from "node:crypto";
import KeyvSqlite from "@keyv/sqlite";
import { createClient } from "@keyv/redis";
import type { StoreHarness } from "../../contract/store-harness.js";
import { type KeyvStores, createKeyvStores } from "../../../src/adapters/store/create-keyv-stores.js";

/** The default retention in harnesses: long enough never to matter. */
const DAY = 86_400_000;

/** A backend under test: its STORE_URL and how to write a raw value behind the store's back. */
export interface RawBackend {
  url: string;
  /** Writes `raw` as the stored text of `key` in namespace `<prefix>:<name>`; fails if the key is absent. */
  overwrite(prefix: string, name: string, key: string, raw: string): Promise<void>;
  close(): Promise<void>;
}

/** Makes a harness per call, each on its own prefix, exposing one port of the stores. */
export function keyvHarnessFactory<P>(
  backend: RawBackend,
  runPrefix: string,
  pick: (stores: KeyvStores) => P,
  namespace: string,
): () => StoreHarness<P> {
  let counter = 0;
  return () => {
    const prefix = `${runPrefix}-${(counter += 1)}`;
    return {
      async open(options) {
        const stores = await createKeyvStores({ url: backend.url, retentionMs: options?.retentionMs ?? DAY, namespacePrefix: prefix });
        return { store: pick(stores), close: () => stores.close() };
      },
      corrupt: (key, raw) => backend.overwrite(prefix, namespace, key, raw),
    };
  };
}

/** A unique prefix for one test run, so runs sharing a Redis never see each other. */
export function uniqueRunPrefix(label: string): string {
  return `newsdesk-test-${label}-${process.pid}-${randomBytes(4).toString("hex")}`;
}

/** Raw access to a SQLite file through @keyv/sqlite's own connection, opened on first use. */
export function sqliteRawBackend(file: string): RawBackend {
  let opened: KeyvSqlite | undefined;
  return {
    url: `sqlite://${file}`,
    async overwrite(prefix, name, key, value) {
      const raw = (opened ??= new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: 3000 }));
      const fullKey = `${prefix}:${name}:${key}`;
      const rows = (await raw.query("SELECT key FROM keyv WHERE key = ?", fullKey)) as unknown[];
      if (rows.length !== 1) throw new Error(`no row ${fullKey}`);
      await raw.query("UPDATE keyv SET value = ? WHERE key = ?", value, fullKey);
    },
    close: async () => opened?.disconnect(),
  };
}

/** Raw access to Redis through a plain node-redis client; `close` deletes every key of the run. */
export function redisRawBackend(url: string, runPrefix: string): RawBackend {
  const client = createClient({ url });
  const connected = client.connect();
  return {
    url,
    async overwrite(prefix, name, key, value) {
      await connected;
      const fullKey = `${prefix}:${name}::${key}`;
      if ((await client.exists(fullKey)) !== 1) throw new Error(`no key ${fullKey}`);
      await client.set(fullKey, value, { KEEPTTL: true });
    },
    async close() {
      await connected;
      for await (const keys of client.scanIterator({ MATCH: `${runPrefix}*`, COUNT: 1000 })) {
        if (keys.length > 0) await client.unlink(keys);
      }
      await client.close();
    },
  };
}
