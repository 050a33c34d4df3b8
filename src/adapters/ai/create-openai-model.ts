/**
 * The summary model from configuration: OpenAI, or any OpenAI-compatible server (Ollama,
 * llama.cpp `llama-server`, vLLM, LM Studio) through its base URL.
 *
 * `.chat(id)` targets `/chat/completions`; the provider's default (`provider(id)`) would use the
 * Responses API, which local servers do not implement. Base URL and key are always passed, so the
 * SDK never reads `OPENAI_*` environment variables itself (config.ts is the only reader), and a
 * local server without a key gets a placeholder instead of a LoadAPIKeyError at call time.
 */
import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModel } from "ai";

/** Options of {@link createOpenAiModel}. */
export interface OpenAiModelOptions {
  /** Model id as the server knows it, e.g. `gpt-4o-mini` or `llama3.1`. */
  modelId: string;
  /** Absent: a placeholder (local servers usually need none). Never logged. */
  apiKey?: string;
  /** Default `https://api.openai.com/v1`. */
  baseURL?: string;
  /** Replaces the global fetch (tests, proxies). */
  fetch?: typeof globalThis.fetch;
}

/** Placeholder key for servers that take none. */
const NO_KEY = "not-needed";

/** A chat-completions language model for the summarizer. */
export function createOpenAiModel(options: OpenAiModelOptions): LanguageModel {
  const provider = createOpenAI({
    baseURL: options.baseURL ?? "https://api.openai.com/v1",
    apiKey: options.apiKey ?? NO_KEY,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return provider.chat(options.modelId);
}
