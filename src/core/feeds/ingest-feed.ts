/**
 * Ingestion of one feed: conditional fetch, parse, dedupe, store, and the poll schedule that follows
 * (see feed-poll-state.ts), with a hook for feed health notices.
 */
import { articleIdOf, dedupeKeysOf } from "./dedupe-keys.js";
import { FeedFetchError, IoError } from "../shared/errors.js";
import { failed, initialState, succeeded, withMoved, type IngestPolicy } from "./feed-poll-state.js";
import type { Metrics } from "../shared/metrics.js";
import type { Article } from "../articles/article.js";
import type { FeedSource, FeedState } from "./feed.js";
import type { ArticleStore, DedupeKeys } from "../articles/article-ports.js";
import type { Clock, Logger } from "../shared/ports.js";
import type { FeedFetcher, FeedParser, FeedStateStore } from "./feed-ports.js";

export type { IngestPolicy };

/** Looks at each poll's new state before it is stored (feed health notices); returns what to store. */
export interface FeedHealthReview {
  review(source: FeedSource, state: FeedState): Promise<FeedState>;
}

/** What the ports of ingestion are. */
export interface IngestDependencies {
  /** Absent: no notices about failing feeds. */
  health?: FeedHealthReview;
  fetcher: FeedFetcher;
  parser: FeedParser;
  articles: ArticleStore;
  feedStates: FeedStateStore;
  clock: Clock;
  logger: Logger;
  policy: IngestPolicy;
  /** Poll outcomes, articles ingested (recorded by pollDueFeeds); default none. */
  metrics?: Metrics;
}

/** The outcome of one poll. */
export interface IngestOutcome {
  state: FeedState;
  /** Articles stored by this poll (backfill ones included, flagged). */
  stored: Article[];
  error?: string;
  /** The poll was stopped by the caller's signal; the feed was handed back unchanged. */
  cancelled?: boolean;
  /** The server answered 304 Not Modified. */
  notModified?: boolean;
}

/** Polls one feed once and records the outcome. Never throws for feed problems; store errors propagate. */
export async function ingestFeed(
  source: FeedSource,
  dependencies: IngestDependencies,
  signal?: AbortSignal,
  /** The feed's state when the caller has just read it (a claim): saves a read. */
  known?: FeedState,
): Promise<IngestOutcome> {
  const { clock, feedStates } = dependencies;
  const previous = known ?? (await feedStates.get(source.url)) ?? initialState(source.url, clock.now());
  try {
    const fetched = await dependencies.fetcher.fetch(
      source.url,
      { ...(previous.etag ? { etag: previous.etag } : {}), ...(previous.lastModified ? { lastModified: previous.lastModified } : {}) },
      signal,
    );
    const now = clock.now();
    noteMoved(source, previous, fetched.permanentRedirect, dependencies);
    if (fetched.status === "not-modified") {
      const state = await reviewed(source, withMoved(succeeded(previous, source, now, dependencies.policy, fetched.maxAgeSeconds), fetched.permanentRedirect), dependencies);
      await feedStates.put(state);
      return { state, stored: [], notModified: true };
    }
    const feed = dependencies.parser.parse(fetched.body, {
      url: fetched.finalUrl,
      ...(fetched.contentType ? { contentType: fetched.contentType } : {}),
    });
    const backfill = !previous.initialized;
    const stored = await storeNewItems(source, feed.title, feed.items.slice(0, dependencies.policy.maxItemsPerFetch), backfill, dependencies);
    let state: FeedState = {
      ...withMoved(succeeded(previous, source, now, dependencies.policy, fetched.maxAgeSeconds), fetched.permanentRedirect),
      initialized: true,
      title: feed.title,
      itemCount: feed.items.length,
    };
    if (fetched.etag) state.etag = fetched.etag;
    else delete state.etag;
    if (fetched.lastModified) state.lastModified = fetched.lastModified;
    else delete state.lastModified;
    state = await reviewed(source, state, dependencies);
    await feedStates.put(state);
    return { state, stored };
  } catch (error) {
    if (error instanceof IoError && !(error instanceof FeedFetchError)) throw error;
    if (signal?.aborted) {
      // Stopped by the caller (shutdown), not a failure of the feed: hand it back as it was.
      await feedStates.put(previous);
      return { state: previous, stored: [], error: "cancelled", cancelled: true };
    }
    const state = await reviewed(source, failed(previous, source, clock.now(), dependencies.policy, error), dependencies);
    await feedStates.put(state);
    dependencies.logger.warn(
      { feed: source.url, failures: state.consecutiveFailures, healthy: state.healthy, error: state.lastError },
      "feed poll failed",
    );
    return { state, stored: [], error: state.lastError ?? "unknown error" };
  }
}

