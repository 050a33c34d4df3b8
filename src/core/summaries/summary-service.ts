/**
 * Summaries whose cost is bounded by articles, not readers: every summary is computed once per
 * article (per language and configuration) and shared by every chat that asks for it.
 *
 * - Cache: keyed by a fingerprint of the model summarizer's `version` and the service's bounds,
 *   the language, the kind and the article id (or digest key); a configuration change is a miss.
 * - Single flight: concurrent requests for one key share one promise (in this process; across
 *   processes the shared cache catches all but the simultaneous first requests).
 * - Model calls: at most `concurrency` at once, each cut off after `timeoutMs`, each reserved
 *   against the daily token budget first.
 * - Fallback: the extractive summary when no model is configured, the text is too short to be
 *   worth a call, the budget is spent, or the call fails, times out or is rejected by the output
 *   checks. Failures that may pass (errors, timeouts, budget) are cached only for
 *   `retryModelAfterMs`, so a later request may upgrade to a model summary; a rejected answer is
 *   cached like a model summary (asking the same model the same thing would most likely be
 *   rejected again). See docs/adr/0004-summaries.md.
 * - Honesty: an article summary must add to the digest line (title and teaser). A model answer
 *   that does not (the title repeated, "Comments", a link list, the teaser again) is treated like
 *   a rejected answer; an extractive summary that does not becomes the plain statement "Nothing
 *   more is available from <outlet>" with the link (source `none`).
 */
import type { Metrics } from "../shared/metrics.js";
import type { Article } from "../articles/article.js";
import type { Clock, Logger } from "../shared/ports.js";
import { ConcurrencyLimit, QueueTimeoutError } from "../shared/concurrency-limit.js";
import {
  chooseArticleText,
  digestKeyOf,
  digestText,
  estimateTokens,
  shortHash,
  tidyText,
  truncateAtWord,
  utcDay,
} from "./summary-text.js";
import { nonSummaryReason, nothingMoreText } from "./summary-honesty.js";
import type { SummaryReaderSettings } from "./summary-lines.js";
import { withTimeout } from "../shared/with-timeout.js";
import {
  SummaryRejectedError,
  type ArticleTextSource,
  type FallbackSummarizer,
  type ModelSummarizer,
  type SummaryCache,
  type SummaryInput,
  type SummarySource,
  type TokenBudget,
} from "./summary-ports.js";

export { digestKeyOf };

/** A summary and where it came from. */
export interface Summary {
  text: string;
  source: SummarySource;
  /**
   * The language the text is actually in: the one asked for when the model wrote it; the article's
   * own (as far as its words tell; undefined when they do not) for an extract, which quotes it.
   */
  language?: string;
}

/** What decides a chat's summary language: its settings (a `ChatSettings` fits). */
export type SummaryReader = SummaryReaderSettings;

/** Bounds and tuning of the {@link SummaryService}. */
export interface SummarySettings {
  /**
   * Language of summaries when the caller names none, and for chats that never chose one (BCP 47;
   * `SUMMARY_LANGUAGE`).
   */
  language: string;
  /** Model calls in flight at most (per process). */
  concurrency: number;
  /** Deadline of one model call (from when it gets a slot). */
  timeoutMs: number;
  /** Longest wait for a model-call slot; past it the extractive summary is used (not cached for long). */
  maxQueueWaitMs: number;
  /** Deadline of one full-text fetch. */
  fullTextTimeoutMs: number;
  /** Characters of a summary at most (cut at a word boundary). */
  maxChars: number;
  /** Characters of article text given to a summarizer at most. */
  maxInputChars: number;
  /** A feed body shorter than this counts as a teaser: the full text is fetched. */
  minBodyChars: number;
  /** Text shorter than this is not worth a model call: the extractive summary is used. */
  minModelInputChars: number;
  /** Output tokens reserved per call (the model adapter's `maxOutputTokens`). */
  reservedOutputTokens: number;
  /** Lifetime of a final summary in the cache. */
  cacheTtlMs: number;
  /** Lifetime of a fallback caused by a failure that may pass; after it the model is asked again. */
  retryModelAfterMs: number;
}

