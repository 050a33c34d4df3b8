/**
 * A typed, validated keyv namespace: the building block of every keyv store here, reusable for
 * later ones (summary cache, outbox).
 */
import type { Keyv } from "keyv";
import type { z } from "zod";
import { unwrap, wrap } from "./envelope.js";
import type { StoreGuard } from "./store-guard.js";

/** Where keyv namespaces come from: @keyv/sqlite or @keyv/postgres on the store's database. */
export interface KeyvSource {
  readonly guard: StoreGuard;
  /** A Keyv for the namespace `<prefix>:<name>`, whose errors surface (never a silent `undefined`). */
  createKeyv(name: string): Keyv<unknown>;
  namespaceOf(name: string): string;
}

/** Options of {@link createKeyvCache}. */
export interface KeyvCacheOptions<T> {
  /** `[a-z0-9-]{1,32}`, under the store prefix, e.g. `articles` (keys become `<prefix>:articles:<key>`). */
  name: string;
  /** Checked on every read; a mismatch is a StoreError naming the key. */
  schema: z.ZodType<T>;
  /** Default time to live of entries (ms); absent: entries never expire. */
  ttlMs?: number;
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
}

/** Reads are chunked so that one statement / MGET stays small. */
const READ_CHUNK = 500;

/** Creates a typed keyv namespace on a backend. */
export function createKeyvCache<T>(backend: KeyvSource, options: KeyvCacheOptions<T>): KeyvCache<T> {
  // No ':' in names: a namespace must not fall inside another one's key range.
  if (!/^[a-z0-9-]{1,32}$/.test(options.name)) throw new Error(`invalid cache name "${options.name}"`);
  const keyv = backend.createKeyv(options.name);
  const namespace = backend.namespaceOf(options.name);
  const { guard } = backend;
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
    if (entries.length === 1) {
      const [entry] = entries as [KeyvCacheEntry<T>];
      await keyv.set(entry.key, wrap(entry.value), entry.ttlMs ?? options.ttlMs);
    } else {
      await keyv.setMany(
        entries.map((entry) => ({ key: entry.key, value: wrap(entry.value), ttl: entry.ttlMs ?? options.ttlMs })),
      );
    }
  };

  return {
    get: (key) => guard.run(`get ${namespace}`, async () => decode(key, await keyv.get(key))),
    getMany: (keys) => guard.run(`getMany ${namespace}`, () => getMany(keys)),
    set: (key, value, ttlMs) => guard.run(`set ${namespace}`, () => setMany([{ key, value, ttlMs }])),
    setMany: (entries) => guard.run(`setMany ${namespace}`, () => setMany(entries)),
    delete: (key) =>
      guard.run(`delete ${namespace}`, async () => {
        await keyv.delete(key);
      }),
  };
}
