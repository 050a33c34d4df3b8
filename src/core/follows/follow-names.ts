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
import { type MessageRef, type TextOf, message } from "../shared/translator.js";

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
    throw refuse("missing-option", message("follow-needs-topic"), message("follow-needs-topic-how"), message("follow-needs-topic-try"));
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
      message("follow-too-many-aliases", { typed: quoteTyped(topic), count: aliases.length, max: MAX_ALIASES }),
      message("follow-keep-aliases", { max: MAX_ALIASES }),
      message("option-try", { example: `/follow ${topic} | ${aliases.slice(0, 2).join(" | ")}` }),
    );
  }
  return { topic, aliases, aliasesGiven: input.includes("|") };
}

/** Why `name` cannot be followed (one refusal in the shared style), or undefined when it can. */
export function followNameProblem(name: string): { code: string; message: MessageRef; allowed: MessageRef; next: MessageRef } | undefined {
  const quoted = quoteTyped(name);
  if (name.length > MAX_FOLLOW_NAME_LENGTH) {
    return {
      code: "option-too-long",
      message: message("follow-name-too-long", { typed: quoted }),
      allowed: message("follow-name-max", { max: MAX_FOLLOW_NAME_LENGTH }),
      next: message("follow-name-shorter"),
    };
  }
  const tokens = tokenize(name);
  const letters = lettersOf(tokens);
  const stars = name.split("*").length - 1;
  if (stars > 0 && (stars > 1 || !isPrefixName(name))) {
    return {
      code: "invalid-prefix",
      message: message("follow-prefix-invalid", { typed: quoted }),
      allowed: message("follow-prefix-where"),
      next: message("follow-prefix-try-aliases"),
    };
  }
  if (stars === 1 && tokens.length > 0 && lettersOf(tokens.slice(-1)) < MIN_PREFIX_STEM_LETTERS) {
    return {
      code: "prefix-too-short",
      message: message("follow-prefix-invalid", { typed: quoted }),
      allowed: message("follow-prefix-stem", { min: MIN_PREFIX_STEM_LETTERS }),
      next: message("follow-prefix-try"),
    };
  }
  if (letters === 0) {
    return {
      code: "invalid-topic",
      message: message("follow-name-no-letters", { typed: quoted }),
      allowed: message("follow-name-min", { min: MIN_FOLLOW_NAME_LETTERS }),
      next: message("follow-try-apt31"),
    };
  }
  if (letters < MIN_FOLLOW_NAME_LETTERS) {
    return {
      code: "topic-too-short",
      message: message("follow-name-too-short", { typed: quoted }),
      allowed: message("follow-name-min-acronyms", { min: MIN_FOLLOW_NAME_LETTERS }),
      next: message("follow-name-try-longer"),
    };
  }
  const isAcronym = /^\p{Lu}{2}$/u.test(name);
  if (!isAcronym && tokens.every((token) => FOLLOW_STOP_WORDS.has(token))) {
    return {
      code: "topic-too-common",
      message: message("follow-name-too-common", { typed: quoted }),
      allowed: message("follow-name-phrase"),
      next: message("follow-name-try-phrase"),
    };
  }
  return undefined;
}

/** The rules above in sentences, for /help follow, in the language `text` writes. */
export function describeFollowNameRules(text: TextOf): string[] {
  return [
    text("follow-rule-length", { min: MIN_FOLLOW_NAME_LETTERS, max: MAX_FOLLOW_NAME_LENGTH }),
    text("follow-rule-common"),
    text("follow-rule-prefix", { min: MIN_PREFIX_STEM_LETTERS }),
    text("follow-rule-matching"),
    text("follow-rule-aliases", { max: MAX_ALIASES }),
  ];
}
