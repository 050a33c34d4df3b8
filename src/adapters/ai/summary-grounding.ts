/**
 * Checks that a model's answer reports the article rather than obeying it: it must not repeat the
 * instructions (a per-call marker and word sequences of the system prompt), must be grounded in the
 * article (most of its content words come from the text), and must not talk to the reader or about
 * itself ("As an AI…", "Ignore previous instructions", "Click here"). Weak models follow
 * instructions planted in articles; these checks hold whatever the model does.
 */
import { tokenize } from "../../core/shared/fold-text.js";

/** Sequences of this many words shared with the instructions (and absent from the article) betray a leak. */
const SHINGLE = 5;
/** At least this share of the answer's content words must occur in the article. */
const MIN_GROUNDED_SHARE = 0.6;
/** Answers with fewer content words than this are too short to judge grounding on. */
const MIN_WORDS_TO_JUDGE = 4;

/** Meta talk: the model speaking of itself, its instructions, or to the reader. */
const META_TALK: readonly RegExp[] = [
  /\b(?:as an ai|as a language model|language model|i am an ai|i'm an ai)\b/iu,
  /\b(?:ignore|disregard|forget) (?:all |any |the )?(?:previous|prior|above|earlier|preceding) (?:instructions|prompts?|rules|messages)\b/iu,
  /\b(?:my|these|the) (?:instructions|system prompt|prompt|rules) (?:are|say|were|tell)\b/iu,
  /\bsystem (?:prompt|message)\b/iu,
  /^(?:sure|certainly|of course|okay|ok|absolutely)\b[,!.:]/iu,
  /^(?:here is|here's|below is)\b/iu,
  /\bi (?:cannot|can't|can not|won't|will not|am unable to|'m unable to|apologi[sz]e)\b/iu,
  /\b(?:i'm|i am) sorry\b/iu,
  /\b(?:click here|click (?:the|this) link|visit (?:our|my|this) (?:site|website|page)|subscribe (?:now|today|to (?:our|my)))\b/iu,
  /\b(?:dear (?:reader|user)|you (?:should|must|need to) (?:click|visit|buy|subscribe|ignore|call))\b/iu,
];

/**
 * Whether a sentence of an article speaks to a model or to the reader rather than reporting
 * ("Ignore previous instructions…", "As an AI language model…", "Click here"): the meta-talk
 * patterns that are not tied to the start of an answer. The extractive fallback leaves such
 * sentences out, so planted instructions do not reach readers through an extract either.
 */
export function isInstructionTalk(sentence: string): boolean {
  return META_TALK.some((pattern) => !pattern.source.startsWith("^") && pattern.test(sentence));
}

/** Short, very frequent words of the languages newsdesk serves: not evidence of grounding. */
const STOPWORDS: Record<string, readonly string[]> = {
  en: ["the", "and", "that", "with", "from", "this", "have", "were", "will", "about", "after", "their", "which", "said", "also", "been", "into", "over", "more", "than", "they", "would", "could", "there", "other", "while", "when", "what", "where", "some", "such", "most", "says"],
  de: ["der", "die", "das", "und", "nicht", "eine", "einer", "einem", "einen", "sich", "auch", "nach", "wird", "werden", "wurde", "sind", "mit", "dass", "über", "ueber", "noch", "aber", "oder", "beim", "sein", "hat", "haben"],
  fr: ["les", "des", "une", "dans", "pour", "avec", "sur", "est", "sont", "qui", "que", "par", "plus", "cette", "ont", "aux", "mais", "leur", "selon", "été", "ete", "être", "etre"],
  es: ["los", "las", "una", "para", "con", "por", "que", "del", "como", "más", "mas", "sus", "este", "esta", "según", "segun", "sobre", "entre", "fue", "han", "pero"],
  it: ["gli", "una", "per", "con", "che", "del", "della", "delle", "sono", "come", "più", "piu", "questo", "questa", "stato", "dopo", "anche"],
  pt: ["uma", "para", "com", "que", "não", "nao", "mais", "como", "dos", "das", "pela", "pelo", "foi", "são", "sao", "sobre"],
  nl: ["het", "een", "van", "voor", "met", "niet", "zijn", "ook", "dat", "die", "naar", "maar", "werd", "wordt", "heeft"],
  ru: ["что", "это", "как", "для", "его", "она", "они", "был", "была", "были", "также", "после", "который", "которые", "при", "над"],
};
const ALL_STOPWORDS = new Set(Object.values(STOPWORDS).flat());

/** The language of `tokens` with the most stopword hits (at least `minHits`), and its hit count. */
export function languageEvidence(tokens: readonly string[], minHits = 2): { language: string; hits: number } | undefined {
  let best: { language: string; hits: number } | undefined;
  for (const [language, words] of Object.entries(STOPWORDS)) {
    const set = new Set(words);
    const hits = tokens.filter((token) => set.has(token)).length;
    if (hits >= minHits && (!best || hits > best.hits)) best = { language, hits };
  }
  return best;
}

/** The most likely language of `tokens` by stopword counts, or undefined when no list has two hits. */
export function guessLanguage(tokens: readonly string[]): string | undefined {
  return languageEvidence(tokens)?.language;
}

function contentWords(tokens: readonly string[]): string[] {
  return tokens.filter((token) => token.length >= 4 && !ALL_STOPWORDS.has(token) && !/^\d+$/u.test(token));
}

function shingles(tokens: readonly string[]): Set<string> {
  const result = new Set<string>();
  for (let start = 0; start + SHINGLE <= tokens.length; start += 1) result.add(tokens.slice(start, start + SHINGLE).join(" "));
  return result;
}

/** What the check needs to know about one call. */
export interface GroundingContext {
  /** The system prompt (the instructions). */
  instructions: string;
  /** The per-call marker placed in the instructions. */
  marker: string;
  /** The text the model was given to summarise (title and body). */
  source: string;
  /** The language the summary was asked in (BCP 47). */
  language: string;
}

/** Undefined when the answer passes; otherwise why it is refused. */
export function checkReporting(answer: string, context: GroundingContext): string | undefined {
  if (answer.toLowerCase().includes(context.marker.toLowerCase())) return "repeats the instructions (marker)";
  for (const pattern of META_TALK) if (pattern.test(answer)) return "speaks to the reader or about itself instead of reporting";
  const answerTokens = tokenize(answer);
  const sourceTokens = tokenize(context.source);
  const fromArticle = shingles(sourceTokens);
  const leaked = [...shingles(answerTokens)].find((shingle) => !fromArticle.has(shingle) && instructionShingles(context.instructions).has(shingle));
  if (leaked !== undefined) return "repeats the instructions";
  const words = contentWords(answerTokens);
  if (words.length < MIN_WORDS_TO_JUDGE) return undefined;
  const requested = context.language.toLowerCase().split("-")[0] ?? "en";
  const sourceLanguage = guessLanguage(sourceTokens);
  // A summary asked in another language than the article's is a translation: its words cannot match.
  if (sourceLanguage !== undefined && sourceLanguage !== requested) return undefined;
  const vocabulary = new Set(sourceTokens);
  const stems = new Set(sourceTokens.filter((token) => token.length >= 5).map((token) => token.slice(0, 5)));
  const grounded = words.filter((word) => vocabulary.has(word) || (word.length >= 5 && stems.has(word.slice(0, 5)))).length;
  return grounded / words.length < MIN_GROUNDED_SHARE ? "not grounded in the article" : undefined;
}

const shingleCache = new Map<string, Set<string>>();
function instructionShingles(instructions: string): Set<string> {
  let cached = shingleCache.get(instructions);
  if (!cached) {
    if (shingleCache.size > 32) shingleCache.clear();
    cached = shingles(tokenize(instructions));
    shingleCache.set(instructions, cached);
  }
  return cached;
}
