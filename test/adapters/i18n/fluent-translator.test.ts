/**
 * The Fluent translator: fallback to English for a missing message or an unshipped language,
 * plural forms and numbers/dates through Intl for the language, syntax errors refused at start.
 */
import { describe, expect, it } from "vitest";
import { CatalogueError, fluentTranslator, loadTranslator, parseCatalogue } from "../../../src/adapters/i18n/fluent-translator.js";

const english = parseCatalogue(
  "en",
  [
    "articles = { $count ->",
    "    [one] one article",
    "   *[other] { NUMBER($count) } articles",
    "  }",
    "since = since { DATETIME($when, month: \"long\", day: \"numeric\", timeZone: \"UTC\") }",
    "only-english = Only in English",
  ].join("\n"),
);
const russian = parseCatalogue(
  "ru",
  [
    "articles = { $count ->",
    "    [one] { $count } статья",
    "    [few] { $count } статьи",
    "   *[many] { NUMBER($count) } статей",
    "  }",
    "since = с { DATETIME($when, month: \"long\", day: \"numeric\", timeZone: \"UTC\") }",
  ].join("\n"),
);
const translator = fluentTranslator([english, russian]);

describe("fluentTranslator", () => {
  it("chooses the plural form of the language (Russian one/few/many)", () => {
    expect([1, 3, 5, 21, 1234, 1235].map((count) => translator.t("ru", "articles", { count }))).toEqual(["1 статья", "3 статьи", "5 статей", "21 статья", "1\u00a0234 статьи", "1\u00a0235 статей"]);
    expect([1, 2, 1234].map((count) => translator.t("en", "articles", { count }))).toEqual(["one article", "2 articles", "1,234 articles"]);
  });

  it("formats dates for the language through Intl", () => {
    const when = new Date(Date.UTC(2026, 2, 5));
    expect(translator.t("en", "since", { when })).toBe("since March 5");
    expect(translator.t("ru", "since", { when })).toBe("с 5 марта");
  });

  it("falls back to English for a missing message, an unshipped language and a region of a shipped one", () => {
    expect(translator.t("ru", "only-english")).toBe("Only in English");
    expect(translator.t("pt-BR", "articles", { count: 2 })).toBe("2 articles");
    expect(translator.t("ru-RU", "articles", { count: 2 })).toBe("2 статьи");
    expect(translator.t("en", "no-such-message")).toBe("no-such-message");
  });

  it("resolves language tags as Telegram and Discord send them", () => {
    expect(["ru", "ru-RU", "RU_ru", "en-US", "pt-BR", "", "x", "de\n"].map((tag) => translator.resolve(tag))).toEqual(["ru", "ru", "ru", "en", undefined, undefined, undefined, undefined]);
    expect(translator.languages).toEqual(["en", "ru"]);
  });

  it("refuses a catalogue with a syntax error and a set without English", () => {
    expect(() => parseCatalogue("de", "ok = gut\nbroken = { $count ->\n")).toThrow(CatalogueError);
    expect(() => fluentTranslator([russian])).toThrow(/fallback language "en"/u);
  });

  it("loads the shipped catalogues with English first", () => {
    const shipped = loadTranslator();
    expect(shipped.languages[0]).toBe("en");
    expect(shipped.t("de", "help-footer")).toBe("Optionen und Grenzen eines Befehls: /help follow");
  });
});
