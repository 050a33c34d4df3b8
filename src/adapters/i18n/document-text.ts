/**
 * The messages a renderer writes a document's labels and buttons in: the document's own language
 * (set by the composer: the chat's), else English. Renderers get the app's translator from their
 * adapter; without one (a renderer called alone, as in unit tests) the shipped catalogues, read once.
 */
import type { BriefingDocument } from "../../core/digests/briefing-document.js";
import { type TextOf, type Translator, textIn } from "../../core/shared/translator.js";
import { loadTranslator } from "./fluent-translator.js";

let shipped: Translator | undefined;

/** The translator over the shipped catalogues, read on first use and kept. */
export function shippedTranslator(): Translator {
  shipped ??= loadTranslator();
  return shipped;
}

/** The language of a document (or of a chat, for text that is not a document), resolved to a shipped one. */
export function languageOf(translator: Translator, language: string | undefined): string {
  return translator.resolve(language) ?? translator.fallback;
}

/** The messages `document` is written in. */
export function documentText(translator: Translator | undefined, document: Pick<BriefingDocument, "language"> | undefined): TextOf {
  const chosen = translator ?? shippedTranslator();
  return textIn(chosen, languageOf(chosen, document?.language));
}
