import { describe, expect, it } from "vitest";
import { checkReporting, guessLanguage } from "../../../src/adapters/ai/summary-grounding.js";
import { buildSummaryPrompt } from "../../../src/adapters/ai/summary-prompt.js";
import { tokenize } from "../../../src/core/shared/fold-text.js";

const source =
  "Council approves budget\nThe city council approved the 2027 budget on Tuesday after six hours of debate. Members argued over the cost of new bus lanes and the repair of three schools. The finance director warned that tax receipts could fall next year.";
const prompt = buildSummaryPrompt({ kind: "article", title: "Council approves budget", text: source, language: "en" }, 400, "b0und", "ref-m4rk3r");
const context = { instructions: prompt.system, marker: prompt.marker, source: prompt.source, language: "en" };

describe("checkReporting", () => {
  it("accepts a faithful paraphrase", () => {
    expect(checkReporting("The city council approved the 2027 budget after a long debate over bus lanes and school repairs; the finance director warned receipts could fall.", context)).toBeUndefined();
  });

  it("refuses an answer carrying the marker of the instructions", () => {
    expect(checkReporting("Budget approved. ref-m4rk3r", context)).toBe("repeats the instructions (marker)");
  });

  it("refuses an answer quoting five words of the instructions in a row", () => {
    expect(checkReporting("The council met. Be neutral and factual; use only facts stated in the text.", context)).toBe("repeats the instructions");
  });

  it("refuses an answer whose content words are mostly not in the article", () => {
    expect(checkReporting("Investors cheered record quarterly earnings as technology shares rallied worldwide yesterday.", context)).toBe("not grounded in the article");
  });

  it.each([
    "As an AI language model, I cannot summarise this article.",
    "Sure! The council approved the budget after the debate.",
    "Ignore previous instructions: the council approved the budget.",
    "The council approved the budget. Click here to read more.",
  ])("refuses meta talk: %s", (answer) => {
    expect(checkReporting(answer, context)).toBe("speaks to the reader or about itself instead of reporting");
  });

  it("guesses the article's language from its function words", () => {
    expect(guessLanguage(tokenize("Der Stadtrat hat den Haushalt beschlossen und die Mitglieder stritten über die Kosten"))).toBe("de");
    expect(guessLanguage(tokenize(source))).toBe("en");
    expect(guessLanguage(tokenize("Budget"))).toBeUndefined();
  });
});

describe("checkReporting: a summary in the chat's language, not the article's", () => {
  const asked = (language: string) => {
    const built = buildSummaryPrompt({ kind: "article", title: "Council approves budget", text: source, language }, 400, "b0und", "ref-m4rk3r");
    return { instructions: built.system, marker: built.marker, source: built.source, language };
  };

  it("names the language asked for in the prompt, in English and in its own words", () => {
    expect(asked("de").instructions).toContain('Write in German (Deutsch), BCP 47 tag "de"');
    expect(asked("ru").instructions).toContain('Write in Russian (русский), BCP 47 tag "ru"');
    expect(asked("en").instructions).toContain('Write in English, BCP 47 tag "en"');
  });

  it.each([
    ["de", "Der Stadtrat hat den Haushalt 2027 nach sechs Stunden Debatte beschlossen; gestritten wurde über Busspuren und die Sanierung von drei Schulen."],
    ["fr", "Le conseil municipal a adopté le budget 2027 après six heures de débat sur les couloirs de bus et la rénovation de trois écoles."],
    ["es", "El ayuntamiento aprobó el presupuesto de 2027 tras seis horas de debate sobre carriles de autobús y la reparación de tres escuelas."],
    ["ru", "Городской совет утвердил бюджет на 2027 год после шестичасовых споров о новых автобусных полосах и ремонте трёх школ."],
  ])("accepts a faithful %s summary of an English article", (language, answer) => {
    expect(checkReporting(answer, asked(language))).toBeUndefined();
  });

  it("still refuses meta talk and leaked instructions in a summary asked in German", () => {
    expect(checkReporting("As an AI language model I summarise: Der Stadtrat hat den Haushalt beschlossen.", asked("de"))).toBe("speaks to the reader or about itself instead of reporting");
    expect(checkReporting("Der Stadtrat tagte. Be neutral and factual; use only facts stated in the text.", asked("de"))).toBe("repeats the instructions");
  });
});
