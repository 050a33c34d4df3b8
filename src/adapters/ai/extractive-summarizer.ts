/**
 * The offline summarizer: picks the sentences of an article that are central (TextRank) and say
 * who did what and when (names, numbers, dates), and returns them in their original order. Used when no AI model is configured or the model fails.
 *
 * Language-agnostic: sentence splitting knows common abbreviations of English, French, German,
 * Czech and Russian, and sentence similarity is computed over folded tokens cut to their first six
 * characters (a crude stem that lets "бюджет" meet "бюджета"), weighted by how rare they are within
 * the text, with a tiny multilingual stop list; no per-language model is used.
 * Deterministic: the same text and options always give the same summary (ties go to earlier
 * sentences).
 */
import { tokenize } from "../../core/shared/fold-text.js";
import { informationWeight } from "./sentence-information.js";

/** Bounds of a summary and of the work done to produce it. */
export interface ExtractiveSummaryOptions {
  /** At most this many sentences (default 3). */
  maxSentences: number;
  /** At most this many characters (default 600); cut at a word boundary with "…" if need be. */
  maxChars: number;
  /** Input beyond this many characters is ignored (default 20,000). */
  maxInputChars: number;
  /** Only the first this many sentences are ranked (default 150): ranking is quadratic. */
  maxRankedSentences: number;
}

const DEFAULTS: ExtractiveSummaryOptions = { maxSentences: 3, maxChars: 600, maxInputChars: 20_000, maxRankedSentences: 150 };
const DAMPING = 0.85;
const MAX_ITERATIONS = 50;
const TOLERANCE = 1e-9;
/** Weights of the three parts of a sentence's score (they add up to 1). */
const CENTRALITY_SHARE = 0.35;
const INFORMATION_SHARE = 0.55;
const POSITION_SHARE = 0.1;
/** Tokens are compared by their first characters: a crude stem for inflected languages ("бюджета"). */
const STEM_LENGTH = 6;

