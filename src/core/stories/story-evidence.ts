/**
 * The same-story decision for two articles: evidence of difference first (it vetoes), then
 * similarity of titles, or of titles and leads together.
 */
import { disjoint } from "./story-contest.js";
import { datedOtherwise } from "./story-dates.js";
import { differentStages } from "./story-markers.js";
import { mentionsNumber } from "./story-numbers.js";
import { stemOf, type StoryFeatures } from "./story-features.js";
import { differentNames, mentions, sharedNames } from "./story-names.js";

/** Thresholds of {@link isSameStory}. */
export interface EvidenceThresholds {
  titleThreshold: number;
  leadThreshold: number;
  /** The least idf of a word that counts towards {@link sharedUnits} (rarer than common words). */
  minUnitIdf: number;
}

/** Separate shared units (see {@link sharedUnits}) that make two titles the same story by themselves. */
const MIN_SHARED_UNITS = 3;

/** Named things both headlines name that, with one more shared feature, make the same story. */
const MIN_SHARED_NAMES = 2;

/** Shared features needed before the title-plus-lead test can merge two articles. */
const MIN_SHARED_LEAD_FEATURES = 4;
/** The same when the titles share nothing. */
const MIN_SHARED_LEAD_FEATURES_ALONE = 6;

/** Total weight of a feature set under one batch's idf, computed once per set and batch. */
const weights = new WeakMap<ReadonlySet<string>, { idf: (feature: string) => number; weight: number }>();

function weightOf(set: ReadonlySet<string>, idf: (feature: string) => number): number {
  const known = weights.get(set);
  if (known?.idf === idf) return known.weight;
  let weight = 0;
  for (const feature of set) weight += idf(feature);
  weights.set(set, { idf, weight });
  return weight;
}

/** Weighted Jaccard and containment (shared weight over the lighter set) of two feature sets. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>, idf: (feature: string) => number) {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  let sharedCount = 0;
  for (const feature of small) {
    if (large.has(feature)) {
      shared += idf(feature);
      sharedCount++;
    }
  }
  if (sharedCount === 0) return { jaccard: 0, containment: 0, sharedCount };
  const weightA = weightOf(a, idf);
  const weightB = weightOf(b, idf);
  const union = weightA + weightB - shared;
  return {
    jaccard: union === 0 ? 0 : shared / union,
    containment: shared / Math.min(weightA, weightB),
    sharedCount,
  };
}

/**
 * Whether the headline states a number the other article never mentions. A year counts only when the
 * other article states a year too ("August 2022" / "August" leave the year out, not another one).
 */
function statesOtherNumber(a: StoryFeatures, b: StoryFeatures): boolean {
  return [...a.titleNumbers].some((number) => !mentionsNumber(b.textNumbers, number) && (b.years.size > 0 || !a.years.has(number)));
}

/** Whether some word of `words` (a speaker) is never mentioned by the other article. */
function unmentioned(words: readonly string[], other: StoryFeatures): boolean {
  return words.some((word) => !mentions(other, word));
}

/**
 * Whether the headline reports something that followed the other's news: a clause of its own (two
 * words at least, "U.S. stocks rally"; not a label such as "Reactions") before "after…", sharing
 * nothing with the other's headline.
 */
function reportsConsequence(a: StoryFeatures, b: StoryFeatures): boolean {
  return a.beforeAfter !== undefined && a.beforeAfter.size >= 2 && ![...a.beforeAfter].some((feature) => b.title.has(feature));
}

/**
 * Evidence that two articles report different events: each headline states a number the other never
 * mentions ("46th" / "47th", "2020" / "2024", "Q2" / "Q3"); each names a place, person or competition
 * the other never mentions ("Nepal" / "Turkey"); one announces a recurrence the other does not
 * ("another 75 basis point hike", "re-elected"); they state different stages of one process
 * ("convicted" / "sentenced"); one is commentary and the other news; each names a side of a contest
 * the other never mentions ("beat Liverpool" / "gegen Dortmund"); both give scores, none shared; or
 * both state years, none shared; or a headline dates the event in a month the other never names while
 * the other names another month or "next year" (see `story-markers.ts`, `story-contest.ts` and
 * `story-dates.ts`).
 */
