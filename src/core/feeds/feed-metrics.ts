/** Feed polls as metrics: the fetcher timed, each poll's outcome counted. */
import type { Metrics } from "../shared/metrics.js";
import type { FeedFetcher } from "./feed-ports.js";

/** A monotonic millisecond reading for durations (not the injected wall Clock, which tests freeze). */
const elapsedSince = (start: number): number => performance.now() - start;

/** The fetcher, timing every fetch. */
export function measureFetcher(fetcher: FeedFetcher, metrics: Metrics): FeedFetcher {
  return {
    async fetch(url, validators, signal) {
      const start = performance.now();
      try {
        return await fetcher.fetch(url, validators, signal);
      } finally {
        metrics.feedFetchDuration(elapsedSince(start));
      }
    },
  };
}

/** Records how one feed poll ended and what it stored (a cancelled poll is not counted). */
export function recordPoll(metrics: Metrics, outcome: { error?: string; cancelled?: boolean; notModified?: boolean; stored: readonly unknown[] }): void {
  if (outcome.cancelled) return;
  metrics.feedPolled(outcome.error !== undefined ? "failed" : outcome.notModified ? "not-modified" : "ok");
  if (outcome.stored.length > 0) metrics.articlesIngested(outcome.stored.length);
}
