/**
 * Boilerplate of a batch: text that repeats across items of one feed, or across many items of the
 * batch, says nothing about which story an item reports ("Sign up for our newsletter…", "Suivez
 * notre direct", "Read more on our site…", "WASHINGTON (AP) —", a "heise-Angebot:" title prefix).
 *
 * - A lead sentence is boilerplate when it occurs (case- and accent-insensitively) in two items of
 *   one feed or in three items of the batch.
 * - A title prefix (the words before the first ":" or " | ", at most 5 words) is boilerplate when two
 *   titles of one feed start with it.
 * - A title suffix (the words after the last " – ", " - " or " | ", at most 3 words: "– video",
 *   "| Live") is boilerplate when two titles of one feed end with it.
 */
import type { Article } from "../articles/article.js";
import { tokenize } from "../shared/fold-text.js";

const SENTENCE_END = /(?<=[.!?…])\s+|\s+[-–—]\s+|\s*\*\s+/u;
const TITLE_PREFIX = /^([^:|]{2,60})(?::|\s\|)\s/u;
const TITLE_SUFFIX = /\s[-–—|]\s([^-–—|]{2,40})$/u;
const MAX_PREFIX_WORDS = 5;
const MAX_SUFFIX_WORDS = 3;
const MAX_SENTENCES = 12;
const MIN_FEED_REPEATS = 2;
const MIN_BATCH_REPEATS = 3;

/** Sentences of a lead, folded and tokenised, each as one key. */
export function leadSentences(summary: string): string[] {
  return summary
    .split(SENTENCE_END)
    .slice(0, MAX_SENTENCES)
    .map((sentence) => tokenize(sentence, 60).join(" "))
    .filter((key) => key !== "");
}

/** The title prefix of a headline ("Live updates" of "Live updates: Storm…"), folded, if any. */
export function titlePrefix(title: string): string | undefined {
  const match = TITLE_PREFIX.exec(title);
  if (!match) return undefined;
  const words = tokenize(match[1]!);
  return words.length > 0 && words.length <= MAX_PREFIX_WORDS ? words.join(" ") : undefined;
}

/** The title suffix of a headline ("video" of "Storm… – video"), folded, if any. */
export function titleSuffix(title: string): string | undefined {
  const match = TITLE_SUFFIX.exec(title);
  if (!match) return undefined;
  const words = tokenize(match[1]!);
  return words.length > 0 && words.length <= MAX_SUFFIX_WORDS ? words.join(" ") : undefined;
}

/** What counts as boilerplate in one batch. */
export interface Boilerplate {
  sentences: ReadonlySet<string>;
  /** Title prefixes repeated within a feed, keyed by feed. */
  prefixes: ReadonlyMap<string, ReadonlySet<string>>;
  /** Title suffixes repeated within a feed, keyed by feed. */
  suffixes: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Finds the boilerplate of a batch of articles. */
export function findBoilerplate(articles: readonly Article[]): Boilerplate {
  const sentenceFeeds = new Map<string, Map<string, number>>();
  const prefixCounts = new Map<string, Map<string, number>>();
  const suffixCounts = new Map<string, Map<string, number>>();
  for (const article of articles) {
    for (const sentence of new Set(leadSentences(article.summary))) {
      const feeds = sentenceFeeds.get(sentence) ?? new Map<string, number>();
      feeds.set(article.feedUrl, (feeds.get(article.feedUrl) ?? 0) + 1);
      sentenceFeeds.set(sentence, feeds);
    }
    count(prefixCounts, article.feedUrl, titlePrefix(article.title));
    count(suffixCounts, article.feedUrl, titleSuffix(article.title));
  }
  const sentences = new Set<string>();
  for (const [sentence, feeds] of sentenceFeeds) {
    const total = [...feeds.values()].reduce((sum, count) => sum + count, 0);
    if (total >= MIN_BATCH_REPEATS || [...feeds.values()].some((count) => count >= MIN_FEED_REPEATS)) sentences.add(sentence);
  }
  return { sentences, prefixes: repeatedInFeed(prefixCounts), suffixes: repeatedInFeed(suffixCounts) };
}

function count(counts: Map<string, Map<string, number>>, feed: string, key: string | undefined): void {
  if (!key) return;
  const ofFeed = counts.get(feed) ?? new Map<string, number>();
  ofFeed.set(key, (ofFeed.get(key) ?? 0) + 1);
  counts.set(feed, ofFeed);
}

function repeatedInFeed(counts: ReadonlyMap<string, ReadonlyMap<string, number>>): Map<string, Set<string>> {
  const repeated = new Map<string, Set<string>>();
  for (const [feed, ofFeed] of counts) {
    const keys = [...ofFeed].filter(([, n]) => n >= MIN_FEED_REPEATS).map(([key]) => key);
    if (keys.length > 0) repeated.set(feed, new Set(keys));
  }
  return repeated;
}
