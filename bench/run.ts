/**
 * `npm run bench`: every benchmark, one after the other; each prints its own figures and the baseline
 * it is compared with in the same run. Timings vary by machine; ratios are what to compare.
 */
import { runDiscordDeliveryBench } from "./discord-delivery.bench.js";
import { runDueWorkBench } from "./due-work.bench.js";
import { runFeedPollingBench } from "./feed-polling.bench.js";
import { runFollowMatchingBench } from "./follow-matching.bench.js";
import { runHostileInputBench } from "./hostile-input.bench.js";
import { runIngestBench } from "./ingest.bench.js";
import { runMergeQualityBench } from "./merge-quality.bench.js";
import { runMemoryBench } from "./memory.bench.js";
import { runMorningRoundBench } from "./morning-round.bench.js";
import { runStatusPageBench } from "./status-page.bench.js";
import { runSummaryCallsBench } from "./summary-calls.bench.js";
import { runTelegramDeliveryBench } from "./telegram-delivery.bench.js";

const benches: [string, () => Promise<void>][] = [
  ["ingest", runIngestBench],
  ["feed polling", () => runFeedPollingBench()],
  ["follow matching", runFollowMatchingBench],
  ["hostile and huge input", runHostileInputBench],
  ["same-story merge quality", runMergeQualityBench],
  ["summary model calls", runSummaryCallsBench],
  ["discord delivery", runDiscordDeliveryBench],
  ["telegram delivery", () => runTelegramDeliveryBench()],
  ["morning round", () => runMorningRoundBench()],
  // `--max-chats=N` (e.g. 100000) keeps these two short; both print what ran.
  ["due work at scale", () => runDueWorkBench()],
  ["instance memory", () => runMemoryBench()],
  ["status page at scale", () => runStatusPageBench([])],
];

// One bench failing (a store not running, say) does not hide the others' figures.
let failed = 0;
for (const [name, run] of benches) {
  console.log(`\n### ${name}`);
  try {
    await run();
  } catch (error) {
    failed += 1;
    console.log(`  FAILED: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exit(failed > 0 ? 1 : 0);
