/**
 * Same-story merging for digests.
 *
 * Title features are folded content words (single letters and a tiny multilingual stop list
 * dropped) plus 2-word shingles, after removing an outlet suffix such as " - Outlet B" that names
 * the article's source: words catch reordered titles ("Parliament passes budget" / "Budget passes
 * parliament"), shingles reward shared phrases. Features are weighted by inverse document frequency
 * within the batch (idf = ln(1 + n / df)), so words common to many titles ("live", "updates") weigh
 * little. Two articles are the same story when either
 * - their titles share at least 2 features and the mean of weighted Jaccard and weighted
 *   containment (shared weight over the lighter title) reaches `titleThreshold` (0.55), or
 * - both have a summary and the weighted Jaccard of their content words (title + first
 *   `summaryLeadTokens` of the summary, as 5-character stems) reaches `leadThreshold` (0.15) with at
 *   least 4 shared stems, unless both headlines name something (a capitalised word) the other article never mentions.
 * Thresholds err on the side of keeping stories apart: a missed merge costs a digest line, a wrong
 * merge hides a story.
 * Candidate pairs come from an inverted index over features, skipping features present in more than
 * `maxFeatureShare` of a large batch, so unrelated articles are never compared. Clusters are the
 * connected components (union-find with path halving).
 */
import type { Article } from "../model.js";
import { tokenize } from "../text/fold-text.js";

/** Articles of different outlets (or updates of one) reporting the same story. */
export interface Story {
  /** The id of the story's earliest article: stable while later reports join. */
  id: string;
  /**
   * The article shown for the story: the longest summary (most informative digest line), then the
   * earliest, then the smallest id.
   */
  representative: Article;
  /** The story's articles, earliest first. */
  articles: Article[];
  /** Distinct outlet names (case- and diacritic-insensitive), in order of first report. */
  outlets: string[];
  earliestAt: number;
  latestAt: number;
}

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
  titleThreshold: 0.55,
  leadThreshold: 0.15,
  summaryLeadTokens: 40,
  maxFeatureShare: 0.25,
  maxArticles: 1_000,
};

const STOP_WORDS = new Set(
  ("the an of in on at to for and or but is are was were be as by with from it its this that has have " +
    "le la les de des du un une et en au aux est der die das und den dem ein eine ist im von zu mit " +
    "el los las del y se je na ve se za do и в во на с по не что это как из к о").split(" "),
);
const TITLE_SUFFIX = /\s+[-–—|]\s+([^-–—|]+)$/u;
const MAX_TITLE_TOKENS = 40;
/** Below this many articles every shared feature yields candidates (all pairs are cheap then). */
const MIN_POSTINGS_CAP = 64;

/** Groups one section's articles into stories; stories come newest first (by latest report). */
export function clusterStories(articles: readonly Article[], options: Partial<ClusterOptions> = {}): Story[] {
  const settings = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  const unique = [...new Map(articles.map((article) => [article.id, article])).values()]
    .sort((a, b) => b.publishedAt - a.publishedAt || compareIds(a.id, b.id));
  const clustered = unique.slice(0, settings.maxArticles);
  const titleFeatures = clustered.map((article) => contentFeatures(titleTokens(article)));
  const names = clustered.map((article) => namesOf(article.title));
  const vocabularies = clustered.map((article) => new Set(tokenize(`${article.title} ${article.summary}`, 400)));
  const leadFeatures = clustered.map((article) => {
    const lead = contentWords(tokenize(article.summary, settings.summaryLeadTokens));
    // Crude language-agnostic stemming (5-character prefixes): outlets rephrase ("passes" / "passed").
    return lead.length === 0 ? new Set<string>() : new Set([...contentWords(titleTokens(article)), ...lead].map(stemOf));
  });

  const postings = new Map<string, number[]>();
  clustered.forEach((_, i) => {
    for (const feature of new Set([...titleFeatures[i]!, ...leadFeatures[i]!])) {
      append(postings, feature, i);
    }
  });
  const n = clustered.length;
  const idf = (feature: string): number => Math.log(1 + n / (postings.get(feature)?.length ?? 1));
  const maxPostings = Math.max(MIN_POSTINGS_CAP, Math.floor(n * settings.maxFeatureShare));

  const parents = clustered.map((_, i) => i);
  const find = (i: number): number => {
    while (parents[i] !== i) i = parents[i] = parents[parents[i]!]!;
    return i;
  };
  for (let i = 0; i < n; i++) {
    const candidates = new Set<number>();
    for (const feature of new Set([...titleFeatures[i]!, ...leadFeatures[i]!])) {
      const list = postings.get(feature)!;
      if (list.length <= maxPostings) for (const j of list) if (j > i) candidates.add(j);
    }
    for (const j of [...candidates].sort((a, b) => a - b)) {
      if (find(i) === find(j)) continue;
      const titles: [Set<string>, Set<string>] = [titleFeatures[i]!, titleFeatures[j]!];
      const conflict = namesConflict(names[i]!, vocabularies[j]!) && namesConflict(names[j]!, vocabularies[i]!);
      if (isSameStory(titles, [leadFeatures[i]!, leadFeatures[j]!], idf, settings, conflict)) parents[find(j)] = find(i);
    }
  }

  const groups = new Map<number, Article[]>();
  clustered.forEach((article, i) => append(groups, find(i), article));
  const stories = [...groups.values(), ...unique.slice(settings.maxArticles).map((article) => [article])];
  return stories.map(buildStory).sort((a, b) => b.latestAt - a.latestAt || compareIds(a.id, b.id));
}

