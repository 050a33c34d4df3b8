/**
 * Parsing what users type after /follow: a topic and optional aliases separated by `|`, each a name
 * worth alerting on. A name must have at least {@link MIN_FOLLOW_NAME_LETTERS} letters or digits
 * after folding (so "EU", "UN" and "AI" are fine, "a" is not), and must not be only stop words
 * ("the", "und", "la"...), which would match almost every story; a two-letter name written in
 * capitals is an acronym and always allowed ("IT", "US", "LA").
 *
 * Prefix forms, for inflected languages: a name whose last word ends in `*` ("Путин*",
 * "Vladimir Putin*") matches that word or any word starting with it, after folding ("Путина",
 * "Путину", "Putins" — and "Путинизм" too: a prefix over-matches, that is its price). The stem
 * before the `*` needs {@link MIN_PREFIX_STEM_LETTERS} letters or digits, so "a*" or "Пу*" cannot
 * match almost everything; a `*` anywhere else is refused. "Путин*" and "Путин" are different
 * follows (ids "путин*" and "путин").
 */
import { tokenize } from "../shared/fold-text.js";
import { quoteTyped, refuse } from "../shared/user-messages.js";

/** Longest topic or alias. */
export const MAX_FOLLOW_NAME_LENGTH = 100;
/** Most aliases per topic. */
export const MAX_ALIASES = 10;
/** Fewest letters or digits (after folding) in a topic or alias. */
export const MIN_FOLLOW_NAME_LETTERS = 2;
/** Fewest letters or digits (after folding) of the word before a trailing `*`. */
export const MIN_PREFIX_STEM_LETTERS = 3;

/** Whether `name` is a prefix form: its last word ends in `*` ("Путин*"). */
export function isPrefixName(name: string): boolean {
  return /[\p{L}\p{N}\p{M}]\*$/u.test(name.trim());
}

/** Letters and digits of folded tokens. */
function lettersOf(tokens: readonly string[]): number {
  return tokens.join("").replace(/[^\p{L}\p{N}]/gu, "").length;
}

/**
 * The folded tokens a name is matched by: its words, the last one marked `stem*` when the name is
 * a prefix form with a long enough stem. Undefined for a prefix form whose stem is too short (such
 * a name is never indexed; /follow refuses it).
 */
export function followNameTokens(name: string, maxTokens = Number.POSITIVE_INFINITY): string[] | undefined {
  const tokens = tokenize(name, maxTokens);
  if (!isPrefixName(name) || tokens.length === 0) return tokens;
  const stem = tokens[tokens.length - 1]!;
  if (lettersOf([stem]) < MIN_PREFIX_STEM_LETTERS || stem.length < MIN_PREFIX_STEM_LETTERS) return undefined;
  return [...tokens.slice(0, -1), `${stem}*`];
}

/**
 * Words too common to follow on their own, folded: English, plus the basics of German, French,
 * Spanish and Russian. Single letters are refused by length already.
 */
export const FOLLOW_STOP_WORDS: ReadonlySet<string> = new Set([
  // English
  "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "from", "into", "is", "are", "was",
  "be", "it", "its", "this", "that", "these", "those", "as", "but", "not", "no", "if", "so", "he", "she", "we", "they",
  // German
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "und", "oder", "mit", "von", "zu", "im",
  "ist", "nicht", "auf", "fur",
  // French
  "le", "la", "les", "un", "une", "du", "de", "et", "ou", "en", "au", "aux", "est", "pour", "dans", "sur",
  // Spanish
  "el", "los", "las", "una", "unos", "unas", "del", "con", "por", "para", "es", "al",
  // Russian
  "и", "в", "во", "не", "на", "с", "со", "что", "по", "к", "из", "за", "от", "как", "это",
]);

/** What the user asked to follow. */
export interface FollowNames {
  topic: string;
  aliases: string[];
  /** Whether aliases were given at all (a `|` was typed): `/follow China |` clears them. */
  aliasesGiven: boolean;
}

/** The key a follow is stored under: case-, space- and diacritic-insensitive; a prefix form ends in `*`. */
export function followIdOf(name: string): string {
  const id = tokenize(name).join(" ");
  return isPrefixName(name) && id !== "" ? `${id}*` : id;
}

