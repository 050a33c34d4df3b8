/**
 * The port through which the core, commands and composers get user-facing text in a chat's
 * language. The catalogues (`locales/<lang>.ftl`) and the library that reads them live in an
 * adapter (src/adapters/i18n/); the core only names a message and passes its arguments.
 */

/** A list shown as alternatives ("a, b or c" in the chat's language); see {@link anyOf}. */
export interface Alternatives {
  readonly anyOf: readonly string[];
}

/**
 * One argument of a message. Numbers and dates are formatted for the language through Intl; a list
 * of strings becomes "a, b and c" in the language (Intl.ListFormat), {@link Alternatives} "a, b or c".
 */
export type MessageArg = string | number | Date | readonly string[] | Alternatives;

/** Arguments of a message. */
export type MessageArgs = Readonly<Record<string, MessageArg>>;

/** The messages of one language: what pure composers receive instead of the translator. */
export type TextOf = (id: string, args?: MessageArgs) => string;

/**
 * A message named by its catalogue id, translated only once the chat's language is known: what the
 * core puts into an error (see user-messages.ts `refuse`) or anywhere text is built before the
 * language is.
 */
export interface MessageRef {
  readonly id: string;
  /** Its arguments; a message as an argument is translated first, in the same language. */
  readonly args?: MessageRefArgs;
  /** The text when no catalogue has `id` (an option of a command the catalogues do not describe). */
  readonly fallback?: string;
}

/** Arguments of a {@link MessageRef}: those of a message, or messages translated in the same language. */
export type MessageRefArgs = Readonly<Record<string, MessageArg | MessageRef>>;

/** A piece of user-facing text: already in the chat's language (or data, such as a title), or a message. */
export type Text = string | MessageRef;

/** The message `id` with `args`, to be translated later. */
export function message(id: string, args?: MessageRefArgs, fallback?: string): MessageRef {
  return { id, ...(args === undefined ? {} : { args }), ...(fallback === undefined ? {} : { fallback }) };
}

/** `names` as alternatives: "a, b or c" in the chat's language. */
export function anyOf(names: readonly string[]): Alternatives {
  return { anyOf: names };
}

/** The text of `piece` in the language `text` writes. */
export function render(text: TextOf, piece: Text): string {
  if (typeof piece === "string") return piece;
  const args = piece.args === undefined ? undefined : Object.fromEntries(Object.entries(piece.args).map(([name, value]) => [name, isMessageRef(value) ? render(text, value) : value]));
  const rendered = text(piece.id, args);
  return rendered === piece.id && piece.fallback !== undefined ? piece.fallback : rendered;
}

function isMessageRef(value: MessageArg | MessageRef): value is MessageRef {
  return typeof value === "object" && !(value instanceof Date) && !Array.isArray(value) && "id" in value;
}

/** The messages of `language` as a {@link TextOf}. */
export function textIn(translator: Translator, language: string): TextOf {
  return (id, args) => translator.t(language, id, args);
}

/** Turns a message id and its arguments into text in one of the shipped languages. */
export interface Translator {
  /** The shipped languages (one catalogue each), the fallback language first. */
  readonly languages: readonly string[];
  /** The fallback language: its catalogue has every message. */
  readonly fallback: string;
  /**
   * The shipped language that serves a BCP 47 tag ("de-AT" → "de", "pt-BR" → undefined when no
   * Portuguese catalogue ships), or undefined.
   */
  resolve(tag: string | undefined): string | undefined;
  /**
   * The message `id` in `language` (an unknown or unshipped language falls back to the fallback
   * language, a message missing from a catalogue too; an id no catalogue has comes back as is).
   */
  t(language: string, id: string, args?: MessageArgs): string;
}

/** A language tag as Telegram and Discord send it: "de", "pt-br", "en-US", at most 35 characters. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/iu;

/**
 * The shipped language for `tag` among `languages`: the exact tag (case and "_" folded), else its
 * primary subtag; undefined for an unshipped language or a malformed tag.
 */
export function resolveLanguage(languages: readonly string[], tag: string | undefined): string | undefined {
  if (tag === undefined || tag.length > 35 || !LANGUAGE_TAG.test(tag)) return undefined;
  const folded = tag.toLowerCase().replace(/_/gu, "-");
  const exact = languages.find((language) => language.toLowerCase() === folded);
  if (exact !== undefined) return exact;
  const primary = folded.split("-")[0];
  return languages.find((language) => language.toLowerCase() === primary);
}