function titleTokens(article: Article): string[] {
  let title = article.title;
  const suffix = TITLE_SUFFIX.exec(title);
  if (suffix) {
    const tail = tokenize(suffix[1]!).join(" ");
    const source = tokenize(article.source).join(" ");
    if (tail && source && (tail.includes(source) || source.includes(tail))) title = title.slice(0, suffix.index);
  }
  return tokenize(title, MAX_TITLE_TOKENS);
}

/**
 * Capitalised words of a headline other than its first word: a crude, language-agnostic stand-in
 * for the places and people it names.
 */
function namesOf(title: string): string[] {
  const words = title.split(/\s+/u).slice(1);
  return words.filter((word) => /^\p{Lu}/u.test(word)).flatMap((word) => tokenize(word));
}

/** Whether the headline names something the other article never mentions. */
function namesConflict(names: readonly string[], otherVocabulary: ReadonlySet<string>): boolean {
  return names.some((name) => !otherVocabulary.has(name));
}

/** Shared stems needed before the title-plus-summary test can merge two articles. */
const MIN_SHARED_LEAD_FEATURES = 4;

function stemOf(word: string): string {
  return word.length > 5 ? word.slice(0, 5) : word;
}

function contentWords(tokens: readonly string[]): string[] {
  return tokens.filter((token) => token.length > 1 && !STOP_WORDS.has(token));
}

function contentFeatures(tokens: readonly string[]): Set<string> {
  const words = contentWords(tokens);
  const features = new Set(words);
  for (let i = 1; i < words.length; i++) features.add(`${words[i - 1]} ${words[i]}`);
  return features;
}

/** Weighted Jaccard and containment (shared weight over the lighter set) of two feature sets. */
function overlap(a: Set<string>, b: Set<string>, idf: (feature: string) => number) {
  let shared = 0;
  let sharedCount = 0;
  let weightA = 0;
  let weightB = 0;
  for (const feature of a) {
    const weight = idf(feature);
    weightA += weight;
    if (b.has(feature)) {
      shared += weight;
      sharedCount++;
    }
  }
  for (const feature of b) weightB += idf(feature);
  const union = weightA + weightB - shared;
  return {
    jaccard: union === 0 ? 0 : shared / union,
    containment: shared === 0 ? 0 : shared / Math.min(weightA, weightB),
    sharedCount,
  };
}

function isSameStory(
  titles: [Set<string>, Set<string>],
  leads: [Set<string>, Set<string>],
  idf: (f: string) => number,
  settings: ClusterOptions,
  namesConflict: boolean,
): boolean {
  const title = overlap(titles[0], titles[1], idf);
  if (title.sharedCount >= 2 && (title.jaccard + title.containment) / 2 >= settings.titleThreshold) return true;
  // Headlines naming different places or people ("visits Paris" / "visits Berlin") are different
  // stories however alike the rest of the text is.
  if (namesConflict) return false;
  const lead = overlap(leads[0], leads[1], idf);
  return lead.sharedCount >= MIN_SHARED_LEAD_FEATURES && lead.jaccard >= settings.leadThreshold;
}

function buildStory(group: Article[]): Story {
  const articles = [...group].sort((a, b) => a.publishedAt - b.publishedAt || compareIds(a.id, b.id));
  const outlets = new Map<string, string>();
  for (const article of articles) {
    const key = tokenize(article.source).join(" ");
    if (!outlets.has(key)) outlets.set(key, article.source);
  }
  const representative = [...articles].sort(
    (a, b) => b.summary.trim().length - a.summary.trim().length || a.publishedAt - b.publishedAt || compareIds(a.id, b.id),
  )[0]!;
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

/** Orders ids as strings: the deterministic last tie-break. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
