/**
 * What the keyv stores need from a backend (SQLite or Redis) beyond plain keyv: fresh Keyv
 * instances, listing the keys of one namespace, the article index, and the call guard.
 */
import type { Keyv } from "keyv";
import type { Pacer } from "../../core/pacer.js";
import type { AtomicWrites } from "./atomic-writes.js";
import type { StoreGuard } from "./store-guard.js";

/** One article as the listing index sees it. */
export interface ArticleIndexEntry {
  id: string;
  sectionId: string;
  publishedAt: number;
  firstSeenAt: number;
  /** Epoch ms after which the entry no longer lists. */
  expiresAt: number;
}

/** A listing query: one section, or every section when `sectionId` is absent. */
export interface ArticleIndexQuery {
  sectionId?: string;
  since: number;
  limit: number;
  now: number;
}

/**
 * The section index behind `listSection` / `listRecent`. Adding is a single atomic write per
 * entry, so concurrent writers never lose each other's entries.
 */
export interface ArticleIndex {
  /** Adds or replaces one entry; `now` is when the entry was written (expired entries go first). */
  add(entry: ArticleIndexEntry, now: number): Promise<void>;
  /** Adds several entries, with as few writes as the backend allows. */
  addMany(entries: readonly ArticleIndexEntry[], now: number): Promise<void>;
  /**
   * Ids of unexpired entries with `publishedAt >= since || firstSeenAt >= since`, newest
   * `publishedAt` first (ties: id descending), at most `limit`.
   */
  query(query: ArticleIndexQuery): Promise<string[]>;
}

/**
 * The keys of one listable namespace. Writers call `add` before and after writing a value and
 * `remove` before deleting one; with that order, a stored value always has its key registered
 * even when a put and a delete of the same key race (stale keys are possible, and harmless).
 */
export interface KeyRegistry {
  add(keys: string[]): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** Keys (without namespace) that may be stored; may include expired or deleted ones. */
  list(): Promise<string[]>;
  /** Forgets those of `keys` whose value is gone, checking each atomically. */
  forgetMissing(keys: string[]): Promise<void>;
}

/** A keyv backend with everything the stores of one STORE_URL share. */
export interface StoreBackend {
  /** Runs every store call: deadline, closed check, StoreError mapping. */
  readonly guard: StoreGuard;
  readonly articleIndex: ArticleIndex;
  /** A new Keyv (with its own adapter instance) for the namespace `<prefix>:<name>`. */
  createKeyv(name: string): Keyv<unknown>;
  /** The full keyv namespace for `name`, as used in messages (`<prefix>:<name>`). */
  namespaceOf(name: string): string;
  /** Insert-if-absent and leases, atomic across processes sharing the store. */
  readonly atomic: AtomicWrites;
  /** A pacer shared by every process on this store (Redis), or local to this process (SQLite). */
  createPacer(name: string, perSecond: number, burst: number): Pacer;
  /** Tracks the keys of a namespace whose entries must be listable. */
  keyRegistry(name: string): KeyRegistry;
  /** Deletes expired rows the backend does not expire by itself (SQLite). */
  sweepExpired(now: number): Promise<void>;
  close(): Promise<void>;
}
