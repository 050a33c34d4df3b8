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
