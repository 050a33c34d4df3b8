/**
 * One poll round: the feeds whose next poll time has come are claimed from the store's index of due
 * feeds (each by one instance at a time) and ingested, many at once. A plain async function: the
 * scheduler adapter calls it on a timer, tests call it directly.
 */
import type { Article, FeedSource, FeedState } from "./model.js";
import { ingestFeed, type IngestDependencies, type IngestOutcome } from "./ingest-feed.js";

/** Summary of a round. */
export interface PollRoundResult {
  polled: number;
  failed: number;
  /** New articles that are news (not backfill of a newly added feed). */
  fresh: Article[];
  stored: number;
  outcomes: Map<string, IngestOutcome>;
}

/** Options of {@link pollDueFeeds}. */
export interface PollOptions {
  /** Fetches in flight at once. */
  concurrency: number;
  /** Polls every feed of `feeds` now, due or not (tests, `newsdesk` tools). */
  force?: boolean;
  signal?: AbortSignal;
  /** This instance's id: the owner of its claims on feeds. */
  owner?: string;
  /** How long a claim on a feed lasts (a poll that outlives it may be repeated by another instance). */
  claimMs?: number;
  /** Most feeds claimed in one round (default: 4 × concurrency). */
  maxFeeds?: number;
}

/** Polls the due feeds among `feeds` (the configured ones), at most `concurrency` at once. */
export async function pollDueFeeds(feeds: readonly FeedSource[], dependencies: IngestDependencies, options: PollOptions): Promise<PollRoundResult> {
  const now = dependencies.clock.now();
  const byUrl = new Map(feeds.map((feed) => [feed.url, feed]));
  let due: FeedSource[];
  const known = new Map<string, FeedState>();
  if (options.force) {
    due = [...feeds];
  } else {
    const { feedStates } = dependencies;
    await feedStates.register([...byUrl.keys()], now);
    const claimed = await feedStates.claimDue(
      now,
      options.maxFeeds ?? Math.max(1, options.concurrency) * 4,
      options.owner ?? "local",
      options.claimMs ?? 120_000,
    );
    due = [];
    for (const state of claimed) {
      const feed = byUrl.get(state.url);
      // A feed no longer configured: parked for a day, so that it stops being claimed every round.
      if (feed) {
        due.push(feed);
        known.set(state.url, state);
      } else await feedStates.put({ ...state, nextPollAt: now + 86_400_000 });
    }
  }
  const outcomes = new Map<string, IngestOutcome>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < due.length && !options.signal?.aborted) {
      const feed = due[next] as FeedSource;
      next += 1;
      outcomes.set(feed.url, await ingestFeed(feed, dependencies, options.signal, known.get(feed.url)));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, due.length)) }, worker));
  const all = [...outcomes.values()];
  return {
    polled: all.length,
    failed: all.filter((outcome) => outcome.error !== undefined).length,
    fresh: all.flatMap((outcome) => outcome.stored.filter((article) => !article.backfill)),
    stored: all.reduce((total, outcome) => total + outcome.stored.length, 0),
    outcomes,
  };
}
