/**
 * The summary call's deadline starts when the call gets its slot, not when it joins the queue:
 * a call that waited behind a slow one (longer than the deadline) still gets its full deadline.
 */
import { describe, expect, it } from "vitest";
import { createAiSdkSummarizer } from "../../../src/adapters/ai/ai-sdk-summarizer.js";
import { createExtractiveFallback } from "../../../src/adapters/ai/extractive-fallback.js";
import { SummaryService } from "../../../src/core/summaries/summary-service.js";
import { ManualClock } from "../../fakes/memory-ports.js";
import { createScriptedModel, makeArticle, MemorySummaryCache, PLAIN_SUMMARY } from "../../fakes/summary-fakes.js";

describe("SummaryService: the model call's deadline", () => {
  it("starts when a queued call gets its slot, so it is not spent waiting behind a slow call", async () => {
    // Call 1 would answer after 60 s (only its deadline ends it); call 2 answers after 20 ms, well
    // within a deadline of its own, but not before one that began with call 1's.
    const { model, stats } = createScriptedModel({ delay: (call) => (call === 1 ? 60_000 : 20) });
    const clock = new ManualClock();
    const service = new SummaryService({
      model: createAiSdkSummarizer({ model, maxOutputTokens: 200, maxChars: 700 }),
      fallback: createExtractiveFallback({ maxChars: 700 }),
      cache: new MemorySummaryCache(clock),
      clock,
      settings: { concurrency: 1, timeoutMs: 300, maxQueueWaitMs: 60_000 },
    });
    const [slow, queued] = await Promise.all([service.summarizeArticle(makeArticle("slow")), service.summarizeArticle(makeArticle("queued"))]);
    // The second call waited the first one's whole deadline; with a deadline counted from the
    // queue it would have started already aborted and fallen back too.
    expect(slow.source).toBe("extractive");
    expect(queued).toEqual({ text: PLAIN_SUMMARY, source: "model", language: "en" });
    expect(stats.calls).toBe(2);
  });
});
