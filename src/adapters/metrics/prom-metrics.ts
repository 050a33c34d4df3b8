/**
 * The Metrics port on prom-client, with a Registry of its own (not the global one: tests make
 * several). Gauges whose value lives in the store (outbox records pending) are read when scraped.
 * Deliveries also feed the hourly {@link DeliveryHistory} of the status page.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { DeliveryResult, FeedPollResult, Metrics, SummaryCallResult } from "../../core/shared/metrics.js";
import { DeliveryHistory } from "./delivery-history.js";

/** Metrics recorded into a Prometheus registry. */
export interface PromMetrics extends Metrics {
  readonly registry: Registry;
  /** Deliveries per hour of this instance (status page). */
  readonly history: DeliveryHistory;
  /** Reads the outbox records pending at each scrape (an indexed count); a failure keeps the last value. */
  setPendingOutbox(read: () => Promise<number>): void;
  /** The exposition text, and its content type. */
  render(): Promise<{ text: string; contentType: string }>;
}

/** Options of {@link createPromMetrics}. */
export interface PromMetricsOptions {
  /** The process's default metrics (CPU, memory, event loop); default true. */
  processMetrics?: boolean;
  /** Wall time for the delivery history; default Date.now. */
  now?: () => number;
}

const SECONDS = (ms: number): number => Math.max(0, ms) / 1000;

/** Creates the registry and every newsdesk metric. */
export function createPromMetrics(options: PromMetricsOptions = {}): PromMetrics {
  const registry = new Registry();
  const now = options.now ?? Date.now;
  if (options.processMetrics !== false) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const feedPolls = new Counter({ name: "newsdesk_feed_polls_total", help: "Feed polls by result (ok, not-modified, failed).", labelNames: ["result"], registers });
  const fetchDuration = new Histogram({
    name: "newsdesk_feed_fetch_duration_seconds",
    help: "Duration of one feed fetch, whatever its outcome.",
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });
  const articles = new Counter({ name: "newsdesk_articles_ingested_total", help: "New articles stored by feed polls.", registers });
  const matches = new Counter({ name: "newsdesk_follow_matches_total", help: "Chats matched by the follows of new articles (one per chat and article).", registers });
  const deliveries = new Counter({
    name: "newsdesk_outbox_deliveries_total",
    help: "Outbox records finished (sent, failed, uncertain, skipped) or put back for a retry (retried), by platform.",
    labelNames: ["platform", "result"],
    registers,
  });
  const sendDuration = new Histogram({
    name: "newsdesk_send_duration_seconds",
    help: "Duration of sending one document to a platform (all its messages, pacing included).",
    labelNames: ["platform"],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 120],
    registers,
  });
  const rateLimits = new Counter({ name: "newsdesk_rate_limited_total", help: "429 answers (rate limits) by platform.", labelNames: ["platform"], registers });
  const lag = new Gauge({ name: "newsdesk_scheduler_lag_seconds", help: "How late the last tick of each scheduled job started.", labelNames: ["job"], registers });
  const ticks = new Counter({ name: "newsdesk_scheduler_ticks_total", help: "Ticks of each scheduled job.", labelNames: ["job"], registers });
  const summaryCalls = new Counter({ name: "newsdesk_summary_calls_total", help: "Model summary calls by result (ok, rejected, error).", labelNames: ["result"], registers });
  const summaryTokens = new Counter({ name: "newsdesk_summary_tokens_total", help: "Tokens used by model summary calls.", registers });
  const fallbacks = new Counter({ name: "newsdesk_summary_fallbacks_total", help: "Summaries made by the extractive fallback instead of the model.", registers });
  const storeErrors = new Counter({ name: "newsdesk_store_errors_total", help: "Store calls that failed or timed out, by operation.", labelNames: ["operation"], registers });
  let pendingOutbox: (() => Promise<number>) | undefined;
  new Gauge({
    name: "newsdesk_outbox_pending",
    help: "Outbox records pending (due or waiting for a retry), across every instance of the store.",
    registers,
    async collect() {
      if (!pendingOutbox) return;
      try {
        this.set(await pendingOutbox());
      } catch {
        // Counted as a store error by the store itself (and /readyz fails); the last value stays.
      }
    },
  });
  const history = new DeliveryHistory(now);

  return {
    registry,
    history,
    setPendingOutbox(read) {
      pendingOutbox = read;
    },
    async render() {
      return { text: await registry.metrics(), contentType: registry.contentType };
    },
    feedPolled: (result: FeedPollResult) => feedPolls.inc({ result }),
    feedFetchDuration: (ms) => fetchDuration.observe(SECONDS(ms)),
    articlesIngested: (count) => articles.inc(count),
    followMatches: (count) => matches.inc(count),
    delivery(platform, result: DeliveryResult) {
      deliveries.inc({ platform, result });
      history.record(result);
    },
    sendDuration: (platform, ms) => sendDuration.observe({ platform }, SECONDS(ms)),
    rateLimited: (platform) => rateLimits.inc({ platform }),
    schedulerTick(job, lagMs) {
      lag.set({ job }, SECONDS(lagMs));
      ticks.inc({ job });
    },
    summaryCall(result: SummaryCallResult, tokens) {
      summaryCalls.inc({ result });
      if (tokens > 0) summaryTokens.inc(tokens);
    },
    summaryFallback: () => fallbacks.inc(),
    storeError: (operation) => storeErrors.inc({ operation }),
  };
}
