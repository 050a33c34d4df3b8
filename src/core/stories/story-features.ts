/**
 * What same-story merging knows of one article: title and lead features (boilerplate removed), the
 * numbers and names its headline states, and whether it announces a repetition.
 */
import type { Article } from "../articles/article.js";
import { foldText, tokenize } from "../shared/fold-text.js";
import { leadSentences, titlePrefix, titleSuffix, type Boilerplate } from "./story-boilerplate.js";
import { beforeAfterClause, speakerOf } from "./story-attribution.js";
import { partiesOf, scoresOf, yearsOf } from "./story-contest.js";
import { conceptOf, conceptTokens, isLexiconWord } from "./story-lexicon.js";
import { isCommentary, marksRecurrence, stagesOf } from "./story-markers.js";
import { datesOf, isMonth, type StoryDates } from "./story-dates.js";
import { numbersOf } from "./story-numbers.js";

/** Features of one article for {@link clusterStories}. */
export interface StoryFeatures {
  /** Title stems, stem pairs (shingles) and numbers. */
  title: Set<string>;
  /** Title and lead stems and numbers; empty when the article has no lead beyond boilerplate. */
  lead: Set<string>;
  titleNumbers: Set<string>;
  textNumbers: Set<string>;
  /** Named things the headline states, each as its folded words (see {@link namesOf}). */
  names: string[][];
  /** The headline's content words in order (folded, lexicon concepts), to place names in it. */
  titleWords: string[];
  /** Folded words of title and lead, and their 4- to 6-letter prefixes, to look names up. */
  vocabulary: Set<string>;
  /** The headline announces a recurrence or looks back (see `story-markers.ts`). */
  recurrence: boolean;
  /** `process:stage` labels the headline states ("law:convict"). */
  stages: Set<string>;
  /** The headline is an opinion piece, analysis or explainer. */
  commentary: boolean;
  /** Sides of a contest the headline names (see `story-contest.ts`). */
  parties: string[];
  /** Scores and years stated in title and lead. */
  scores: Set<string>;
  years: Set<string>;
  /** Folded words of the speaker the headline opens with ("Ryan:", "Top Dems say"), if any. */
  speaker: string[] | undefined;
  /** Title features before an "after…" clause ("U.S. stocks rally" of "… after Fed rate hike"). */
  beforeAfter: Set<string> | undefined;
  /** The headline joins several stories ("A; B", as live pages and round-ups do). */
  roundup: boolean;
  /** Months the headline names, and those of title and lead (see `story-dates.ts`). */
  titleDates: StoryDates;
  textDates: StoryDates;
}

const STOP_WORDS = new Set(
  ("the an of in on at to for and or but is are was were be as by with from it its this that has have after over " +
    "le la les de des du un une et en au aux est sur pour par dans apres qui que " +
    "der die das und den dem des ein eine ist im von zu mit auf fur nach bei " +
    "el los las del y se je na ve za do и в во на с по не что это как из к о").split(" "),
);
/** Function words that only German uses among the languages of the lexicon. */
const GERMAN_WORDS = new Set("der die das und ist mit auf fur bei dem ein eine einer vom zum zur um sich nicht wird".split(" "));
const TITLE_SUFFIX = /\s+[-–—|]\s+([^-–—|]+)$/u;
const MAX_TITLE_TOKENS = 40;
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}\p{N}]*/gu;
const CAPITALISED_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}\p{N}]*(?:[ -]\p{Lu}[\p{L}\p{M}\p{N}]*)+/gu;
/**
 * A run of capitalised words, possibly possessive ("Starling Marte's"), joined by spaces or hyphens or
 * by a particle ("State of the Union", "Moqtada al-Sadr", "Tour de France").
 */
const NAME_RUN =
  /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}\p{N}]*(?:['’]s)?(?:(?:[ -]|\s(?:of the|of|de|du|des|de la|von|van|der|del|da|di|al|bin)[ -])\p{Lu}[\p{L}\p{M}\p{N}]*(?:['’]s)?)*/gu;
