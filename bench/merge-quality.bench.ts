/**
 * Same-story merging quality: precision and recall of `clusterStories` on the labelled pairs of
 * `test/fixtures/merge-eval/` (protocol in its SOURCES.md), counts by kind and every misclassified
 * pair. Run alone: `node --import tsx bench/merge-quality.bench.ts`. Deterministic; no timings.
 */
import { pathToFileURL } from "node:url";
import { evaluateMerging, type EvalPair } from "../test/helpers/merge-eval.js";

const show = (pair: EvalPair): string =>
  `  ${pair.id} [${pair.kind}] "${pair.a.title}" (${pair.a.source}) / "${pair.b.title}" (${pair.b.source})${pair.note ? ` - ${pair.note}` : ""}`;

/** Prints the merge-quality figures. */
export async function runMergeQualityBench(): Promise<void> {
  const result = evaluateMerging();
  const lines = [
    `${result.pairs} labelled pairs: merge precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)} (target ≥ 0.99 and ≥ 0.8)`,
    `merged correctly ${result.truePositives}, wrong merges ${result.falsePositives.length}, missed merges ${result.falseNegatives.length}`,
    "correct by kind:",
    ...Object.entries(result.byKind).sort().map(([kind, { pairs, correct }]) => `  ${kind}: ${correct}/${pairs}`),
    `wrong merges (${result.falsePositives.length}):`,
    ...result.falsePositives.map(show),
    `missed merges (${result.falseNegatives.length}):`,
    ...result.falseNegatives.map(show),
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
