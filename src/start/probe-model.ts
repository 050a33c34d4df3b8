/**
 * Part of the composition root: is the summary model server there? At start, newsdesk asks it for
 * its models (`GET <base URL>/models`, any HTTP answer counts as there). Not fatal: until it answers,
 * summaries are extractive (model calls are not even tried), the log says so, and the probe is
 * retried with backoff (see reach-dependency.ts).
 */
import type { ModelSummarizer } from "../core/summaries/summary-ports.js";
import type { Logger } from "../core/shared/ports.js";
import { StartupStopped, reachDependency } from "./reach-dependency.js";

/** The model server's state as far as newsdesk knows. */
export interface ModelProbe {
  /** True once the server has answered. */
  reachable(): boolean;
  /** Ends the probing. */
  stop(): void;
}

/** Starts probing `baseURL` (OPENAI_BASE_URL, default OpenAI's). */
export function probeModelServer(options: { baseURL: string; apiKey?: string; logger: Logger; probeTimeoutMs?: number }): ModelProbe {
  const stopping = new AbortController();
  let reachable = false;
  const base = options.baseURL.replace(/\/+$/u, "");
  const display = new URL(base).origin;
  void reachDependency({
    dependency: `summary model server (${display})`,
    meanwhile: "summaries are extractive until it answers",
    logger: options.logger,
    signal: stopping.signal,
    slowAfterMs: options.probeTimeoutMs ?? 4_000,
    attempt: async (signal) => {
      const response = await fetch(`${base}/models`, {
        headers: options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {},
        signal: AbortSignal.any([signal, AbortSignal.timeout(options.probeTimeoutMs ?? 4_000)]),
      });
      await response.body?.cancel();
      if (response.status === 401 || response.status === 403) {
        options.logger.warn({ status: response.status }, "summary model server refused OPENAI_API_KEY; model summaries will fail and be extractive");
      }
    },
  }).then(
    () => {
      reachable = true;
    },
    (error: unknown) => {
      if (!(error instanceof StartupStopped)) options.logger.warn({ error: String(error) }, "summary model probe failed");
    },
  );
  return {
    reachable: () => reachable,
    stop: () => stopping.abort(),
  };
}

/** `model`, answering at once with an error (so the extractive summary is used) while the server has not answered the probe. */
export function gateModel(model: ModelSummarizer, probe: Pick<ModelProbe, "reachable">): ModelSummarizer {
  return {
    version: model.version,
    summarize(input, signal) {
      if (!probe.reachable()) return Promise.reject(new Error("the summary model server has not answered yet"));
      return model.summarize(input, signal);
    },
  };
}
