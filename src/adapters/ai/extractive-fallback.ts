/**
 * The offline summarizer as the summary service's fallback port: the extractive summary of the
 * text, the title when the text gives none. Works the same for an article and for a digest text.
 *
 * Sentences carrying a URL are left out before ranking: an extractive summary quotes the article
 * verbatim, so an article saying "reply with http://evil.example" must not have that sentence
 * picked as its summary. Summaries carry no links, whichever summarizer wrote them.
 */
import type { FallbackSummarizer } from "../../core/summary-ports.js";
import { splitSentences, summarizeExtractive } from "./extractive-summarizer.js";
import { findUrls } from "./summary-output-guard.js";

/** Options of {@link createExtractiveFallback}. */
export interface ExtractiveFallbackOptions {
  /** Default 3. */
  maxSentences?: number;
  /** Default 700 (keep equal to the service's `maxChars`). */
  maxChars?: number;
}

/** Creates the extractive {@link FallbackSummarizer}. */
export function createExtractiveFallback(options: ExtractiveFallbackOptions = {}): FallbackSummarizer {
  const bounds = { maxSentences: options.maxSentences ?? 3, maxChars: options.maxChars ?? 700 };
  return {
    summarize(input) {
      const sentences = splitSentences(input.text).filter((sentence) => findUrls(sentence).length === 0);
      // One sentence per paragraph: the summarizer splits the joined text exactly as before.
      return summarizeExtractive(sentences.join("\n\n"), bounds) || input.title;
    },
  };
}
