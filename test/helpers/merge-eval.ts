/**
 * Evaluation of same-story merging on the labelled pairs of `test/fixtures/merge-eval/` (see its
 * SOURCES.md for the set and the protocol): each pair is clustered with a fixed background batch and
 * counts as merged when both items land in one story. Shared by the quality bench and its test.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Article } from "../../src/core/articles/article.js";
import { clusterStories, type ClusterOptions } from "../../src/core/stories/cluster-stories.js";

const DIR = fileURLToPath(new URL("../fixtures/merge-eval/", import.meta.url));
const HOUR = 3_600_000;
const NOW = Date.UTC(2025, 4, 1, 12);

/** One item of a labelled pair, as stored. */
export interface EvalItem {
  title: string;
  lead: string;
  source: string;
}

/** A labelled pair. */
export interface EvalPair {
  id: string;
  a: EvalItem;
  b: EvalItem;
  same: boolean;
  kind: "same-story" | "same-topic" | "boilerplate" | "update";
  note?: string;
}

/** Precision, recall and the pairs judged wrongly. */
export interface MergeEvalResult {
  pairs: number;
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: EvalPair[];
  falseNegatives: EvalPair[];
  byKind: Record<string, { pairs: number; correct: number }>;
}

function readJsonl<T>(name: string): T[] {
  return readFileSync(`${DIR}${name}`, "utf8").split("\n").filter((line) => line.trim() !== "").map((line) => JSON.parse(line) as T);
}

/** The labelled pairs. */
export function loadPairs(): EvalPair[] {
  return readJsonl<EvalPair>("pairs.jsonl");
}

function toArticle(item: EvalItem, id: string, hoursAgo: number): Article {
  const feed = item.source.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return {
    id,
    sectionId: "eval",
    feedUrl: `https://${feed}.example/feed`,
    source: item.source,
    title: item.title,
    url: `https://${feed}.example/${id}`,
    summary: item.lead,
    publishedAt: NOW - hoursAgo * HOUR,
    publishedAtFromFeed: true,
    firstSeenAt: NOW - hoursAgo * HOUR,
    tags: [],
    backfill: false,
  };
}

/** Which half of the set a pair is in: tuning (looked at while tuning) or held out (only counted). */
export type EvalHalf = "tuning" | "held-out";

/**
 * The half of a pair, from an FNV-1a hash of its two titles: deterministic, independent of the
 * label and of the order of the file, about half the pairs each.
 */
export function halfOf(pair: EvalPair): EvalHalf {
  let hash = 0x811c9dc5;
  for (const char of `${pair.a.title}\n${pair.b.title}`) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return hash % 2 === 0 ? "tuning" : "held-out";
}

/** Scores a subset of an evaluation (one half) from its per-pair outcomes. */
export function scoreSubset(result: MergeEvalResult, pairs: readonly EvalPair[]): Pick<MergeEvalResult, "pairs" | "precision" | "recall" | "truePositives"> & { wrong: number; missed: number } {
  const ids = new Set(pairs.map((pair) => pair.id));
  const wrong = result.falsePositives.filter((pair) => ids.has(pair.id)).length;
  const missed = result.falseNegatives.filter((pair) => ids.has(pair.id)).length;
  const same = pairs.filter((pair) => pair.same).length;
  const truePositives = same - missed;
  return {
    pairs: pairs.length,
    precision: truePositives + wrong === 0 ? 1 : truePositives / (truePositives + wrong),
    recall: same === 0 ? 1 : truePositives / same,
    truePositives,
    wrong,
    missed,
  };
}

/**
 * Clusters every pair within the background batch and scores the result. `backgroundSize` keeps only
 * the first that many background items (the quick protocol of the test; see SOURCES.md).
 */
export function evaluateMerging(
  pairs: readonly EvalPair[] = loadPairs(),
  options: Partial<ClusterOptions> = {},
  backgroundSize = Number.POSITIVE_INFINITY,
): MergeEvalResult {
  const background = readJsonl<EvalItem>("background.jsonl")
    .slice(0, backgroundSize)
    .map((item, i) => toArticle(item, `bg${i}`, (i % 24) + 0.5));
  let truePositives = 0;
  const falsePositives: EvalPair[] = [];
  const falseNegatives: EvalPair[] = [];
  const byKind: MergeEvalResult["byKind"] = {};
  for (const pair of pairs) {
    const a = toArticle(pair.a, `${pair.id}a`, 2);
    const b = toArticle(pair.b, `${pair.id}b`, 1);
    const stories = clusterStories([...background, a, b], options);
    const merged = stories.some((story) => story.articles.some((x) => x.id === a.id) && story.articles.some((x) => x.id === b.id));
    const kind = (byKind[`${pair.kind}/${pair.same ? "same" : "different"}`] ??= { pairs: 0, correct: 0 });
    kind.pairs++;
    if (merged === pair.same) kind.correct++;
    if (merged && pair.same) truePositives++;
    else if (merged) falsePositives.push(pair);
    else if (pair.same) falseNegatives.push(pair);
  }
  const mergedCount = truePositives + falsePositives.length;
  const sameCount = truePositives + falseNegatives.length;
  return {
    pairs: pairs.length,
    precision: mergedCount === 0 ? 1 : truePositives / mergedCount,
    recall: sameCount === 0 ? 1 : truePositives / sameCount,
    truePositives,
    falsePositives,
    falseNegatives,
    byKind,
  };
}