async function storeNewItems(
  source: FeedSource,
  feedTitle: string,
  items: ParsedItems,
  backfill: boolean,
  dependencies: IngestDependencies,
): Promise<Article[]> {
  const now = dependencies.clock.now();
  // Within one fetch, an item sharing any key with an earlier one is the same item.
  const seenKeys = new Set<string>();
  const candidates: { article: Article; keys: DedupeKeys }[] = [];
  for (const item of items) {
    if (!item.title && !item.url) continue;
    const keys = dedupeKeysOf(item, source.url);
    const keyStrings = Object.entries(keys).map(([kind, value]) => `${kind}:${value}`);
    const id = articleIdOf(keys, `${source.url}|${item.title}`);
    if (seenKeys.has(`id:${id}`) || keyStrings.some((key) => seenKeys.has(key))) continue;
    seenKeys.add(`id:${id}`);
    for (const key of keyStrings) seenKeys.add(key);
    candidates.push({ article: toArticle(id, item, source, feedTitle, backfill, now), keys });
  }
  if (candidates.length === 0) return [];
  // Known items (the steady state of polling) cost one read; the new ones are stored by one atomic
  // call that itself skips any item another feed or instance stored in between.
  const existing = await dependencies.articles.findDuplicates(candidates.map((candidate) => candidate.keys));
  const fresh = candidates.filter((_, index) => existing[index] === undefined);
  return fresh.length === 0 ? [] : dependencies.articles.saveNew(fresh);
}

function toArticle(id: string, item: ParsedItems[number], source: FeedSource, feedTitle: string, backfill: boolean, now: number): Article {
  const publishedAt = item.publishedAt !== undefined && item.publishedAt <= now ? item.publishedAt : undefined;
  const article: Article = {
    id,
    sectionId: source.sectionId,
    feedUrl: source.url,
    source: source.name ?? (feedTitle || hostName(source.url)),
    title: item.title || item.url || "(untitled)",
    url: item.url ?? source.url,
    summary: item.summary,
    publishedAt: publishedAt ?? now,
    publishedAtFromFeed: publishedAt !== undefined,
    firstSeenAt: now,
    tags: item.tags,
    backfill,
    ...(item.body ? { body: item.body } : {}),
    ...(item.author ? { author: item.author } : {}),
    ...(item.imageUrl ? { imageUrl: item.imageUrl } : {}),
    ...(item.guid ? { guid: item.guid } : {}),
  };
  return article;
}

type ParsedItems = ReturnType<IngestDependencies["parser"]["parse"]>["items"];

/**
 * Tells the operator once (per new target) that a feed moved permanently: the sources file should
 * name the new address. The old one keeps being polled (and redirected) until the operator acts.
 */
function noteMoved(source: FeedSource, previous: FeedState, movedTo: string | undefined, dependencies: IngestDependencies): void {
  if (movedTo === undefined || movedTo === previous.movedTo) return;
  dependencies.logger.warn(
    { feed: source.url, section: source.sectionId, movedTo },
    `sources file change suggested: ${source.sectionId} ${source.url} → ${movedTo} (permanent redirect)`,
  );
}

async function reviewed(source: FeedSource, state: FeedState, dependencies: IngestDependencies): Promise<FeedState> {
  return dependencies.health ? dependencies.health.review(source, state) : state;
}

function hostName(url: string): string {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}
