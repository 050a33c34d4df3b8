/**
 * Same-story merging quality: precision and recall of `clusterStories` on the labelled pairs of
 * `test/fixtures/merge-eval/` (protocol in its SOURCES.md), counts by kind and every misclassified
 * pair. Run alone: `node --import tsx bench/merge-quality.bench.ts`. Deterministic; no timings.
 */
import { pathToFileURL } from "node:url";
import { evaluateMerging, halfOf, loadPairs, scoreSubset, type EvalPair } from "../test/helpers/merge-eval.js";

const show = (pair: EvalPair): string =>
  `  ${pair.id} [${pair.kind}] "${pair.a.title}" (${pair.a.source}) / "${pair.b.title}" (${pair.b.source})${pair.note ? ` - ${pair.note}` : ""}`;

/** Prints the merge-quality figures. */
export async function runMergeQualityBench(): Promise<void> {
  const pairs = loadPairs();
  const result = evaluateMerging(pairs);
  // Misclassified pairs are listed for the tuning half only (unless --all-errors): the held-out half
  // is only counted, so that its figures say how merging does on pairs nobody tuned against.
  const allErrors = process.argv.includes("--all-errors");
  const listed = (pair: EvalPair): boolean => allErrors || halfOf(pair) === "tuning";
  const halves = (["tuning", "held-out"] as const).map((half) => {
    const score = scoreSubset(result, pairs.filter((pair) => halfOf(pair) === half));
    return `  ${half}: ${score.pairs} pairs, precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} (merged correctly ${score.truePositives}, wrong ${score.wrong}, missed ${score.missed})`;
  });
  const wrong = result.falsePositives.filter(listed);
  const missed = result.falseNegatives.filter(listed);
  const lines = [
    `${result.pairs} labelled pairs: merge precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)} (target ≥ 0.99 and ≥ 0.8)`,
    `merged correctly ${result.truePositives}, wrong merges ${result.falsePositives.length}, missed merges ${result.falseNegatives.length}`,
    ...halves,
    "correct by kind:",
    ...Object.entries(result.byKind).sort().map(([kind, { pairs, correct }]) => `  ${kind}: ${correct}/${pairs}`),
    `wrong merges${allErrors ? "" : " of the tuning half"} (${wrong.length}):`,
    ...wrong.map(show),
    `missed merges${allErrors ? "" : " of the tuning half"} (${missed.length}):`,
    ...missed.map(show),
  ];
  console.log(lines.join("\n"));
  await Promise.resolve();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runMergeQualityBench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
