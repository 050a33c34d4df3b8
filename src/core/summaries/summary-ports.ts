/**
 * Ports of the summary service: the model, the offline fallback, the cache, the shared daily
 * token budget and the full-text source. Nothing here imports an SDK.
 */
import type { Article } from "../articles/article.js";
import type { SeenText } from "./summary-honesty.js";

/** What gets summarised: plain text, untrusted. */
export interface SummaryInput {
  /** `article`: one article; `digest`: a list of stories to be given one overview paragraph. */
  kind?: "article" | "digest";
  title: string;
  text: string;
  /** BCP 47 tag of the language the summary should be written in. */
  language: string;
  /**
   * What the reader already saw of an article (its digest line). A summary must add to it: the
   * extractive summarizer leaves out sentences it holds.
   */
  seen?: SeenText;
}

/** A model answer that passed the adapter's output checks. */
export interface ModelSummary {
  text: string;
  /** Tokens the call used (input + output), as the provider reported them. */
  tokens: number;
}

/**
 * The LLM. May throw for any reason (network, HTTP status, timeout, abort); throws
 * {@link SummaryRejectedError} when the answer failed the output checks.
 */
export interface ModelSummarizer {
  /**
   * Identifies the prompt, the model and the output bounds; part of every cache key, so that a
   * configuration change invalidates cached summaries.
   */
  readonly version: string;
  summarize(input: SummaryInput, signal: AbortSignal): Promise<ModelSummary>;
}

/** The offline (extractive) summarizer. Never throws; may return "" for empty text. */
export interface FallbackSummarizer {
  summarize(input: SummaryInput): string;
  /**
   * The language `text` is written in (a BCP 47 primary tag such as "en"), when its words tell;
   * an extract quotes the article, so it is in the article's language, not the one asked for.
   */
  languageOf?(text: string): string | undefined;
}

/**
 * Where a summary came from. `none`: neither the model nor the article's text gave anything beyond
 * the digest line; the text says so plainly and gives the link.
 */
export type SummarySource = "model" | "extractive" | "none";

/** A summary as cached. */
export interface CachedSummary {
  text: string;
  source: SummarySource;
  /** The language the text is in (model: the one asked for; extract: the article's, when known). */
  language?: string;
  /** Epoch ms. */
  createdAt: number;
}

/**
 * Summaries by key, shared by every process. Rejects when the store fails (the service then
 * carries on without the cache).
 */
export interface SummaryCache {
  get(key: string): Promise<CachedSummary | undefined>;
  /** Stores `value` for `ttlMs` milliseconds. */
  set(key: string, value: CachedSummary, ttlMs: number): Promise<void>;
}

/**
 * A daily token budget that several processes share (one atomic statement per change). Spending is
 * reserved before a call and settled after it, so concurrent calls cannot overshoot the limit by
 * more than the difference between estimates and actual use. A `scope` (a chat's key) also draws
 * on that chat's share of the day, so that no single chat can spend everyone's budget.
 */
export interface TokenBudget {
  /**
   * Reserves `estimatedTokens` on `day` (`YYYY-MM-DD`, UTC), and on the scope's share when given;
   * false (nothing reserved) when either would exceed its limit.
   */
  tryConsume(day: string, estimatedTokens: number, scope?: string): Promise<boolean>;
  /** Replaces a reservation made by {@link tryConsume} with the tokens actually used. */
  record(day: string, reservedTokens: number, actualTokens: number, scope?: string): Promise<void>;
}

/** Fixed-window counters shared by every instance (per user and per chat rate limits). */
export interface RateCounters {
  /**
   * Counts one event for `key` in the current window of `windowMs`, unless `limit` events were
   * already counted there. Resolves whether it was counted, and when the window ends.
   */
  tryTake(key: string, limit: number, windowMs: number, now: number): Promise<{ taken: boolean; resetAt: number }>;
}

/** Fetches an article's full text when the feed carried only a teaser. Never throws for page problems. */
export interface ArticleTextSource {
  fullText(article: Article, signal: AbortSignal): Promise<string | undefined>;
}

/** The model answered, but the answer failed the output checks (empty, markup only, foreign URL, length). */
export class SummaryRejectedError extends Error {
  override readonly name = "SummaryRejectedError";
  /** Tokens the rejected call used. */
  readonly tokens: number;
  constructor(message: string, tokens: number) {
    super(message);
    this.tokens = tokens;
  }
}
