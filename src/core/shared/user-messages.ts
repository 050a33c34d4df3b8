/**
 * One voice for everything a user is told went wrong, on every platform. The style:
 *
 *     "<what you typed>" is not <what it should be>. <What is allowed>. <Next step: /command example>.
 *
 * - What the user typed comes first, in straight double quotes, cut to {@link MAX_QUOTED} characters.
 *   When nothing was typed (a missing value) or the refusal is about the chat's state (a limit, a
 *   permission), the first sentence says what is missing or full instead.
 * - What is allowed is said in the user's words: never an internal option name or code.
 * - The next step is a command they can send as it is (`Try /latest 5.`), or where to look
 *   (`See every section with /sections.`).
 * - Whole sentences, each ending with a full stop (a question mark for "Did you mean /digest?").
 *
 * Examples:
 *
 *     "cooking" is not a section. Sections are politics, world and technology. See them all with /sections.
 *     "/digets" is not a command. Did you mean /digest? See every command with /help.
 *     "0" is not a number of stories newsdesk can show. Give a whole number from 1 to 20. Try /latest 5.
 */
import { UserFacingError } from "./errors.js";
import { type MessageArg, type Text, type TextOf, anyOf, message, render } from "./translator.js";

/** Longest piece of user input repeated back. */
export const MAX_QUOTED = 40;

/** What the user typed, in double quotes, on one line, cut to {@link MAX_QUOTED} characters. */
export function quoteTyped(typed: string): string {
  const line = typed.replace(/\s+/gu, " ").trim();
  const cut = [...line].length <= MAX_QUOTED ? line : `${[...line].slice(0, MAX_QUOTED - 1).join("")}…`;
  return `"${cut}"`;
}

/** Joins the parts of a refusal into sentences in the one style (empty parts are left out). */
export function refusal(...sentences: (string | undefined)[]): string {
  return sentences
    .map((sentence) => (sentence ?? "").trim())
    .filter((sentence) => sentence !== "")
    .map((sentence) => (/[.?!…]$/u.test(sentence) ? sentence : `${sentence}.`))
    .join(" ");
}

/**
 * A {@link UserFacingError} of the sentences, each a catalogue message (`message(id, args)`) or
 * text already in the user's language; translated where it is answered ({@link userText}).
 */
export function refuse(code: string, ...sentences: (Text | undefined)[]): UserFacingError {
  const parts = sentences.filter((sentence): sentence is Text => sentence !== undefined && sentence !== "");
  // Text already in the user's language stays one message, as it reads.
  return new UserFacingError(code, parts.every((part) => typeof part === "string") ? refusal(...parts) : parts);
}

/** What the user is told for `error`, in the language `text` writes. */
export function userText(error: UserFacingError, text: TextOf): string {
  return refusal(...error.parts.map((part) => render(text, part)));
}

/** "a, b and c" (at most `max` names, then "…"). */
export function listNames(names: readonly string[], max = 8): string {
  const shown = names.slice(0, max);
  if (names.length > max) return `${shown.join(", ")}, …`;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} and ${shown.at(-1) ?? ""}`;
}

/**
 * Names as a message argument: a list ("a, b and c" in the chat's language) of at most `max`, else
 * the first `max` and "…".
 */
export function namesArg(names: readonly string[], max = 8): MessageArg {
  return names.length > max ? `${names.slice(0, max).join(", ")}, …` : names;
}

/** "Did you mean politics?" / "Did you mean politics or world?" (a message); undefined without suggestions. */
export function didYouMean(suggestions: readonly string[]): Text | undefined {
  return suggestions.length > 0 ? message("did-you-mean", { suggestions: anyOf(suggestions) }) : undefined;
}
