/**
 * The {@link Translator} over Fluent catalogues (@fluent/bundle, the format @grammyjs/i18n uses):
 * one `locales/<lang>.ftl` file per language, read once at start. Plural forms come from
 * Intl.PluralRules and NUMBER()/DATETIME() from Intl.NumberFormat/DateTimeFormat, all inside
 * Fluent; see docs/adr/0018-languages.md.
 */
import { readdirSync, readFileSync } from "node:fs";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { type MessageArg, type MessageArgs, type Translator, resolveLanguage } from "../../core/shared/translator.js";

/** Where the shipped catalogues live: `locales/` at the repository root. */
export const LOCALES_DIR = new URL("../../../locales/", import.meta.url);

/** The language every other catalogue is checked against and falls back to. */
export const FALLBACK_LANGUAGE = "en";

/** A catalogue file name: a language tag and `.ftl`. */
const CATALOGUE_FILE = /^([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.ftl$/u;

/** At most this many bytes per catalogue file: a catalogue is text, not data. */
const MAX_CATALOGUE_BYTES = 512 * 1024;

/** A catalogue that cannot be used: a syntax error, a file too large, or no fallback catalogue. */
export class CatalogueError extends Error {
  override readonly name = "CatalogueError";
}

/** One parsed catalogue. */
export interface Catalogue {
  language: string;
  resource: FluentResource;
}

/** Parses one catalogue's text; throws {@link CatalogueError} on a syntax error. */
export function parseCatalogue(language: string, source: string): Catalogue {
  if (Buffer.byteLength(source) > MAX_CATALOGUE_BYTES) throw new CatalogueError(`locales/${language}.ftl is larger than ${MAX_CATALOGUE_BYTES} bytes`);
  const resource = new FluentResource(source);
  // Fluent's runtime parser skips a malformed entry silently; a line that starts an entry but
  // did not become one is a syntax error, and the lines of a skipped entry say so.
  const ids = new Set(resource.body.map((entry) => entry.id));
  for (const match of source.matchAll(/^(-?[a-zA-Z][\w-]*)\s*=/gmu)) {
    const id = match[1]!.replace(/^-/u, "");
    if (!ids.has(id)) throw new CatalogueError(`locales/${language}.ftl: the entry "${match[1]}" does not parse`);
  }
  return { language, resource };
}

/** Reads every `<lang>.ftl` in `dir`. */
export function readCatalogues(dir: URL = LOCALES_DIR): Catalogue[] {
  return readdirSync(dir)
    .map((file) => CATALOGUE_FILE.exec(file)?.[1])
    .filter((language): language is string => language !== undefined)
    .sort()
    .map((language) => parseCatalogue(language, readFileSync(new URL(`${language}.ftl`, dir), "utf8")));
}

/** The translator over `catalogues`; one of them must be the fallback language's. */
export function fluentTranslator(catalogues: readonly Catalogue[], fallback = FALLBACK_LANGUAGE): Translator {
  const bundles = new Map<string, FluentBundle>();
  for (const { language, resource } of catalogues) {
    // No bidi isolation marks: chats render plain text, and the marks would show up in copies.
    const bundle = new FluentBundle(language, { useIsolating: false });
    const errors = bundle.addResource(resource);
    if (errors.length > 0) throw new CatalogueError(`locales/${language}.ftl: ${errors.map((error) => error.message).join("; ")}`);
    bundles.set(language, bundle);
  }
  if (!bundles.has(fallback)) throw new CatalogueError(`no catalogue for the fallback language "${fallback}"`);
  const languages = [fallback, ...[...bundles.keys()].filter((language) => language !== fallback)];

  function format(bundle: FluentBundle, language: string, id: string, args: MessageArgs | undefined): string | undefined {
    const message = bundle.getMessage(id);
    if (message?.value === undefined || message.value === null) return undefined;
    const errors: Error[] = [];
    const text = bundle.formatPattern(message.value, fluentArgs(language, args), errors);
    return errors.length > 0 ? undefined : text;
  }

  return {
    languages,
    fallback,
    resolve: (tag) => resolveLanguage(languages, tag),
    t(language, id, args) {
      const shipped = resolveLanguage(languages, language) ?? fallback;
      return format(bundles.get(shipped)!, shipped, id, args) ?? format(bundles.get(fallback)!, fallback, id, args) ?? id;
    },
  };
}

/** List formatters by language and kind, made once (Intl formatters are costly to build). */
const listFormats = new Map<string, Intl.ListFormat>();

function listFormat(language: string, type: "conjunction" | "disjunction"): Intl.ListFormat {
  const key = `${language}|${type}`;
  let format = listFormats.get(key);
  if (format === undefined) {
    // British English, as the dates: "a, b and c" (no serial comma).
    format = new Intl.ListFormat(language === "en" ? "en-GB" : language, { style: "long", type });
    listFormats.set(key, format);
  }
  return format;
}

/** Fluent takes strings, numbers and dates: lists are joined here for the language. */
function fluentArgs(language: string, args: MessageArgs | undefined): Record<string, string | number | Date> | undefined {
  if (args === undefined) return undefined;
  const plain: Record<string, string | number | Date> = {};
  for (const [name, value] of Object.entries(args) as [string, MessageArg][]) {
    if (typeof value === "string" || typeof value === "number" || value instanceof Date) plain[name] = value;
    else if ("anyOf" in value) plain[name] = listFormat(language, "disjunction").format(value.anyOf);
    else plain[name] = listFormat(language, "conjunction").format(value);
  }
  return plain;
}

/** The translator over the shipped catalogues (read from `locales/` once). */
export function loadTranslator(dir: URL = LOCALES_DIR): Translator {
  return fluentTranslator(readCatalogues(dir));
}