const WORD = /(?<![\p{L}\p{N}])\p{L}[\p{L}\p{M}]*/gu;
/**
 * Share of a headline's long words (after the first) that are capitalised above which it is in Title
 * Case; German headlines, whose nouns are capitalised, stay below it.
 */
const TITLE_CASE_SHARE = 0.85;

/**
 * A crude language-agnostic stem: the first 5 letters ("passes"/"passed", "indicts"/"indicted"); a
 * shorter word loses a plural or third-person "s" ("tops"/"top", "cams"/"cam", not "gas" or "bus").
 * Numbers stay whole.
 */
export function stemOf(word: string): string {
  if (/^\d/u.test(word)) return word;
  if (word.length > 5) return word.slice(0, 5);
  return word.length >= 4 && /[^su]s$/u.test(word) ? word.slice(0, -1) : word;
}

/** The headline without an outlet suffix naming its source (" - Reuters", " | USA TODAY"). */
export function headline(article: Article): string {
  const suffix = TITLE_SUFFIX.exec(article.title);
  if (!suffix) return article.title;
  const tail = tokenize(suffix[1]!).join(" ");
  const source = tokenize(article.source).join(" ");
  return tail && source && (tail.includes(source) || source.includes(tail)) ? article.title.slice(0, suffix.index) : article.title;
}

function contentWords(tokens: readonly string[]): string[] {
  return tokens.filter((token) => token.length > 1 && !STOP_WORDS.has(token));
}

/** What the batch says about words: which are common words, which are names outside German. */
export interface BatchWords {
  /** Folded words that occur in lower case anywhere in the batch: common words, not names. */
  common: ReadonlySet<string>;
  /** Folded words capitalised in a text that is not German (where capitals mark names, not nouns). */
  capitalised: ReadonlySet<string>;
}

/** Whether a text is German: it uses a German function word ("der", "und", "ist", "mit"…). */
export function isGerman(text: string): boolean {
  return tokenize(text, 80).some((token) => GERMAN_WORDS.has(token));
}

/** The {@link BatchWords} of a batch of texts (title and lead of each article). */
export function batchWords(texts: Iterable<string>): BatchWords {
  const common = new Set<string>();
  const capitalised = new Set<string>();
  for (const text of texts) {
    const german = isGerman(text);
    for (const match of text.slice(0, 2_000).matchAll(WORD)) {
      if (match[0] === match[0].toLowerCase() && match[0] !== match[0].toUpperCase()) common.add(foldText(match[0]));
      else if (!german && /^\p{Lu}/u.test(match[0])) capitalised.add(foldText(match[0]));
    }
  }
  return { common, capitalised };
}

/**
 * Names a headline states, one entry per named thing: a run of capitalised words ("Liz Truss",
 * "Real Madrid") is one thing, listed as its folded words. Names are capitalised words never written
 * in lower case in the batch ("Nepal", "Dortmund", "LVIII", but not "Magnitude"), other than event
 * words of the lexicon ("Dies", "Federal Reserve"; countries stay names) and months ("June's", which
 * `story-dates.ts` compares).
 * - A headline in Title Case capitalises every word: its names are only the words its lead also
 *   capitalises ("Turkey" of "Powerful Earthquake Kills Thousands in Turkey"), none without a lead,
 *   each a thing of its own.
 * - German capitalises every noun: a German headline's names are only words that a text of the
 *   batch in another language also capitalises ("Notre-Dame", not "Turmspitze"), and countries.
 */
function namesOf(title: string, lead: string, words: BatchWords): string[][] {
  const long = [...title.matchAll(WORD)].slice(1).filter((match) => match[0].length > 3);
  const capitalised = long.filter((match) => /^\p{Lu}/u.test(match[0]));
  const titleCase = long.length > 0 && capitalised.length / long.length > TITLE_CASE_SHARE;
  const german = isGerman(`${title} ${lead}`) ? germanNames(title, words) : undefined;
  const inLead = titleCase ? new Set([...lead.matchAll(CAPITALISED)].flatMap((match) => tokenize(match[0]))) : undefined;
  const isName = (name: string): boolean =>
    name.length > 1 && !words.common.has(name) && !isLexiconWord(name) && !isMonth(name) && (!inLead || inLead.has(name)) && (!german || german.has(name));
  const runs = [...title.matchAll(titleCase ? CAPITALISED : NAME_RUN)].map((match) => tokenize(match[0]).filter((token) => token.length > 1));
  return runs.filter((run) => run.some(isName)).map((run) => run.map(conceptOf));
}

