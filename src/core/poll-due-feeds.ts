/**
 * One poll round: every feed whose next poll time has come is ingested, a few at a time.
 * A plain async function: the scheduler adapter calls it on a timer, tests call it directly.
 */
import type { Article, FeedSource } from "./model.js";
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

/** Polls the due feeds among `feeds`, at most `concurrency` at once. */
export async function pollDueFeeds(
  feeds: readonly FeedSource[],
  dependencies: IngestDependencies,
  options: {
    concurrency: number;
    force?: boolean;
    signal?: AbortSignal;
    /**
     * Claims a feed for this instance before polling it (several instances share the feeds; each feed
     * is polled by one at a time). Absent: every due feed is polled here.
     */
    claim?: (feedUrl: string) => Promise<{ release(): Promise<void> } | undefined>;
  },
): Promise<PollRoundResult> {
  const now = dependencies.clock.now();
  const due: FeedSource[] = [];
  for (const feed of feeds) {
    const state = await dependencies.feedStates.get(feed.url);
    if (options.force || !state || state.nextPollAt <= now) due.push(feed);
  }
  const outcomes = new Map<string, IngestOutcome>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < due.length && !options.signal?.aborted) {
      const feed = due[next] as FeedSource;
      next += 1;
      const claim = options.claim ? await options.claim(feed.url) : { release: async () => undefined };
      if (!claim) continue;
      try {
        // Re-check after claiming: another instance may have polled it a moment ago.
        const state = options.claim ? await dependencies.feedStates.get(feed.url) : undefined;
        if (state && !options.force && state.nextPollAt > dependencies.clock.now()) continue;
        outcomes.set(feed.url, await ingestFeed(feed, dependencies, options.signal));
      } finally {
        await claim.release();
      }
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
