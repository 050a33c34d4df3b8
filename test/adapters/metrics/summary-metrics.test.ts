/**
 * Summary metrics through the real summary path: the AI SDK summarizer (on the SDK's own mock
 * model), measured, inside the SummaryService, recorded by the prom-client adapter.
 */
import { describe, expect, it } from "vitest";
import { createAiSdkSummarizer } from "../../../src/adapters/ai/ai-sdk-summarizer.js";
import { createExtractiveFallback } from "../../../src/adapters/ai/extractive-fallback.js";
import { createPromMetrics } from "../../../src/adapters/metrics/prom-metrics.js";
import { measureModelSummarizer } from "../../../src/core/summaries/measure-summarizer.js";
import { SummaryService } from "../../../src/core/summaries/summary-service.js";
import { ManualClock } from "../../fakes/memory-ports.js";
import { createScriptedModel, makeArticle, MemorySummaryCache, PLAIN_SUMMARY } from "../../fakes/summary-fakes.js";

async function sample(metrics: ReturnType<typeof createPromMetrics>, line: string): Promise<number | undefined> {
  const text = (await metrics.render()).text;
  const found = text.split("\n").find((candidate) => candidate.startsWith(`${line} `));
  return found === undefined ? undefined : Number(found.slice(line.length + 1));
}

describe("summary metrics", () => {
  it("count model calls by result with their tokens, and every extractive fallback", async () => {
    const metrics = createPromMetrics({ processMetrics: false });
    const clock = new ManualClock();
    const { model } = createScriptedModel({ answer: (user) => (user.includes("Broken") ? new Error("provider down") : PLAIN_SUMMARY), inputTokens: 400, outputTokens: 60 });
    const service = new SummaryService({
      model: measureModelSummarizer(createAiSdkSummarizer({ model, maxOutputTokens: 200, maxChars: 700 }), metrics),
      fallback: createExtractiveFallback({ maxChars: 700 }),
      cache: new MemorySummaryCache(clock),
      clock,
      metrics,
      settings: { concurrency: 2, timeoutMs: 1_000 },
    });
    expect((await service.summarizeArticle(makeArticle("ok1"))).source).toBe("model");
    expect((await service.summarizeArticle(makeArticle("bad1", { title: "Broken story" }))).source).toBe("extractive");
    // Too short for the model; the offline summary would add nothing to the digest line, so the
    // answer is "nothing more is available" — a fallback all the same.
    expect((await service.summarizeArticle(makeArticle("short", { body: "Too short.", summary: "Too short." }))).source).toBe("none");
    // A cached summary is no call and no fallback.
    await service.summarizeArticle(makeArticle("ok1"));
    expect(await sample(metrics, 'newsdesk_summary_calls_total{result="ok"}')).toBe(1);
    expect(await sample(metrics, 'newsdesk_summary_calls_total{result="error"}')).toBe(1);
    expect(await sample(metrics, "newsdesk_summary_tokens_total")).toBe(460);
    expect(await sample(metrics, "newsdesk_summary_fallbacks_total")).toBe(2);
  });
});
