/**
 * The Metrics port: named counters, histograms and gauges the core records at its few central
 * places (a feed poll, a delivery, a scheduler tick, a summary, a store error). The default
 * {@link NO_METRICS} records nothing; the Prometheus adapter (src/adapters/metrics/) implements it.
 * Recording never throws and never waits.
 */

/** How one feed poll ended. */
export type FeedPollResult = "ok" | "not-modified" | "failed";

/** How one outbox delivery attempt ended: finished (`sent`, `failed`, `uncertain`, `skipped`) or put back (`retried`). */
export type DeliveryResult = "sent" | "failed" | "uncertain" | "skipped" | "retried";

/** How one model summary call ended. */
export type SummaryCallResult = "ok" | "rejected" | "error";

/** What newsdesk measures about itself. */
export interface Metrics {
  /** A feed poll ended (cancelled polls are not counted). */
  feedPolled(result: FeedPollResult): void;
  /** One feed fetch took `ms` (whatever its outcome). */
  feedFetchDuration(ms: number): void;
  /** New articles stored by one poll. */
  articlesIngested(count: number): void;
  /** Chats matched by the follows of new articles in one alert round (one per chat and article). */
  followMatches(count: number): void;
  /** An outbox record was finished or put back for a retry. */
  delivery(platform: string, result: DeliveryResult): void;
  /** One send of a document to a platform took `ms` (whatever its outcome). */
  sendDuration(platform: string, ms: number): void;
  /** A platform answered 429 (or its client hit a rate limit). */
  rateLimited(platform: string): void;
  /** A scheduled job started `lagMs` after its scheduled time. */
  schedulerTick(job: string, lagMs: number): void;
  /** A model summary call ended, having used `tokens`. */
  summaryCall(result: SummaryCallResult, tokens: number): void;
  /** A summary was made by the extractive fallback instead of the model. */
  summaryFallback(): void;
  /** A store call failed (or timed out). */
  storeError(operation: string): void;
}

/** Records nothing: the default where no metrics are wanted (tests, tools). */
export const NO_METRICS: Metrics = {
  feedPolled: () => undefined,
  feedFetchDuration: () => undefined,
  articlesIngested: () => undefined,
  followMatches: () => undefined,
  delivery: () => undefined,
  sendDuration: () => undefined,
  rateLimited: () => undefined,
  schedulerTick: () => undefined,
  summaryCall: () => undefined,
  summaryFallback: () => undefined,
  storeError: () => undefined,
};
