/**
 * ArticleStore on keyv: articles and dedupe keys in two keyv namespaces with the retention as TTL,
 * listings through the backend's article index (see docs/adr/0003-storage.md).
 */
import { createHash } from "node:crypto";
import type { Article } from "../../core/model.js";
import type { ArticleStore, DedupeKeys } from "../../core/ports.js";
import { createKeyvCache } from "./keyv-cache.js";
import { articleIdSchema, articleSchema } from "./schemas.js";
import type { StoreBackend } from "./store-backend.js";

/** The most articles one listing returns, whatever `limit` asks for. */
export const MAX_LIST_LIMIT = 1000;

/** Dedupe keys in lookup order, each with the short tag it is stored under. */
const DEDUPE_ORDER = [
  ["guid", "guid"],
  ["url", "url"],
  ["titleFingerprint", "title"],
] as const;

/** Dedupe keys are hashed: guids and URLs can be long and contain anything. */
function dedupeKey(tag: string, value: string): string {
  return `${tag}:${createHash("sha256").update(value).digest("hex").slice(0, 40)}`;
}

function presentDedupeKeys(keys: DedupeKeys): string[] {
  const present: string[] = [];
  for (const [field, tag] of DEDUPE_ORDER) {
    const value = keys[field];
    if (value !== undefined && value !== "") present.push(dedupeKey(tag, value));
  }
  return present;
}

function clampLimit(limit: number): number {
  return Number.isFinite(limit) ? Math.max(0, Math.min(MAX_LIST_LIMIT, Math.floor(limit))) : 0;
}

function clampSince(since: number): number {
  if (Number.isNaN(since)) return 0;
  return Math.max(Number.MIN_SAFE_INTEGER, Math.min(Number.MAX_SAFE_INTEGER, since));
}

/** Creates the keyv ArticleStore; every entry expires `retentionMs` after it is saved. */
export function createKeyvArticleStore(backend: StoreBackend, retentionMs: number): ArticleStore {
  const articles = createKeyvCache(backend, { name: "articles", schema: articleSchema, ttlMs: retentionMs });
  const dedupe = createKeyvCache(backend, { name: "dedupe", schema: articleIdSchema, ttlMs: retentionMs });

  const list = async (sectionId: string | undefined, since: number, limit: number): Promise<Article[]> => {
    const wanted = clampLimit(limit);
    if (wanted === 0) return [];
    const ids = await backend.articleIndex.query({ sectionId, since: clampSince(since), limit: wanted, now: Date.now() });
    const found = await articles.getMany(ids);
    // An id whose article is gone expired between the index and the read; a section mismatch is a
    // leftover index entry of an article that was saved again under another section.
    return found.filter(
      (article): article is Article => article !== undefined && (sectionId === undefined || article.sectionId === sectionId),
    );
  };

  return {
    get: (id) => articles.get(id),
    async getMany(ids) {
      const found = await articles.getMany(ids);
      return found.filter((article): article is Article => article !== undefined);
    },
    async findDuplicate(keys) {
      const candidates = presentDedupeKeys(keys);
      if (candidates.length === 0) return undefined;
      const ids = await dedupe.getMany(candidates);
      return ids.find((id) => id !== undefined);
    },
    async findDuplicates(keysList) {
      const candidates = keysList.map(presentDedupeKeys);
      const all = [...new Set(candidates.flat())];
      if (all.length === 0) return keysList.map(() => undefined);
      const found = new Map<string, string>();
      (await dedupe.getMany(all)).forEach((id, index) => {
        if (id !== undefined) found.set(all[index]!, id);
      });
      return candidates.map((keys) => keys.map((key) => found.get(key)).find((id) => id !== undefined));
    },
    async saveMany(entries) {
      if (entries.length === 0) return;
      const now = Date.now();
      // Same order as save(): articles, index, then dedupe keys.
      await articles.setMany(entries.map(({ article }) => ({ key: article.id, value: article })));
      await backend.articleIndex.addMany(
        entries.map(({ article: { id, sectionId, publishedAt, firstSeenAt } }) => ({ id, sectionId, publishedAt, firstSeenAt, expiresAt: now + retentionMs })),
        now,
      );
      await dedupe.setMany(entries.flatMap(({ article, keys }) => presentDedupeKeys(keys).map((key) => ({ key, value: article.id }))));
    },
    async save(article, keys) {
      const now = Date.now();
      await articles.set(article.id, article);
      const { id, sectionId, publishedAt, firstSeenAt } = article;
      await backend.articleIndex.add({ id, sectionId, publishedAt, firstSeenAt, expiresAt: now + retentionMs }, now);
      // Dedupe keys last: if a write above fails, the item is seen as new and saved again next time,
      // rather than being recorded as a duplicate of an article that was never fully stored.
      await dedupe.setMany(presentDedupeKeys(keys).map((key) => ({ key, value: id })));
    },
    listSection: (sectionId, since, limit) => list(sectionId, since, limit),
    listRecent: (since, limit) => list(undefined, since, limit),
  };
}
