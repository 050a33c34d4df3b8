/**
 * Same-story merging for digests (and follow alerts, which skip a story already alerted).
 *
 * Two articles are the same story unless something says they are different events: each headline
 * states a number the other article never mentions ("46th" / "47th", "Euro 2020" / "Euro 2024",
 * "second" / "third quarter", with "$3,499" = "$3499"), each names places or people the other never
 * mentions ("… strikes Nepal" / "… strikes Turkey"), both open with a speaker one of whom the other
 * never mentions, one reports what followed the other's news ("stocks rally after Fed rate hike"),
 * one headline announces a repetition ("another rate hike", "erneut") the other does not, or they
 * state different stages of a process (see `differenceEvidence` in `story-evidence.ts`). Otherwise
 * they are the same story when
 * - their titles share at least 2 features (5-letter stems, stem pairs, numbers) and the mean of
 *   weighted Jaccard and weighted containment reaches `titleThreshold`, or
 * - their titles share 3 separate rare units (see `sharedUnits` in `story-evidence.ts`), or
 * - both titles name two rare named things the other names too and share 3 features (see
 *   `sharedNames`), or
 * - their titles share a feature and the weighted Jaccard of title-plus-lead features (first
 *   `summaryLeadTokens` of the lead) reaches `leadThreshold` with at least 4 shared features.
 * Features are weighted by inverse document frequency within the batch (idf = ln(1 + n / df)), so
 * words common to many items ("live", "updates") weigh little. Boilerplate (lead sentences repeated
 * within a feed or across the batch, title prefixes and suffixes repeated within a feed: see
 * `story-boilerplate.ts`) is removed before anything is compared. Thresholds err on the side of
 * keeping stories apart: a missed merge costs a digest line, a wrong merge hides a story.
 * Candidate pairs come from an inverted index over features, skipping features present in more than
 * `maxFeatureShare` of a large batch, so unrelated articles are never compared. Clusters are the
 * connected components (union-find with path halving).
 */
import type { Article } from "../articles/article.js";
import { tokenize } from "../shared/fold-text.js";
import { findBoilerplate } from "./story-boilerplate.js";
import { isSameStory } from "./story-evidence.js";
import { batchWords, storyFeatures } from "./story-features.js";
import { compareIds, type Story } from "./story.js";

/** Tuning of {@link clusterStories}; the defaults suit news titles. */
export interface ClusterOptions {
  titleThreshold: number;
  leadThreshold: number;
  summaryLeadTokens: number;
  maxFeatureShare: number;
  /** Articles beyond this many (the newest are kept) become stories of their own. */
  maxArticles: number;
}

const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  titleThreshold: 0.3,
  leadThreshold: 0.12,
  summaryLeadTokens: 40,
  maxFeatureShare: 0.25,
  maxArticles: 1_000,
};

/** Below this many articles every shared feature yields candidates (all pairs are cheap then). */
const MIN_POSTINGS_CAP = 64;

/** Groups one section's articles into stories; stories come newest first (by latest report). */
export function clusterStories(articles: readonly Article[], options: Partial<ClusterOptions> = {}): Story[] {
  const settings = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  const unique = [...new Map(articles.map((article) => [article.id, article])).values()]
    .sort((a, b) => b.publishedAt - a.publishedAt || compareIds(a.id, b.id));
  const clustered = unique.slice(0, settings.maxArticles);
  const boilerplate = findBoilerplate(clustered);
  const words = batchWords(clustered.flatMap((article) => [article.title, article.summary]));
  const features = clustered.map((article) => storyFeatures(article, boilerplate, words, settings.summaryLeadTokens));

  const postings = new Map<string, number[]>();
  features.forEach((feature, i) => {
    for (const key of new Set([...feature.title, ...feature.lead])) append(postings, key, i);
  });
  const n = clustered.length;
  const idfs = new Map<string, number>();
  for (const [feature, list] of postings) idfs.set(feature, Math.log(1 + n / list.length));
  const rarest = Math.log(1 + n);
  const idf = (feature: string): number => idfs.get(feature) ?? rarest;
  // Words of at most a few items of the batch: half the idf of a word only the two compared items use.
  const thresholds = { ...settings, minUnitIdf: Math.log(1 + n / 2) / 2 };
  const maxPostings = Math.max(MIN_POSTINGS_CAP, Math.floor(n * settings.maxFeatureShare));

  const parents = clustered.map((_, i) => i);
  const find = (i: number): number => {
    while (parents[i] !== i) i = parents[i] = parents[parents[i]!]!;
    return i;
  };
  for (let i = 0; i < n; i++) {
    const candidates = new Set<number>();
    for (const key of new Set([...features[i]!.title, ...features[i]!.lead])) {
      const list = postings.get(key)!;
      if (list.length <= maxPostings) for (const j of list) if (j > i) candidates.add(j);
    }
    for (const j of [...candidates].sort((a, b) => a - b)) {
      if (find(i) === find(j)) continue;
      if (isSameStory(features[i]!, features[j]!, idf, thresholds)) parents[find(j)] = find(i);
    }
  }

  const groups = new Map<number, Article[]>();
  clustered.forEach((article, i) => append(groups, find(i), article));
  const stories = [...groups.values(), ...unique.slice(settings.maxArticles).map((article) => [article])];
  return stories.map((group) => buildStory(group)).sort((a, b) => b.latestAt - a.latestAt || compareIds(a.id, b.id));
}

/**
 * A story of `group`: articles earliest first, outlets distinct (case- and accent-insensitive) in
 * order of first report, and `chosen` as its representative (default: the longest summary, then the
 * earliest, then the smallest id).
 */
export function buildStory(group: readonly Article[], chosen?: Article): Story {
  const articles = [...group].sort((a, b) => a.publishedAt - b.publishedAt || compareIds(a.id, b.id));
  const outlets = new Map<string, string>();
  for (const article of articles) {
    const key = tokenize(article.source).join(" ");
    if (!outlets.has(key)) outlets.set(key, article.source);
  }
  const representative =
    chosen ??
    [...articles].sort((a, b) => b.summary.trim().length - a.summary.trim().length || a.publishedAt - b.publishedAt || compareIds(a.id, b.id))[0]!;
  return {
    id: articles[0]!.id,
    representative,
    articles,
    outlets: [...outlets.values()],
    earliestAt: articles[0]!.publishedAt,
    latestAt: articles[articles.length - 1]!.publishedAt,
  };
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
