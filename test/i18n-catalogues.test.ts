/**
 * The shipped catalogues (locales/*.ftl): every message of the English catalogue exists in every
 * other one and nothing else does, each with the same placeholders; every command's description
 * is there and fits Discord's 100 characters and Telegram's 256.
 */
import { describe, expect, it } from "vitest";
import type { FluentResource } from "@fluent/bundle";
import { FALLBACK_LANGUAGE, readCatalogues } from "../src/adapters/i18n/fluent-translator.js";
import { commandRegistry } from "../commands/index.js";

type Node = unknown;

/** The variable names a Fluent pattern uses, through select expressions, functions and terms. */
function placeholders(node: Node, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const element of node) placeholders(element, into);
  else if (node !== null && typeof node === "object") {
    const expression = node as { type?: string; name?: string; selector?: Node; variants?: { value: Node }[]; args?: Node[]; value?: Node };
    if (expression.type === "var" && expression.name !== undefined) into.add(expression.name);
    if (expression.selector !== undefined) placeholders(expression.selector, into);
    for (const variant of expression.variants ?? []) placeholders(variant.value, into);
    for (const arg of expression.args ?? []) placeholders(arg, into);
    if (expression.type === "narg") placeholders(expression.value, into);
  }
  return into;
}

function messages(resource: FluentResource): Map<string, string[]> {
  return new Map(resource.body.filter((entry) => !entry.id.startsWith("-")).map((entry) => [entry.id, [...placeholders(entry.value)].sort()]));
}

const catalogues = readCatalogues();
const english = catalogues.find((catalogue) => catalogue.language === FALLBACK_LANGUAGE)!;
const others = catalogues.filter((catalogue) => catalogue !== english);

describe("the shipped catalogues", () => {
  it("ship English, German, Spanish, French and Russian", () => {
    expect(catalogues.map((catalogue) => catalogue.language)).toEqual(["de", "en", "es", "fr", "ru"]);
  });

  it.each(others.map((catalogue) => [catalogue.language, catalogue] as const))("%s has exactly the English messages", (_language, catalogue) => {
    expect([...messages(catalogue.resource).keys()].sort()).toEqual([...messages(english.resource).keys()].sort());
  });

  it.each(others.map((catalogue) => [catalogue.language, catalogue] as const))("%s uses the same placeholders as English in every message", (_language, catalogue) => {
    const theirs = messages(catalogue.resource);
    for (const [id, names] of messages(english.resource)) expect({ id, names: theirs.get(id) }).toEqual({ id, names });
  });

  it("describe every command of the registry within Discord's and Telegram's limits, in every language", () => {
    for (const catalogue of catalogues) {
      const byId = new Map(catalogue.resource.body.map((entry) => [entry.id, entry.value]));
      for (const command of commandRegistry) {
        const text = byId.get(`command-${command.name}`);
        expect(typeof text, `${catalogue.language}: command-${command.name}`).toBe("string");
        expect([...(text as string)].length, `${catalogue.language}: command-${command.name}`).toBeLessThanOrEqual(100);
      }
    }
  });
  it("each language addresses the reader one way", () => {
    // German speaks to the reader with "du", French with "tu" (Spanish "tú", Russian "вы"). Only markers that
    // cannot mean "they"/"it" are listed: "Sie kommen, sobald …" (they come) is fine.
    const formal: Record<string, RegExp[]> = {
      de: [
        /\bSie es\b/, /\bMeinten Sie\b/, /\bVersuchen Sie\b/, /\bversuchen Sie\b/, /\bBitten Sie\b/, /\bSenden Sie\b/, /\bsenden Sie\b/,
        /\bTippen Sie\b/, /\bwählen Sie\b/, /\bFügen Sie\b/, /\bHängen Sie\b/, /\bWarten Sie\b/, /\bStarten Sie\b/,
        /\bschalten Sie\b/, /\bSie erfahren\b/, /\bSie haben\b/, /\bSie senden\b/, /\bdenen Sie\b/,
        /\bIhnen\b/, /\bIhre\b/, /\bIhren\b/, /\bIhr\b/, /\bIhrem\b/, /\bIhrer\b/, /\bIhres\b/,
      ],
      fr: [
        /\bvous\b/i, /\bvotre\b/i, /\bvos\b/i, /-vous\b/i, /\b(?:Veuillez|Essayez|Réessayez|réessayez|Demandez|Tapez|choisissez|Envoyez|envoyez|Renvoyez|Ajoutez|Lancez|Voyez|Désactivez|Utilisez|Joignez|Attendez)\b/,
      ],
    };
    for (const [language, markers] of Object.entries(formal)) {
      const catalogue = catalogues.find((candidate) => candidate.language === language)!;
      const found: string[] = [];
      for (const entry of catalogue.resource.body) {
        const text = JSON.stringify(entry.value);
        for (const marker of markers) if (marker.test(text)) found.push(`${entry.id}: ${String(marker)}`);
      }
      expect(found, `${language} addresses the reader formally`).toEqual([]);
    }
  });
});
