import { describe, expect, it } from "vitest";
import { splitSentences, summarizeExtractive } from "../../../src/adapters/ai/extractive-summarizer.js";

const ENGLISH = [
  "The U.S. Senate passed a $1.2 trillion infrastructure bill on Tuesday, sending the infrastructure package to the House.",
  "Dr. Alice Moreno, an economist at the Brookings Institution, said the bill was the largest infrastructure investment in decades.",
  "The vote was 69 to 30.",
  "Weather in Washington was mild, with temperatures around 21.5 degrees.",
  "The House is expected to take up the infrastructure bill next month, though progressives want a larger package first.",
  "Lunch was served in the cafeteria.",
  "Analysts expect the infrastructure spending to add 0.3 percentage points to growth... eventually.",
].join(" ");

const FRENCH =
  "Le gouvernement français a présenté mercredi un projet de loi sur les retraites. " +
  "Selon M. Dupont, ministre du Travail, la réforme des retraites doit garantir l'équilibre du système d'ici 2030. " +
  "Les syndicats ont appelé à une grève nationale contre la réforme des retraites. " +
  "Il pleuvait à Paris. " +
  "Le texte sera examiné à l'Assemblée nationale en janvier.";

const RUSSIAN =
  "Правительство России утвердило новый бюджет на 2025 г. Об этом сообщил министр финансов А. Силуанов. " +
  "Расходы бюджета на оборону вырастут на 30 %, т.е. до 13,5 трлн руб. " +
  "В Москве шёл снег. " +
  "Госдума рассмотрит проект бюджета в октябре, сообщил министр финансов.";

describe("splitSentences", () => {
  it("does not split on abbreviations, initials, decimals or mid-sentence ellipses", () => {
    expect(splitSentences(ENGLISH)).toHaveLength(7);
    expect(splitSentences("Mr. Smith met Prof. Jones at 3 p.m. in St. Louis. They talked.")).toEqual([
      "Mr. Smith met Prof. Jones at 3 p.m. in St. Louis.",
      "They talked.",
    ]);
    expect(splitSentences("He waited... and waited. Then he left.")).toEqual(["He waited... and waited.", "Then he left."]);
  });

  it("handles quotes, question and exclamation marks, CJK punctuation and paragraphs", () => {
    expect(splitSentences('He said: "We won." Then he left! Why? Nobody knows')).toEqual([
      'He said: "We won."',
      "Then he left!",
      "Why?",
      "Nobody knows",
    ]);
    expect(splitSentences("北京今天下雨。明天会晴吗？不知道！")).toEqual(["北京今天下雨。", "明天会晴吗？", "不知道！"]);
    expect(splitSentences("Heading without stop\n\nFirst line of text.")).toEqual(["Heading without stop", "First line of text."]);
  });

  it("knows German, Czech and Russian abbreviations and German ordinal dates", () => {
    expect(splitSentences("Am 3. Oktober sprach Dr. Müller, z. B. über die Rente. Danach ging er.")).toHaveLength(2);
    expect(splitSentences("Vláda schválila např. vyšší výdaje. Ministr to tj. potvrdil.")).toHaveLength(2);
    expect(splitSentences(RUSSIAN)).toHaveLength(5);
  });
});

describe("summarizeExtractive", () => {
  it("returns the central sentences in their original order, within the bounds", () => {
    const summary = summarizeExtractive(ENGLISH);
    const sentences = splitSentences(ENGLISH);
    const picked = splitSentences(summary);
    expect(picked.length).toBeLessThanOrEqual(3);
    expect(summary.length).toBeLessThanOrEqual(600);
    const positions = picked.map((sentence) => sentences.indexOf(sentence));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(summary).toContain("The U.S. Senate passed");
    expect(summary).not.toContain("Lunch");
    expect(summary).not.toContain("Weather");
  });

  it("is deterministic", () => {
    expect(summarizeExtractive(ENGLISH)).toBe(summarizeExtractive(ENGLISH));
    const repeated = "Same sentence here. ".repeat(5);
    expect(summarizeExtractive(repeated, { maxSentences: 2 })).toBe("Same sentence here. Same sentence here.");
  });

  it("respects maxSentences and maxChars, never cutting mid-word", () => {
    expect(splitSentences(summarizeExtractive(ENGLISH, { maxSentences: 1 }))).toHaveLength(1);
    const short = summarizeExtractive(ENGLISH, { maxChars: 150 });
    expect(short.length).toBeLessThanOrEqual(150);
    const cut = summarizeExtractive("Supercalifragilistic words keep going on and on without any end in sight", { maxChars: 30 });
    expect(cut).toBe("Supercalifragilistic words…");
    expect(cut.length).toBeLessThanOrEqual(30);
  });

  it("summarises a French paragraph", () => {
    const summary = summarizeExtractive(FRENCH, { maxSentences: 2 });
    expect(splitSentences(summary)).toHaveLength(2);
    expect(summary).toContain("M. Dupont");
    expect(summary).not.toContain("pleuvait");
  });

  it("summarises a Russian paragraph", () => {
    const summary = summarizeExtractive(RUSSIAN);
    expect(splitSentences(summary)).toHaveLength(3);
    expect(summary.startsWith("Правительство России утвердило новый бюджет на 2025 г. Об этом")).toBe(true);
    expect(summary).not.toContain("снег");
  });

  it("returns empty for empty input and a single sentence as it is", () => {
    expect(summarizeExtractive("")).toBe("");
    expect(summarizeExtractive("  \n\t  ")).toBe("");
    expect(summarizeExtractive("  Only one   sentence here.  ")).toBe("Only one sentence here.");
  });

  it("summarises huge input (its speed: bench/hostile-input.bench.ts)", () => {
    const huge = "Markets rallied on Friday as investors cheered the data. ".repeat(50_000);
    const summary = summarizeExtractive(huge);
    expect(splitSentences(summary)).toHaveLength(3);
  });
});
