/**
 * Custom ids of newsdesk's components: built within Discord's 100 characters, parsed strictly.
 */
import { describe, expect, it } from "vitest";
import { customIdOf, deliveryActionRow, followModal, parseCustomId, summaryButtonRows, unsubscribeSelectRow } from "../../../src/adapters/discord/buttons.js";
import { documentText, shippedTranslator } from "../../../src/adapters/i18n/document-text.js";

const english = documentText(undefined, { language: "en" });

describe("custom ids", () => {
  it("round-trips every action", () => {
    for (const action of [{ kind: "summary", articleId: "5b0f15c8dcaf" }, { kind: "follow-prompt" }, { kind: "follow-submit" }, { kind: "unsubscribe-prompt" }, { kind: "unsubscribe-choice" }, { kind: "more", sectionId: "politics" }] as const) {
      const id = customIdOf(action);
      expect(id.length).toBeLessThanOrEqual(100);
      expect(parseCustomId(id)).toEqual(action);
    }
  });

  it("refuses anything newsdesk did not make", () => {
    for (const id of ["", "nd:", "nd:sum:", "nd:sum:../../etc", "nd:sum:<@123>", `nd:sum:${"a".repeat(65)}`, "nd:follow:extra", "other:follow", "nd:more:", "nd:more:Politics", "nd:more:a b", "x".repeat(101)]) {
      expect(parseCustomId(id)).toBeUndefined();
    }
  });

  it("will not build an id from an article id that does not fit", () => {
    expect(() => customIdOf({ kind: "summary", articleId: "a b" })).toThrow();
    expect(() => customIdOf({ kind: "summary", articleId: "a".repeat(65) })).toThrow();
  });
});

describe("components", () => {
  it("puts at most five Summary buttons in a row, one per article, labels within 80 characters", () => {
    const stories = Array.from({ length: 7 }, (_, index) => ({ articleId: `00000000000${index}`, title: "T".repeat(200) }));
    const rows = summaryButtonRows([...stories, stories[0]!, { articleId: "bad id", title: "x" }], english);
    expect(rows.map((row) => row.components.length)).toEqual([5, 2]);
    for (const button of rows.flatMap((row) => row.components)) expect("label" in button && (button.label ?? "").length).toBeLessThanOrEqual(80);
  });

  it("offers at most 25 sections in the menu", () => {
    const row = unsubscribeSelectRow(Array.from({ length: 30 }, (_, index) => ({ id: `s${index}`, title: `Section ${index}` })), english);
    const [select] = row.components;
    expect(select && "options" in select ? select.options.length : 0).toBe(25);
  });

  it("builds a modal within Discord's limits, in every shipped language", () => {
    for (const language of shippedTranslator().languages) {
      const modal = followModal(documentText(undefined, { language }));
      expect(modal.title.length).toBeLessThanOrEqual(45);
      expect(modal.custom_id).toBe("nd:follow-topic");
    }
  });

  it("labels the buttons under a delivery in the document's language, one style (a verb, then its object)", () => {
    const labels = (language: string) => deliveryActionRow(documentText(undefined, { language })).components.map((component) => ("label" in component ? component.label : undefined));
    expect(labels("en")).toEqual(["Follow a topic…", "Unsubscribe…"]);
    expect(labels("de")).toEqual(["Einem Thema folgen…", "Abbestellen…"]);
    expect(labels("ru")).toEqual(["Следить за темой…", "Отписаться…"]);
    const summary = summaryButtonRows([{ articleId: "5b0f15c8dcaf", title: "Haushalt beschlossen" }], documentText(undefined, { language: "de" }))[0]?.components[0];
    expect(summary && "label" in summary ? summary.label : undefined).toBe("Zusammenfassung: Haushalt beschlossen");
  });
});