/** Splits "APT31 | Judgement Panda | Zirconium" into a topic and its aliases, validated. */
export function parseFollowNames(input: string): FollowNames {
  const names = input
    .split("|")
    .map((name) => name.replace(/\s+/gu, " ").trim())
    .filter((name) => name !== "");
  const [topic, ...rest] = names;
  if (!topic) {
    throw refuse("missing-option", "/follow needs a topic", "Give a topic, then any aliases after |", "Try /follow APT31 | Judgement Panda | Zirconium");
  }
  for (const name of names) {
    const problem = followNameProblem(name);
    if (problem) throw refuse(problem.code, problem.message, problem.allowed, problem.next);
  }
  const seen = new Set([followIdOf(topic)]);
  const aliases = rest.filter((alias) => {
    const id = followIdOf(alias);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  if (aliases.length > MAX_ALIASES) {
    throw refuse(
      "too-many-aliases",
      `${quoteTyped(topic)} has ${aliases.length} aliases, more than the ${MAX_ALIASES} a topic may have`,
      `Keep the ${MAX_ALIASES} most useful`,
      `Try /follow ${topic} | ${aliases.slice(0, 2).join(" | ")}`,
    );
  }
  return { topic, aliases, aliasesGiven: input.includes("|") };
}

/** Why `name` cannot be followed (one refusal in the shared style), or undefined when it can. */
export function followNameProblem(name: string): { code: string; message: string; allowed: string; next: string } | undefined {
  const quoted = quoteTyped(name);
  if (name.length > MAX_FOLLOW_NAME_LENGTH) {
    return { code: "option-too-long", message: `${quoted} is too long to follow`, allowed: `A topic or alias has at most ${MAX_FOLLOW_NAME_LENGTH} characters`, next: "Try a shorter name, e.g. /follow APT31" };
  }
  const tokens = tokenize(name);
  const letters = lettersOf(tokens);
  const stars = name.split("*").length - 1;
  if (stars > 0 && (stars > 1 || !isPrefixName(name))) {
    return {
      code: "invalid-prefix",
      message: `${quoted} is not a follow newsdesk can match`,
      allowed: "A * may only end the last word of a name, as in Путин*, to match every word starting with it",
      next: "Try /follow Путин* | Putin*",
    };
  }
  if (stars === 1 && tokens.length > 0 && lettersOf(tokens.slice(-1)) < MIN_PREFIX_STEM_LETTERS) {
    return {
      code: "prefix-too-short",
      message: `${quoted} is not a follow newsdesk can match`,
      allowed: `A word ending in * needs at least ${MIN_PREFIX_STEM_LETTERS} letters or digits before the *, or it would match almost every story`,
      next: "Try /follow Путин*",
    };
  }
  if (letters === 0) {
    return { code: "invalid-topic", message: `${quoted} is not a name: it has no letters or digits`, allowed: `A topic or alias needs at least ${MIN_FOLLOW_NAME_LETTERS} letters or digits`, next: "Try /follow APT31" };
  }
  if (letters < MIN_FOLLOW_NAME_LETTERS) {
    return {
      code: "topic-too-short",
      message: `${quoted} is too short to follow: it would match almost every story`,
      allowed: `A topic or alias needs at least ${MIN_FOLLOW_NAME_LETTERS} letters or digits; acronyms such as EU or UN are fine`,
      next: "Try /follow European Union",
    };
  }
  const isAcronym = /^\p{Lu}{2}$/u.test(name);
  if (!isAcronym && tokens.every((token) => FOLLOW_STOP_WORDS.has(token))) {
    return {
      code: "topic-too-common",
      message: `${quoted} is too common a word to follow: it would match almost every story`,
      allowed: "Follow a name or a phrase instead",
      next: "Try /follow Bank of England",
    };
  }
  return undefined;
}

/** The rules above in sentences, for /help follow. */
export function describeFollowNameRules(): string[] {
  return [
    `A topic or alias: ${MIN_FOLLOW_NAME_LETTERS} to ${MAX_FOLLOW_NAME_LENGTH} characters, with at least ${MIN_FOLLOW_NAME_LETTERS} letters or digits (EU, UN and AI are fine; single letters are not).`,
    "Words too common to follow on their own (the, and, der, la, el, и…) are refused.",
    `A * at the end of the last word matches every word starting with it, for inflected languages: Путин* matches Путина and Путину (and Путинизм: prefixes over-match). At least ${MIN_PREFIX_STEM_LETTERS} letters before the *; * nowhere else.`,
    "Matching ignores case and accents and compares whole words: China matches CHINA and China's, not Chinatown.",
    `At most ${MAX_ALIASES} aliases per topic.`,
  ];
}
