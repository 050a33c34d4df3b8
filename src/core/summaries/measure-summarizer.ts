/** Model summary calls as metrics: counted by outcome, with the tokens they used. */
import type { Metrics } from "../shared/metrics.js";
import { SummaryRejectedError, type ModelSummarizer } from "./summary-ports.js";

/** The model summarizer, counting calls by outcome and the tokens they used. */
export function measureModelSummarizer(model: ModelSummarizer, metrics: Metrics): ModelSummarizer {
  return {
    version: model.version,
    async summarize(input, signal) {
      try {
        const answer = await model.summarize(input, signal);
        metrics.summaryCall("ok", answer.tokens);
        return answer;
      } catch (error) {
        if (error instanceof SummaryRejectedError) metrics.summaryCall("rejected", error.tokens);
        else metrics.summaryCall("error", 0);
        throw error;
      }
    },
  };
}