/** Defaults of {@link SummarySettings}. */
export const DEFAULT_SUMMARY_SETTINGS: SummarySettings = {
  language: "en",
  concurrency: 4,
  timeoutMs: 20_000,
  maxQueueWaitMs: 60_000,
  fullTextTimeoutMs: 10_000,
  maxChars: 700,
  maxInputChars: 12_000,
  minBodyChars: 800,
  minModelInputChars: 280,
  reservedOutputTokens: 300,
  cacheTtlMs: 14 * 86_400_000,
  retryModelAfterMs: 15 * 60_000,
};

/** Tokens of instructions and delimiters around the text, added to each reservation. */
const PROMPT_OVERHEAD_TOKENS = 250;
/** Bumped when what the service feeds summarizers or keeps changes meaning. */
const SERVICE_FORMAT = "s2";

/** What a {@link SummaryService} needs. */
export interface SummaryDependencies {
  /** Absent: no model configured, every summary is extractive. */
  model?: ModelSummarizer;
  fallback: FallbackSummarizer;
  cache: SummaryCache;
  /** Absent: no daily limit. */
  budget?: TokenBudget;
  /** Absent: only the feed's text is used. */
  fullText?: ArticleTextSource;
  clock: Clock;
  logger?: Logger;
  settings?: Partial<SummarySettings>;
  /** Fallbacks are counted here (model calls by a measured model); default none. */
  metrics?: Metrics;
}

type Outcome = Summary & { ttlMs: number };

/** The language of a cache key `<version>:<language>:<kind>:<id>`. */
function languageOfKey(key: string): string {
  return key.split(":")[1] ?? "";
}

/**
 * A cached summary as returned. A model summary is in the language asked for (entries from before
 * languages were recorded carry none); an extract in the language recorded, if any.
 */
function summaryOf(cached: { text: string; source: SummarySource; language?: string }, asked: string): Summary {
  const language = cached.source === "model" ? (cached.language ?? asked) : cached.language;
  return { text: cached.text, source: cached.source, ...(language === undefined ? {} : { language }) };
}

/** The outlet and link of an article, for the "nothing more is available" statement. */
interface Origin {
  outlet: string;
  url: string;
}

/** Article and digest summaries, cached, single-flight, bounded in concurrency, time and tokens. */
export class SummaryService {
  readonly #deps: SummaryDependencies;
  readonly #settings: SummarySettings;
  readonly #limit: ConcurrencyLimit;
  readonly #inFlight = new Map<string, Promise<Summary>>();
  readonly #version: string;

  constructor(dependencies: SummaryDependencies) {
    this.#deps = dependencies;
    this.#settings = { ...DEFAULT_SUMMARY_SETTINGS, ...dependencies.settings };
    this.#limit = new ConcurrencyLimit(this.#settings.concurrency);
    const { maxChars, maxInputChars, minModelInputChars } = this.#settings;
    const modelVersion = dependencies.model?.version ?? "extractive";
    this.#version = shortHash(JSON.stringify([SERVICE_FORMAT, modelVersion, maxChars, maxInputChars, minModelInputChars]));
  }

  /**
   * The language a chat's summaries are written in: the one the chat chose (at set-up from the
   * platform's language, or with /language), else the configured default (`SUMMARY_LANGUAGE`).
   * Chats sharing a language share every summary: cost grows with articles × languages in use.
   */
  languageFor(reader: SummaryReader): string {
    return reader.languageFrom !== undefined ? reader.language : this.#settings.language;
  }

