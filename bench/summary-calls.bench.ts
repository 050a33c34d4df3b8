/**
 * Model calls made for summaries when N chats each read the same M articles, all at once:
 * the SummaryService (cache + single flight) against the naive baseline of one model call per
 * chat per article (N × M). The model is MockLanguageModelV3 behind the real AI SDK summarizer,
 * with a small artificial latency so that requests really overlap.
 *
 * Run: `npx tsx bench/summary-calls.bench.ts`, or import {@link runSummaryCallsBench}.
 */
import { pathToFileURL } from "node:url";
import { createAiSdkSummarizer } from "../src/adapters/ai/ai-sdk-summarizer.js";
import { createExtractiveFallback } from "../src/adapters/ai/extractive-fallback.js";
import { MemoryTokenBudget } from "../test/fakes/memory-token-budget.js";
import { SummaryService } from "../src/core/summaries/summary-service.js";
import { ManualClock } from "../test/fakes/memory-ports.js";
import { createScriptedModel, makeArticle, MemorySummaryCache } from "../test/fakes/summary-fakes.js";

/** One measured configuration. */
export interface SummaryCallsRow {
  chats: number;
  articles: number;
  requests: number;
  naiveCalls: number;
  serviceCalls: number;
  /** naiveCalls / serviceCalls. */
  ratio: number;
  maxInFlight: number;
  milliseconds: number;
}

const SCENARIOS: ReadonlyArray<[chats: number, articles: number]> = [
  [10, 20],
  [100, 20],
  [1_000, 20],
  [1_000, 100],
];
const LATENCY_MS = 3;
const CONCURRENCY = 4;

/** Measures one configuration. */
export async function measureSummaryCalls(chats: number, articleCount: number): Promise<SummaryCallsRow> {
  const clock = new ManualClock();
  const { model, stats } = createScriptedModel({ latencyMs: LATENCY_MS });
  const service = new SummaryService({
    model: createAiSdkSummarizer({ model, maxOutputTokens: 200 }),
    fallback: createExtractiveFallback(),
    cache: new MemorySummaryCache(clock),
    budget: new MemoryTokenBudget(Number.POSITIVE_INFINITY),
    clock,
    settings: { concurrency: CONCURRENCY, timeoutMs: 10_000 },
  });
  const articles = Array.from({ length: articleCount }, (_, i) => makeArticle(`bench${i}`));
  const started = performance.now();
  const requests: Array<Promise<unknown>> = [];
  for (let chat = 0; chat < chats; chat++) for (const article of articles) requests.push(service.summarizeArticle(article));
  await Promise.all(requests);
  const milliseconds = performance.now() - started;
  const naiveCalls = chats * articleCount;
  return {
    chats,
    articles: articleCount,
    requests: requests.length,
    naiveCalls,
    serviceCalls: stats.calls,
    ratio: naiveCalls / Math.max(1, stats.calls),
    maxInFlight: stats.maxInFlight,
    milliseconds,
  };
}

/** Runs every scenario and prints a table. */
export async function runSummaryCallsBench(): Promise<void> {
  const rows: SummaryCallsRow[] = [];
  for (const [chats, articles] of SCENARIOS) rows.push(await measureSummaryCalls(chats, articles));
  console.log(`summary model calls: service (cache + single flight, concurrency ${CONCURRENCY}, ${LATENCY_MS} ms mock latency) vs naive (one call per chat per article)`);
  console.log("chats × articles | requests | naive calls | service calls | naive/service | max in flight | wall ms");
  for (const row of rows) {
    console.log(
      [
        `${row.chats} × ${row.articles}`.padEnd(16),
        String(row.requests).padStart(8),
        String(row.naiveCalls).padStart(11),
        String(row.serviceCalls).padStart(13),
        `${row.ratio.toFixed(0)}×`.padStart(13),
        String(row.maxInFlight).padStart(13),
        row.milliseconds.toFixed(0).padStart(7),
      ].join(" | "),
    );
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runSummaryCallsBench();
}
