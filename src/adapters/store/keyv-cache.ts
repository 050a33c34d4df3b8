/**
 * A typed, validated keyv namespace: the building block of every keyv store here, reusable for
 * later ones (summary cache, outbox).
 */
import type { z } from "zod";
import { unwrap, wrap } from "./envelope.js";
import type { StoreBackend } from "./store-backend.js";

/** Options of {@link createKeyvCache}. */
export interface KeyvCacheOptions<T> {
  /** `[a-z0-9-]{1,32}`, under the store prefix, e.g. `articles` (keys become `<prefix>:articles:<key>`). */
  name: string;
  /** Checked on every read; a mismatch is a StoreError naming the key. */
  schema: z.ZodType<T>;
  /** Default time to live of entries (ms); absent: entries never expire. */
  ttlMs?: number;
  /** Whether {@link KeyvCache.list} is needed; on Redis it costs a registry write per set/delete. */
  listable?: boolean;
}

/** An entry to write with {@link KeyvCache.setMany}. */
export interface KeyvCacheEntry<T> {
  key: string;
  value: T;
  ttlMs?: number;
}

/** A typed keyv namespace. Every method rejects with StoreError when the store fails. */
export interface KeyvCache<T> {
  get(key: string): Promise<T | undefined>;
  /** Values in the order of `keys`; `undefined` for missing or expired ones. */
  getMany(keys: string[]): Promise<Array<T | undefined>>;
  set(key: string, value: T, ttlMs?: number): Promise<void>;
  setMany(entries: Array<KeyvCacheEntry<T>>): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * Every live entry, read in one go: meant for namespaces of hundreds to a few thousand entries
   * (chats, feeds). Only for caches created with `listable: true`.
   */
  list(): Promise<Array<{ key: string; value: T }>>;
}

/** Reads are chunked so that one statement / MGET stays small. */
const READ_CHUNK = 500;

/** Creates a typed keyv namespace on a backend. */
export function createKeyvCache<T>(backend: StoreBackend, options: KeyvCacheOptions<T>): KeyvCache<T> {
  // No ':' in names: a namespace must not fall inside another one's key range.
  if (!/^[a-z0-9-]{1,32}$/.test(options.name)) throw new Error(`invalid cache name "${options.name}"`);
  const keyv = backend.createKeyv(options.name);
  const namespace = backend.namespaceOf(options.name);
  const { guard } = backend;
  const registry = options.listable ? backend.keyRegistry(options.name) : undefined;
  const decode = (key: string, stored: unknown): T | undefined =>
    stored === undefined ? undefined : unwrap(`${namespace}:${key}`, stored, options.schema);

  const getMany = async (keys: string[]): Promise<Array<T | undefined>> => {
    const values: Array<T | undefined> = [];
    for (let start = 0; start < keys.length; start += READ_CHUNK) {
      const chunk = keys.slice(start, start + READ_CHUNK);
      const stored = await keyv.getMany(chunk);
      chunk.forEach((key, index) => values.push(decode(key, stored[index])));
    }
    return values;
  };

  const setMany = async (entries: Array<KeyvCacheEntry<T>>): Promise<void> => {
    if (entries.length === 0) return;
    const keys = entries.map((entry) => entry.key);
    // Registered before and after the write: see KeyRegistry for why both.
    await registry?.add(keys);
    if (entries.length === 1) {
      const [entry] = entries as [KeyvCacheEntry<T>];
      await keyv.set(entry.key, wrap(entry.value), entry.ttlMs ?? options.ttlMs);
    } else {
      await keyv.setMany(
        entries.map((entry) => ({ key: entry.key, value: wrap(entry.value), ttl: entry.ttlMs ?? options.ttlMs })),
      );
    }
    await registry?.add(keys);
  };

  return {
    get: (key) => guard.run(`get ${namespace}`, async () => decode(key, await keyv.get(key))),
    getMany: (keys) => guard.run(`getMany ${namespace}`, () => getMany(keys)),
    set: (key, value, ttlMs) => guard.run(`set ${namespace}`, () => setMany([{ key, value, ttlMs }])),
    setMany: (entries) => guard.run(`setMany ${namespace}`, () => setMany(entries)),
    delete: (key) =>
      guard.run(`delete ${namespace}`, async () => {
        await registry?.remove([key]);
        await keyv.delete(key);
      }),
    list: () =>
      guard.run(`list ${namespace}`, async () => {
        if (!registry) throw new Error(`${namespace} was not created listable`);
        const keys = await registry.list();
        const values = await getMany(keys);
        const entries: Array<{ key: string; value: T }> = [];
        const missing: string[] = [];
        keys.forEach((key, index) => {
          const value = values[index];
          if (value === undefined) missing.push(key);
          else entries.push({ key, value });
        });
        await registry.forgetMissing(missing);
        return entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      }),
  };
}