  /** The summary of one article, in `language` (default: the configured one). Never rejects. */
  summarizeArticle(article: Article, language = this.#settings.language, chargeTo?: string): Promise<Summary> {
    const origin: Origin = { outlet: article.source, url: article.url };
    return this.#singleFlight(`article:${article.id}`, language, chargeTo, origin, async () => {
      const text = await this.#articleText(article);
      return { kind: "article", title: article.title, text, language, seen: { title: article.title, teaser: article.summary } };
    });
  }

  /**
   * The summary shown as a story's digest line: "" when nothing more than the feed's teaser is
   * available (the digest then shows the teaser, not a "nothing more" statement). Never rejects.
   */
  async summaryLine(article: Article, language = this.#settings.language): Promise<string> {
    const summary = await this.summarizeArticle(article, language);
    if (summary.source === "none") return "";
    // An extract in another language than the reader's says which, in a form every language reads: "[EN] …".
    const written = summary.language?.split("-")[0]?.toLowerCase();
    return written && written !== language.split("-")[0]?.toLowerCase() ? `[${written.toUpperCase()}] ${summary.text}` : summary.text;
  }

  /**
   * One overview paragraph for a digest of `articles` (the stories' lead articles, in digest
   * order). `key` identifies the digest: {@link digestKeyOf} of the article ids. Never rejects.
   */
  summarizeDigest(key: string, articles: readonly Article[], language = this.#settings.language): Promise<Summary> {
    return this.#singleFlight(`digest:${key}`, language, undefined, undefined, async () => ({
      kind: "digest",
      title: "News digest",
      text: digestText(articles, this.#settings.maxInputChars),
      language,
    }));
  }

  #singleFlight(
    id: string,
    language: string,
    chargeTo: string | undefined,
    origin: Origin | undefined,
    prepare: () => Promise<SummaryInput>,
  ): Promise<Summary> {
    const key = `${this.#version}:${language}:${id}`;
    const pending = this.#inFlight.get(key);
    if (pending) return pending;
    const promise = this.#compute(key, prepare, chargeTo, origin).finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, promise);
    return promise;
  }

  async #compute(key: string, prepare: () => Promise<SummaryInput>, chargeTo: string | undefined, origin: Origin | undefined): Promise<Summary> {
    const cached = await this.#deps.cache.get(key).catch((error: unknown) => this.#warn(error, key, "summary cache read failed"));
    if (cached) return summaryOf(cached, languageOfKey(key));
    const input = await prepare();
    const outcome = await this.#produce(key, input, chargeTo, origin);
    const value = { text: outcome.text, source: outcome.source, ...(outcome.language === undefined ? {} : { language: outcome.language }), createdAt: this.#deps.clock.now() };
    await this.#deps.cache.set(key, value, outcome.ttlMs).catch((error: unknown) => this.#warn(error, key, "summary cache write failed"));
    return summaryOf(value, input.language);
  }

  async #produce(key: string, input: SummaryInput, chargeTo: string | undefined, origin: Origin | undefined): Promise<Outcome> {
    const { model, budget, clock } = this.#deps;
    const { cacheTtlMs, retryModelAfterMs, minModelInputChars, reservedOutputTokens, timeoutMs, maxQueueWaitMs } = this.#settings;
    if (!model || input.text.length < minModelInputChars) return this.#fallback(input, cacheTtlMs, origin);

    const day = utcDay(clock.now());
    const reserved = estimateTokens(input.title) + estimateTokens(input.text) + PROMPT_OVERHEAD_TOKENS + reservedOutputTokens;
    const granted = budget ? await budget.tryConsume(day, reserved, chargeTo).catch((error: unknown) => this.#warn(error, key, "token budget failed")) : true;
    if (!granted) {
      this.#deps.logger?.info({ key, day, chat: chargeTo }, "daily summary token budget (or this chat's share) reached or unavailable; extractive summary used");
      return this.#fallback(input, retryModelAfterMs, origin);
    }
    try {
      const call = () => withTimeout(timeoutMs, (signal) => model.summarize(input, signal));
      const answer = await this.#limit.run(call, maxQueueWaitMs);
      await this.#settle(budget, day, reserved, answer.tokens, chargeTo);
      const text = truncateAtWord(tidyText(answer.text), this.#settings.maxChars);
      if (text === "") return this.#fallback(input, retryModelAfterMs, origin);
      const dishonest = input.seen === undefined ? undefined : nonSummaryReason(text, input.seen);
      if (dishonest !== undefined) {
        this.#deps.logger?.warn({ key, reason: dishonest }, "model answer is no summary; extractive summary used");
        return this.#fallback(input, cacheTtlMs, origin);
      }
      return { text, source: "model", language: input.language, ttlMs: cacheTtlMs };
    } catch (error) {
      if (error instanceof SummaryRejectedError) {
        await this.#settle(budget, day, reserved, error.tokens, chargeTo);
        this.#deps.logger?.warn({ key, reason: error.message }, "model summary rejected; extractive summary used");
        return this.#fallback(input, cacheTtlMs, origin);
      }
      // A call that started may have been billed: its reservation stands. One that never got a
      // slot gives it back.
      if (error instanceof QueueTimeoutError) await this.#settle(budget, day, reserved, 0, chargeTo);
      this.#warn(error, key, "model summary failed; extractive summary used");
      return this.#fallback(input, retryModelAfterMs, origin);
    }
  }

  async #settle(budget: TokenBudget | undefined, day: string, reserved: number, actual: number, chargeTo: string | undefined): Promise<void> {
    if (!budget) return;
    await budget.record(day, reserved, actual, chargeTo).catch((error: unknown) => this.#warn(error, day, "token budget record failed"));
  }

  /**
   * The extractive summary. For an article (`origin` given), one that adds nothing to the digest
   * line is replaced by the plain "nothing more is available" statement; a digest falls back to
   * its own text.
   */
  #fallback(input: SummaryInput, ttlMs: number, origin?: Origin): Outcome {
    this.#deps.metrics?.summaryFallback();
    const language = this.#articleLanguage(input.text);
    const inLanguage = language === undefined ? {} : { language };
    let text = "";
    try {
      text = truncateAtWord(tidyText(this.#deps.fallback.summarize(input)), this.#settings.maxChars);
    } catch (error) {
      this.#warn(error, input.title, "extractive summarizer failed");
    }
    if (origin !== undefined) {
      const seen = input.seen ?? { title: input.title, teaser: "" };
      if (nonSummaryReason(text, seen) === undefined) return { text, source: "extractive", ...inLanguage, ttlMs };
      return { text: nothingMoreText(origin.outlet, origin.url), source: "none", ttlMs };
    }
    if (text === "") text = truncateAtWord(tidyText(input.text.trim() === "" ? input.title : input.text), this.#settings.maxChars);
    return { text, source: "extractive", ...inLanguage, ttlMs };
  }

  /** The article's language by its words (what an extract of it is in), when the fallback can tell. */
  #articleLanguage(text: string): string | undefined {
    try {
      return this.#deps.fallback.languageOf?.(text);
    } catch (error) {
      this.#warn(error, "", "language detection failed");
      return undefined;
    }
  }

  async #articleText(article: Article): Promise<string> {
    const { fullText } = this.#deps;
    const { maxInputChars, minBodyChars, fullTextTimeoutMs } = this.#settings;
    let fetched: string | undefined;
    if (fullText && tidyText(article.body ?? "").length < minBodyChars && article.url) {
      fetched = await withTimeout(fullTextTimeoutMs, (signal) => fullText.fullText(article, signal)).catch((error: unknown) =>
        this.#warn(error, article.id, "full text fetch failed"),
      );
    }
    return chooseArticleText(article, fetched, maxInputChars);
  }

  /** Logs a failure that the service absorbs; returns undefined so it can end a `.catch`. */
  #warn(error: unknown, key: string, message: string): undefined {
    const reason = error instanceof Error ? error.message : String(error);
    this.#deps.logger?.warn({ key, error: reason }, message);
    return undefined;
  }
}