/**
 * Words a German headline may name: those capitalised by a text of the batch in another language,
 * countries, and the words of a run of capitalised words ("Olaf Scholz", "Notre-Dame") but the
 * headline's first word ("Schweres Erdbeben").
 */
function germanNames(title: string, words: BatchWords): Set<string> {
  const names = new Set<string>();
  for (const token of tokenize(title)) if (words.capitalised.has(token) || conceptOf(token) !== token) names.add(token);
  for (const run of title.matchAll(CAPITALISED_RUN)) {
    const tokens = tokenize(run[0]);
    for (const token of run.index === 0 ? tokens.slice(1) : tokens) names.add(token);
  }
  return names;
}

/** Computes the features of one article within its batch. */
export function storyFeatures(article: Article, boilerplate: Boilerplate, words: BatchWords, leadTokens: number): StoryFeatures {
  let title = headline(article);
  const prefix = titlePrefix(title);
  if (prefix && boilerplate.prefixes.get(article.feedUrl)?.has(prefix)) title = title.replace(/^[^:|]*(?::|\s\|)\s/u, "");
  const suffix = titleSuffix(title);
  if (suffix && boilerplate.suffixes.get(article.feedUrl)?.has(suffix)) title = title.replace(/\s[-–—|]\s[^-–—|]*$/u, "");
  const lead = article.summary
    .split(/(?<=[.!?…])\s+|\s+[-–—]\s+|\s*\*\s+/u)
    .filter((sentence) => !leadSentences(sentence).every((key) => boilerplate.sentences.has(key)))
    .join(" ");
  const titleTokens = tokenize(title, MAX_TITLE_TOKENS);
  const titleConcepts = contentWords(conceptTokens(titleTokens));
  const titleWords = titleConcepts.map(stemOf);
  const titleNumbers = numbersOf(title);
  const beforeAfter = beforeAfterClause(titleTokens);
  const leadWords = contentWords(conceptTokens(tokenize(lead, leadTokens))).map(stemOf);
  const titleFeatures = new Set([...titleWords, ...titleNumbers]);
  for (let i = 1; i < titleWords.length; i++) titleFeatures.add(`${titleWords[i - 1]} ${titleWords[i]}`);
  const leadNumbers = numbersOf(lead);
  const textNumbers = new Set([...titleNumbers, ...leadNumbers]);
  const vocabulary = new Set<string>();
  const textTokens = tokenize(`${title} ${lead}`, 400);
  for (const token of textTokens) {
    vocabulary.add(token);
    vocabulary.add(conceptOf(token));
    for (let length = 4; length <= 6 && length < token.length; length++) vocabulary.add(token.slice(0, length));
  }
  // Concepts of two-word expressions too ("prime minister" mentions "PM", "Federal Reserve" "Fed").
  for (const concept of conceptTokens(textTokens)) vocabulary.add(concept);
  return {
    title: titleFeatures,
    lead: leadWords.length === 0 ? new Set() : new Set([...titleWords, ...titleNumbers, ...leadWords, ...leadNumbers]),
    titleNumbers,
    textNumbers,
    names: namesOf(title, lead, words),
    vocabulary,
    titleWords: titleConcepts,
    recurrence: marksRecurrence(titleTokens),
    stages: stagesOf(titleTokens),
    commentary: isCommentary(title, lead),
    parties: partiesOf(title).map(conceptOf),
    scores: scoresOf(`${title} ${lead}`),
    years: yearsOf(`${title} ${lead}`),
    speaker: speakerOf(title),
    roundup: title.includes(";"),
    beforeAfter: beforeAfter && new Set(contentWords(conceptTokens(beforeAfter)).map(stemOf)),
    titleDates: datesOf(title),
    textDates: datesOf(`${title} ${lead}`),
  };
}