export function differenceEvidence(a: StoryFeatures, b: StoryFeatures): string | undefined {
  if (statesOtherNumber(a, b) && statesOtherNumber(b, a)) return "numbers";
  if (differentNames(a, b)) return "names";
  if (a.recurrence !== b.recurrence) return "recurrence";
  if (a.speaker && b.speaker && (unmentioned(a.speaker, b) || unmentioned(b.speaker, a))) return "speakers";
  if (reportsConsequence(a, b) || reportsConsequence(b, a)) return "consequence";
  if (differentStages(a.stages, b.stages) || differentStages(b.stages, a.stages)) return "stages";
  if (a.commentary !== b.commentary) return "genre";
  if (a.parties.some((party) => !mentions(b, party)) && b.parties.some((party) => !mentions(a, party))) return "parties";
  if (disjoint(a.scores, b.scores)) return "scores";
  if (disjoint(a.years, b.years)) return "years";
  if (datedOtherwise(a.titleDates, b.textDates) || datedOtherwise(b.titleDates, a.textDates)) return "dates";
  return undefined;
}

/**
 * How many separate things two titles share: shared words of 3 letters or more, rarer than
 * `minIdf`, where words adjacent in both titles count once ("James Webb Space Telescope" is one
 * unit, "Japanese … monkeys … city" three). Two headlines about one subject share its name (one
 * unit, however many words); two reports of one event also share what happened to it and where.
 */
export function sharedUnits(a: StoryFeatures, b: StoryFeatures, idf: (feature: string) => number, minIdf: number): number {
  const words = [...a.title].filter((feature) => !feature.includes(" ") && b.title.has(feature) && feature.length >= 3 && idf(feature) >= minIdf);
  const parent = new Map(words.map((word) => [word, word]));
  const root = (word: string): string => {
    while (parent.get(word) !== word) word = parent.get(word)!;
    return word;
  };
  for (const feature of a.title) {
    const [first, second] = feature.split(" ");
    if (second !== undefined && b.title.has(feature) && parent.has(first!) && parent.has(second)) parent.set(root(first!), root(second));
  }
  return new Set(words.map(root)).size;
}

/**
 * Whether two articles report the same story: similar enough, and no evidence of two stories.
 * Similarity is tested first: it is cheaper, and most candidate pairs fail it.
 */
export function isSameStory(a: StoryFeatures, b: StoryFeatures, idf: (feature: string) => number, thresholds: EvidenceThresholds): boolean {
  return isSimilar(a, b, idf, thresholds) && differenceEvidence(a, b) === undefined;
}

/** Whether two articles' titles, or titles and leads, are similar enough to be one story. */
function isSimilar(a: StoryFeatures, b: StoryFeatures, idf: (feature: string) => number, thresholds: EvidenceThresholds): boolean {
  const title = overlap(a.title, b.title, idf);
  if (title.sharedCount >= 2 && (title.jaccard + title.containment) / 2 >= thresholds.titleThreshold) return true;
  if (title.sharedCount >= MIN_SHARED_UNITS && sharedUnits(a, b, idf, thresholds.minUnitIdf) >= MIN_SHARED_UNITS) return true;
  if (!a.roundup && !b.roundup && title.sharedCount > MIN_SHARED_NAMES) {
    const rare = (word: string): boolean => idf(stemOf(word)) >= thresholds.minUnitIdf;
    if (Math.min(sharedNames(a, b, rare), sharedNames(b, a, rare)) >= MIN_SHARED_NAMES) return true;
  }
  if (a.lead.size === 0 || b.lead.size === 0) return false;
  const lead = overlap(a.lead, b.lead, idf);
  // Leads alone (titles sharing nothing) must agree more: boilerplate the batch did not reveal is short.
  const needed = title.sharedCount === 0 ? MIN_SHARED_LEAD_FEATURES_ALONE : MIN_SHARED_LEAD_FEATURES;
  return lead.sharedCount >= needed && lead.jaccard >= thresholds.leadThreshold;
}
