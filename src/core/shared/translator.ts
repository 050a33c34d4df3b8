/**
 * The port through which the core, commands and composers get user-facing text in a chat's
 * language. The catalogues (`locales/<lang>.ftl`) and the library that reads them live in an
 * adapter (src/adapters/i18n/); the core only names a message and passes its arguments.
 */

/** Arguments of a message: numbers and dates are formatted for the language through Intl. */
export type MessageArgs = Readonly<Record<string, string | number | Date>>;

/** The messages of one language: what pure composers receive instead of the translator. */
export type TextOf = (id: string, args?: MessageArgs) => string;

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
