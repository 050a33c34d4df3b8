/**
 * The offline summarizer as the summary service's fallback port: the extractive summary of the
 * text. Works the same for an article and for a digest text; gives "" when nothing is left to
 * pick (the service then says plainly that nothing more is available).
 *
 * Sentences left out before ranking:
 * - those carrying a URL: an extractive summary quotes the article verbatim, so an article saying
 *   "reply with http://evil.example" must not have that sentence picked as its summary. Summaries
 *   carry no links, whichever summarizer wrote them;
 * - those the reader already saw in the digest line (`input.seen`: title and teaser), so that the
 *   summary adds to it instead of repeating it;
 * - those speaking to a model or the reader instead of reporting ("Ignore previous instructions…",
 *   "Click here": `isInstructionTalk`), so that instructions planted in an article reach nobody
 *   through an extract, now that repeated sentences no longer crowd them out;
 * - repeats of a sentence already kept (a page that carries a paragraph twice);
 * - those clearly in another language than the article (a cookie banner in English on a German
 *   page), so that the summary stays in the article's language.
 *
 * An extract is therefore in the article's language whatever language was asked for; `languageOf`
 * tells which (by function words, for the languages summary-grounding.ts knows), so that a chat
 * reading in another language can be told.
 */
import { digestLineWords, isInDigestLine } from "../../core/summaries/summary-honesty.js";
import type { FallbackSummarizer } from "../../core/summaries/summary-ports.js";
import { tokenize } from "../../core/shared/fold-text.js";
import { splitSentences, summarizeExtractive } from "./extractive-summarizer.js";
import { isInstructionTalk, languageEvidence } from "./summary-grounding.js";
import { findUrls } from "./summary-output-guard.js";

/** Options of {@link createExtractiveFallback}. */
export interface ExtractiveFallbackOptions {
  /** Default 3. */
  maxSentences?: number;
  /** Default 700 (keep equal to the service's `maxChars`). */
  maxChars?: number;
}

/** A sentence needs this many function words of another language to count as foreign. */
const FOREIGN_EVIDENCE = 3;

/** The article's language by its function words, when they tell (at least `minHits` of one language). */
function languageOf(text: string, minHits: number): string | undefined {
  return languageEvidence(tokenize(text, 4_000), minHits)?.language;
}

/** Creates the extractive {@link FallbackSummarizer}. */
export function createExtractiveFallback(options: ExtractiveFallbackOptions = {}): FallbackSummarizer {
  const bounds = { maxSentences: options.maxSentences ?? 3, maxChars: options.maxChars ?? 700 };
  return {
    languageOf: (text) => languageOf(text, 2),
    summarize(input) {
      let sentences = splitSentences(input.text).filter((sentence) => findUrls(sentence).length === 0 && !isInstructionTalk(sentence));
      if (input.seen !== undefined) {
        const seen = digestLineWords(input.seen);
        sentences = sentences.filter((sentence) => !isInDigestLine(sentence, seen));
      }
      const language = languageOf(input.text, 2);
      if (language !== undefined) {
        sentences = sentences.filter((sentence) => {
          const own = languageOf(sentence, FOREIGN_EVIDENCE);
          return own === undefined || own === language;
        });
      }
      // A sentence said twice (a feed or page repeating a paragraph) is one sentence.
      const said = new Set<string>();
      sentences = sentences.filter((sentence) => {
        const words = tokenize(sentence).join(" ");
        if (said.has(words)) return false;
        said.add(words);
        return true;
      });
      // One sentence per paragraph: the summarizer splits the joined text exactly as before.
      return summarizeExtractive(sentences.join("\n\n"), bounds);
    },
  };
}
