/**
 * The model summarizer on the AI SDK (`generateText`). Any AI SDK language model works: OpenAI or
 * an OpenAI-compatible local server through {@link createOpenAiModel}, or a mock in tests.
 *
 * Prompt-injection resistance: the article is delimited as untrusted data with a random per-call
 * boundary (see summary-prompt.ts), the output is bounded in tokens then characters, markup is
 * stripped, and answers carrying a URL absent from the article, echoing the boundary, or of absurd
 * length are rejected with SummaryRejectedError (the service then falls back to the extractive
 * summary), as are answers that repeat the instructions, are not grounded in the article, or talk
 * to the reader instead of reporting (summary-grounding.ts). Retries are the service's business: `maxRetries` is 0 by default, at most 1.
 */
import { generateText, type LanguageModel } from "ai";
import { SummaryRejectedError, type ModelSummarizer, type SummaryInput } from "../../core/summaries/summary-ports.js";
import { checkReporting } from "./summary-grounding.js";
import { dropUnfinishedSentence, guardSummary } from "./summary-output-guard.js";
import { buildSummaryPrompt, PROMPT_VERSION, randomBoundary } from "./summary-prompt.js";

/** Options of {@link createAiSdkSummarizer}. */
export interface AiSdkSummarizerOptions {
  model: LanguageModel;
  /** Output token limit sent to the provider (`max_tokens` / `max_completion_tokens`). Default 300. */
  maxOutputTokens?: number;
  /** Deadline of one call, on top of the caller's signal. Default: none (the service sets one). */
  timeoutMs?: number;
  /** Characters of a summary at most (asked for in the prompt, then enforced). Default 700. */
  maxChars?: number;
  /** Answers shorter than this after stripping markup are rejected. Default 40. */
  minChars?: number;
  /** Provider-level retries (0 or 1). Default 0. */
  maxRetries?: 0 | 1;
  /** Default 0.2: summaries should be faithful, not creative. */
  temperature?: number;
  /** Per-call boundary generator; tests may fix it. */
  boundary?: () => string;
}

/** Answers beyond this multiple of `maxChars` mean the model ignored its bounds: rejected, not cut. */
const ABSURD_LENGTH_FACTOR = 4;

/** Creates a {@link ModelSummarizer} on an AI SDK language model. */
export function createAiSdkSummarizer(options: AiSdkSummarizerOptions): ModelSummarizer {
  const maxOutputTokens = options.maxOutputTokens ?? 300;
  const maxChars = options.maxChars ?? 700;
  const minChars = options.minChars ?? 40;
  const temperature = options.temperature ?? 0.2;
  const maxRetries = Math.min(1, Math.max(0, options.maxRetries ?? 0));
  const nextBoundary = options.boundary ?? randomBoundary;
  const model = options.model;
  const modelName = typeof model === "string" ? model : `${model.provider}/${model.modelId}`;

  return {
    version: `ai-sdk:${PROMPT_VERSION}:${modelName}:${maxOutputTokens}:${maxChars}:${minChars}`,

    async summarize(input: SummaryInput, signal: AbortSignal) {
      const { system, prompt, boundary, source, marker, language } = buildSummaryPrompt(input, maxChars, nextBoundary());
      const result = await generateText({
        model,
        system,
        prompt,
        maxOutputTokens,
        temperature,
        maxRetries,
        abortSignal: signal,
        ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
      });
      const usage = result.totalUsage;
      const tokens = usage.totalTokens ?? (usage.inputTokens ?? 0) + (usage.outputTokens ?? 0);
      if (result.finishReason === "content-filter" || result.finishReason === "error") {
        throw new SummaryRejectedError(`model stopped: ${result.finishReason}`, tokens);
      }
      const verdict = guardSummary(result.text, source, boundary, {
        minChars,
        maxChars,
        rejectAboveChars: maxChars * ABSURD_LENGTH_FACTOR,
      });
      if (!verdict.ok) throw new SummaryRejectedError(verdict.reason, tokens);
      const refusal = checkReporting(`${result.text}\n${verdict.text}`, { instructions: system, marker, source, language });
      if (refusal !== undefined) throw new SummaryRejectedError(refusal, tokens);
      const text = result.finishReason === "length" ? dropUnfinishedSentence(verdict.text) : verdict.text;
      return { text, tokens };
    },
  };
}
