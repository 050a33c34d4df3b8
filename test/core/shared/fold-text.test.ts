import { describe, expect, it } from "vitest";
import { foldText, tokenize, tokenizeFolded, someToken } from "../../../src/core/shared/fold-text.js";

describe("foldText", () => {
  it("ignores case and Latin diacritics", () => {
    expect(foldText("Zürich")).toBe("zurich");
    expect(foldText("Škoda")).toBe(foldText("SKODA"));
    expect(foldText("Łódź Øresund Ærø")).toBe("lodz oresund aero");
    expect(foldText("Crème Brûlée")).toBe("creme brulee");
  });

  it("folds German sharp s and Turkish dotted/dotless i", () => {
    expect(foldText("Straße")).toBe(foldText("STRASSE"));
    expect(foldText("İstanbul")).toBe("istanbul");
    expect(foldText("ıstanbul")).toBe("istanbul");
    expect(foldText("ISTANBUL")).toBe("istanbul");
  });

  it("folds compatibility forms (full-width letters, ligatures)", () => {
    expect(foldText("ＡＰＴ３１ ﬁnance")).toBe("apt31 finance");
  });

  it("keeps Cyrillic and Greek words readable, accents removed", () => {
    expect(foldText("МОСКВА")).toBe("москва");
    expect(foldText("Ёлка")).toBe("елка");
    expect(foldText("Андрей")).toBe("андрей"); // й is a letter, not и with an accent
    expect(foldText("Андрей")).not.toBe(foldText("Андреи"));
    expect(foldText("Οδυσσέας")).toBe(foldText("ΟΔΥΣΣΕΑΣ")); // tonos and final sigma
  });

  it("does not destroy Devanagari words (vowel signs and virama are kept)", () => {
    expect(foldText("हिन्दी")).toBe("हिन्दी".normalize("NFKD"));
    expect(tokenize("भारत की राजधानी")).toEqual(["भारत", "की", "राजधानी"]);
  });

  it("normalises Arabic/Urdu spelling variants and optional vowel marks", () => {
    expect(foldText("أحمد")).toBe(foldText("احمد"));
    expect(foldText("مُحَمَّد")).toBe(foldText("محمد"));
    expect(foldText("پاکستان")).toBe(foldText("پاكستان"));
  });
});

describe("tokenize", () => {
  it("splits on anything that is not a letter or number", () => {
    expect(tokenize("China's")).toEqual(["china", "s"]);
    expect(tokenize("Chinatown")).toEqual(["chinatown"]);
    expect(tokenize("all-night session, 3.5% (APT31)")).toEqual(["all", "night", "session", "3", "5", "apt31"]);
    expect(tokenize("  \n\t!!! ")).toEqual([]);
  });

  it("tokenises Cyrillic, Greek and Arabic words", () => {
    expect(tokenize("Владимир Путин: «нет»")).toEqual(["владимир", "путин", "нет"]);
    expect(tokenize("Κυριάκος Μητσοτάκης")).toEqual(["κυριακοσ", "μητσοτακησ"]);
    expect(tokenize("عمران خان")).toEqual(["عمران", "خان"]);
  });

  it("makes each Han and kana character its own token", () => {
    expect(tokenize("习近平访问")).toEqual(["习", "近", "平", "访", "问"]);
    expect(tokenize("トランプ氏")).toHaveLength(5);
  });

  it("stops at maxTokens", () => {
    expect(tokenize("one two three four", 2)).toEqual(["one", "two"]);
    expect(tokenizeFolded("a b", 0)).toEqual([]);
  });
});

describe("tokenize on plain text (its shortcut)", () => {
  it("gives the tokens of the full folding for random ASCII with curly quotes, dashes, ellipses and no-break spaces", () => {
    const seed = Number(process.env.TOKENIZE_SEED ?? Date.now() % 1_000_000);
    console.log(`tokenize shortcut: seed ${seed} (rerun with TOKENIZE_SEED=${seed})`);
    let state = seed;
    const random = (below: number): number => (state = (state * 1103515245 + 12345) % 2147483648) % below;
    const alphabet = [..."aZq09 .,;:!?'\"-_/\\()[]{}<>@#$%^&*+=|~`\t\n", "\u00a0", "\u2013", "\u2014", "\u2018", "\u2019", "\u201c", "\u201d", "\u2026", "\u0001", "\u007f"];
    for (let round = 0; round < 2_000; round += 1) {
      const text = Array.from({ length: random(60) }, () => alphabet[random(alphabet.length)]).join("");
      const limit = random(4) === 0 ? random(5) : Number.POSITIVE_INFINITY;
      expect(tokenize(text, limit), JSON.stringify(text)).toEqual(tokenizeFolded(foldText(text), limit));
    }
  });

  it("leaves text with any other character to the full folding", () => {
    expect(tokenize("Zürich’s café — İstanbul…", 10)).toEqual(["zurich", "s", "cafe", "istanbul"]);
    expect(tokenize("ﬁnal ½ straße")).toEqual(["final", "1", "2", "strasse"]);
  });
});

describe("someToken", () => {
  it("visits the tokens tokenize gives, in order, up to maxTokens, and stops at the first that passes", () => {
    let state = 7;
    const random = (below: number): number => (state = (state * 1103515245 + 12345) % 2147483648) % below;
    const alphabet = [..."aZq09 .,;:!?'\"-_/()<>&\t\n", "\u00a0", "\u2019", "\u2026", "ü", "İ", "ß", "习"];
    for (let round = 0; round < 1_000; round += 1) {
      const text = Array.from({ length: random(40) }, () => alphabet[random(alphabet.length)]).join("");
      const limit = random(3) === 0 ? random(4) : 2_000;
      const stopAfter = random(4);
      const visited: string[] = [];
      const passed = someToken(text, limit, (token) => visited.push(token) > stopAfter);
      const all = tokenize(text, limit);
      expect(visited, JSON.stringify(text)).toEqual(all.slice(0, Math.min(all.length, stopAfter + 1)));
      expect(passed).toBe(all.length > stopAfter);
    }
  });
});
