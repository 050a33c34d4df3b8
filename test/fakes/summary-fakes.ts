/**
 * Fakes for summary tests and benches: an in-memory summary cache with TTLs on an injected clock,
 * a scripted MockLanguageModelV3 (from `ai/test`, the AI SDK's own test model) that counts calls
 * and calls in flight, and an article factory.
 */
import { MockLanguageModelV3 } from "ai/test";
import type { Article } from "../../src/core/articles/article.js";
import type { Clock } from "../../src/core/shared/ports.js";
import type { CachedSummary, SummaryCache } from "../../src/core/summaries/summary-ports.js";

type DoGenerate = Extract<MockLanguageModelV3["doGenerate"], (...args: never[]) => unknown>;
/** What the model receives on each call. */
export type ModelCallOptions = Parameters<DoGenerate>[0];
type GenerateResult = Awaited<ReturnType<DoGenerate>>;

/** A cache that honours TTLs on the given clock and can be told to fail. */
export class MemorySummaryCache implements SummaryCache {
  readonly entries = new Map<string, { value: CachedSummary; expiresAt: number }>();
  failing = false;
  readonly #clock: Clock;
  constructor(clock: Clock) {
    this.#clock = clock;
  }

  async get(key: string): Promise<CachedSummary | undefined> {
    if (this.failing) throw new Error("cache down");
    const entry = this.entries.get(key);
    if (!entry || entry.expiresAt <= this.#clock.now()) return undefined;
    return structuredClone(entry.value);
  }

  async set(key: string, value: CachedSummary, ttlMs: number): Promise<void> {
    if (this.failing) throw new Error("cache down");
    this.entries.set(key, { value: structuredClone(value), expiresAt: this.#clock.now() + ttlMs });
  }
}

/** Counters of a {@link createScriptedModel} model. */
export interface ModelStats {
  calls: number;
  inFlight: number;
  maxInFlight: number;
  /** The system and user text of every call. */
  prompts: Array<{ system: string; user: string; maxOutputTokens: number | undefined }>;
}

/** What a scripted model answers: text, or an Error to throw. */
export type ModelScript = (user: string, system: string, call: number) => string | Error;

/** Options of {@link createScriptedModel}. */
export interface ScriptedModelOptions {
  /** Latency of each call (honours the abort signal). Default 0. */
  latencyMs?: number;
  /** Latency decided per call; wins over `latencyMs`. */
  delay?: (call: number) => number;
  /** Default: a plain three-sentence summary. */
  answer?: ModelScript;
  inputTokens?: number;
  outputTokens?: number;
  finishReason?: "stop" | "length";
}

/** A plausible model summary of {@link makeArticle}'s text, without markup or links (grounded in it). */
export const PLAIN_SUMMARY =
  "The council approved the budget after a long meeting. Members debated the cost of new bus lanes and the repair of three schools, and the finance director warned that tax receipts could fall next year.";

function messageText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content.map((part: { type?: string; text?: string }) => (part.type === "text" ? (part.text ?? "") : "")).join("");
}

function sleep(milliseconds: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, milliseconds);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}

/** A MockLanguageModelV3 whose doGenerate follows `answer`, with call counting. */
export function createScriptedModel(options: ScriptedModelOptions = {}): { model: MockLanguageModelV3; stats: ModelStats } {
  const stats: ModelStats = { calls: 0, inFlight: 0, maxInFlight: 0, prompts: [] };
  const answer = options.answer ?? (() => PLAIN_SUMMARY);
  const model = new MockLanguageModelV3({
    modelId: "scripted",
    doGenerate: async (call: ModelCallOptions): Promise<GenerateResult> => {
      stats.calls += 1;
      stats.inFlight += 1;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      try {
        const system = call.prompt.filter((m) => m.role === "system").map((m) => messageText(m.content)).join("\n");
        const user = call.prompt.filter((m) => m.role === "user").map((m) => messageText(m.content)).join("\n");
        stats.prompts.push({ system, user, maxOutputTokens: call.maxOutputTokens });
        const latency = options.delay?.(stats.calls) ?? options.latencyMs ?? 0;
        if (latency > 0) await sleep(latency, call.abortSignal);
        const result = answer(user, system, stats.calls);
        if (result instanceof Error) throw result;
        const input = options.inputTokens ?? 400;
        const output = options.outputTokens ?? 60;
        return {
          content: [{ type: "text", text: result }],
          finishReason: { unified: options.finishReason ?? "stop", raw: options.finishReason ?? "stop" },
          usage: {
            inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: 0 },
            outputTokens: { total: output, text: output, reasoning: 0 },
          },
          warnings: [],
        };
      } finally {
        stats.inFlight -= 1;
      }
    },
  });
  return { model, stats };
}

const LOREM =
  "The council met for six hours before the vote. Members debated the cost of new bus lanes and the repair of three schools. " +
  "The finance director warned that tax receipts could fall next year. Residents who attended the meeting were divided. ";

/** An article with a body long enough to be worth a model call, unless overridden. */
export function makeArticle(id: string, overrides: Partial<Article> = {}): Article {
  return {
    id,
    sectionId: "local",
    feedUrl: "https://news.example/feed.xml",
    source: "Example News",
    title: `Council approves budget (${id})`,
    url: `https://news.example/articles/${id}`,
    summary: "The council approved the budget.",
    body: `Article ${id}. ${LOREM.repeat(4)}`,
    publishedAt: Date.parse("2026-11-25T07:00:00Z"),
    publishedAtFromFeed: true,
    firstSeenAt: Date.parse("2026-11-25T07:05:00Z"),
    tags: [],
    backfill: false,
    ...overrides,
  };
}
