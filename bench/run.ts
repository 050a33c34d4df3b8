/**
 * `npm run bench`: every benchmark, one after the other; each prints its own figures and the baseline
 * it is compared with in the same run. Timings vary by machine; ratios are what to compare.
 */
import { runDiscordDeliveryBench } from "./discord-delivery.bench.js";
import { runFeedPollingBench } from "./feed-polling.bench.js";
import { runFollowMatchingBench } from "./follow-matching.bench.js";
import { runIngestBench } from "./ingest.bench.js";
import { runMorningRoundBench } from "./morning-round.bench.js";
import { runSummaryCallsBench } from "./summary-calls.bench.js";
import { runTelegramDeliveryBench } from "./telegram-delivery.bench.js";

const benches: [string, () => Promise<void>][] = [
  ["ingest", runIngestBench],
  ["feed polling", () => runFeedPollingBench()],
  ["follow matching", runFollowMatchingBench],
  ["summary model calls", runSummaryCallsBench],
  ["discord delivery", runDiscordDeliveryBench],
  ["telegram delivery", () => runTelegramDeliveryBench()],
  ["morning round", () => runMorningRoundBench()],
];

for (const [name, run] of benches) {
  console.log(`\n### ${name}`);
  await run();
}
process.exit(0);
