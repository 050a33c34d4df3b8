/** The ports of articles: the store and the keys an article is deduplicated by. */
import type { Article } from "./article.js";

/** The keys an article is deduplicated by, most reliable first. */
export interface DedupeKeys {
  guid?: string;
  url?: string;
  titleFingerprint?: string;
}

/** Stored articles. All methods reject with `StoreError` when the store fails. */
export interface ArticleStore {
  get(id: string): Promise<Article | undefined>;
  getMany(ids: string[]): Promise<Article[]>;
  /** The id of an already stored article matching any of the keys, checked in order guid, url, title. */
  findDuplicate(keys: DedupeKeys): Promise<string | undefined>;
  /** For each set of keys, the id of an already stored article matching any of them (as findDuplicate). */
  findDuplicates(keys: readonly DedupeKeys[]): Promise<Array<string | undefined>>;
  /** Stores the article and its dedupe keys, all expiring after the retention period. */
  save(article: Article, keys: DedupeKeys): Promise<void>;
  /** Stores several articles (one fetch's new items) with few round trips. */
  saveMany(entries: readonly { article: Article; keys: DedupeKeys }[]): Promise<void>;
  /**
   * Stores the entries that are new, atomically across connections and instances, in one
   * transaction: an entry is new when no stored (unexpired) article holds any of its keys or its
   * id, and no earlier entry of `entries` shares one. Resolves the new entries' articles, in order.
   * Whatever the interleaving of concurrent calls, an item is stored, and reported, once.
   */
  saveNew(entries: readonly { article: Article; keys: DedupeKeys }[]): Promise<Article[]>;
  /** Articles of a section first seen or published at or after `since`, newest first, at most `limit`. */
  listSection(sectionId: string, since: number, limit: number): Promise<Article[]>;
  /** Articles of any section, newest first. */
  listRecent(since: number, limit: number): Promise<Article[]>;
  /**
   * Every stored article in id order after `afterId` (from the first when undefined), at most
   * `limit` (capped like the listings): one pass over the whole store, page by page (migrations).
   */
  listAfter(afterId: string | undefined, limit: number): Promise<Article[]>;
}