const ABBREVIATIONS = new Set(
  ("mr mrs ms dr prof st jr sr vs etc inc ltd co corp gen gov sen rep lt col sgt capt mt no nos approx dept est fig " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mme mlle mm me env cf av bd nr hr fr ca vgl bzw usw evtl ggf inkl " +
    "str abs tj napr resp mj tzv ing mgr sv pan ul им ул др пр см проф акад").split(" "),
);
/** Abbreviations that often end a sentence: before a capital letter they do end it. */
const FINAL_ABBREVIATIONS = new Set("etc usw atd mld mil руб млн млрд тыс гг г".split(" "));
/** German writes "am 3. Oktober": a small ordinal before a month name does not end a sentence. */
const MONTHS = new Set("januar februar marz april mai juni juli august september oktober november dezember".split(" "));
const STOP_WORDS = new Set(
  ("the a an of in on at to for and or but is are was were be been as by with from it its this that has have had " +
    "he she they we said will would le la les de des du un une et en au aux est il elle que qui pour dans sur par " +
    "der die das und den dem des ein eine ist im von zu mit sich auf fur nicht a je se na ve v z do ze pro k o " +
    "и в во на с со по не что это как из к о от за он она они был была было для а но").split(" "),
);
/** Candidate sentence ends: terminators, then closing quotes or brackets. */
const TERMINATOR = /(?:[.!?…]+|[。！？]+|[।॥؟۔])["'”’»)\]」』]*/gu;
const SENTENCE_START = /^[\p{Lu}\p{Lt}\p{Lo}\p{N}"'“‘„«(\[¿¡]/u;

/** Splits text into sentences (whitespace collapsed). Blank lines always end a sentence. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    const flat = paragraph.replace(/\s+/g, " ").trim();
    let start = 0;
    for (const match of flat.matchAll(TERMINATOR)) {
      const end = match.index + match[0].length;
      if (isSentenceEnd(flat, match.index, match[0], end)) {
        const sentence = flat.slice(start, end).trim();
        if (sentence) sentences.push(sentence);
        start = end;
      }
    }
    const rest = flat.slice(start).trim();
    if (rest) sentences.push(rest);
  }
  return sentences;
}

function isSentenceEnd(text: string, at: number, terminator: string, end: number): boolean {
  if (/[。！？]/u.test(terminator)) return true;
  if (end < text.length && text[end] !== " ") return false; // "3.5", "U.S.A", "example.com"
  const next = text.slice(end + 1, end + 3);
  if (end < text.length && !SENTENCE_START.test(next)) return false; // lower case continues
  if (!terminator.startsWith(".") || terminator.startsWith("..")) return true;
  const before = text.slice(Math.max(0, at - 40), at);
  const word = /[^\s"'“‘„«(\[]*$/u.exec(before)?.[0] ?? "";
  const folded = tokenize(word).join("");
  if (FINAL_ABBREVIATIONS.has(folded) && (folded !== "г" || /\d\s\S+$/u.test(before))) return true; // "2025 г."
  if (/^(?:\p{L}{1,4}\.)*\p{L}$|^(?:\p{L}{1,4}\.)+\p{L}{1,4}$/u.test(word)) return false; // "J.", "U.S.", "z.B."
  if (ABBREVIATIONS.has(folded)) return false;
  const nextWord = tokenize(text.slice(end + 1, end + 20), 1)[0] ?? "";
  return !(/^\d{1,2}$/.test(word) && MONTHS.has(nextWord));
}

/**
 * An extractive summary of `text`: the top-ranked sentences in original order, at most
 * `maxSentences` and `maxChars`. Empty or whitespace-only text gives "".
 */
export function summarizeExtractive(text: string, options: Partial<ExtractiveSummaryOptions> = {}): string {
  const settings = { ...DEFAULTS, ...options };
  const maxSentences = Math.max(1, Math.floor(settings.maxSentences));
  const maxChars = Math.max(2, Math.floor(settings.maxChars));
  const sentences = splitSentences(text.slice(0, settings.maxInputChars)).slice(0, settings.maxRankedSentences);
  if (sentences.length === 0) return "";

  const scores = rankSentences(sentences);
  const order = sentences.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const picked: number[] = [];
  let length = -1;
  for (const i of order) {
    if (picked.length >= maxSentences) break;
    const added = sentences[i]!.length + 1;
    if (length + added > maxChars) continue;
    picked.push(i);
    length += added;
  }
  if (picked.length === 0) return truncateAtWord(sentences[order[0]!]!, maxChars);
  return picked
    .sort((a, b) => a - b)
    .map((i) => sentences[i]!)
    .join(" ");
}

/**
 * Sentence scores: a blend of TextRank centrality (relative to the most central sentence), how
 * much the sentence says who did what and when (names, numbers, dates: sentence-information.ts)
 * and a fading lead prior; halved for very short sentences. Facts weigh most: a vague sentence
 * that echoes the others ("many people have opinions") is central but tells the reader little.
 */
function rankSentences(sentences: readonly string[]): number[] {
  const n = sentences.length;
  const bags = sentences.map(
    (sentence) => new Set(tokenize(sentence, 200).flatMap((t) => (STOP_WORDS.has(t) ? [] : [t.slice(0, STEM_LENGTH)]))),
  );
  const documentFrequency = new Map<string, number>();
  for (const bag of bags) for (const token of bag) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
  const weight = (token: string): number => Math.log(1 + n / (documentFrequency.get(token) ?? 1));

  const similarity = new Float64Array(n * n);
  const rowSums = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const [small, large] = bags[i]!.size <= bags[j]!.size ? [bags[i]!, bags[j]!] : [bags[j]!, bags[i]!];
      let shared = 0;
      for (const token of small) if (large.has(token)) shared += weight(token);
      if (shared === 0) continue;
      const value = shared / (Math.log(1 + bags[i]!.size) + Math.log(1 + bags[j]!.size));
      similarity[i * n + j] = similarity[j * n + i] = value;
      rowSums[i]! += value;
      rowSums[j]! += value;
    }
  }

  let scores = new Float64Array(n).fill(1 / n);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    let dangling = 0;
    for (let j = 0; j < n; j++) if (rowSums[j] === 0) dangling += scores[j]!;
    const next = new Float64Array(n).fill((1 - DAMPING) / n + (DAMPING * dangling) / n);
    for (let j = 0; j < n; j++) {
      if (rowSums[j] === 0) continue;
      const share = (DAMPING * scores[j]!) / rowSums[j]!;
      for (let i = 0; i < n; i++) next[i]! += similarity[j * n + i]! * share;
    }
    let change = 0;
    for (let i = 0; i < n; i++) change += Math.abs(next[i]! - scores[i]!);
    scores = next;
    if (change < TOLERANCE) break;
  }
  const top = Math.max(...scores) || 1;
  return [...scores].map((score, i) => {
    const centrality = score / top;
    const information = (informationWeight(sentences[i]!) - 0.75) / 0.8;
    const position = 1 / (1 + i / 3);
    return (CENTRALITY_SHARE * centrality + INFORMATION_SHARE * information + POSITION_SHARE * position) * (bags[i]!.size < 3 ? 0.5 : 1);
  });
}

/** Cuts `text` to at most `maxChars` characters at a word boundary, ending with "…". */
function truncateAtWord(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let cut = text.slice(0, maxChars - 1);
  const lastSpace = cut.lastIndexOf(" ");
  if (lastSpace > 0) cut = cut.slice(0, lastSpace);
  else if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.replace(/[\s,;:–—-]+$/u, "")}…`;
}
