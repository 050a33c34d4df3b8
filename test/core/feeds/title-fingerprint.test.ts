import { describe, expect, it } from "vitest";
import { titleFingerprint as fingerprintTitle } from "../../../src/core/feeds/dedupe-keys.js";

describe("fingerprintTitle", () => {
  it("makes titles differing only in case, accents, punctuation and spacing equal", () => {
    const variants = ["Škoda’s  new CEO: “We will grow!”", "skoda's new CEO - we will grow", "ŠKODA S NEW CEO WE WILL GROW"];
    expect(new Set(variants.map(fingerprintTitle))).toEqual(new Set(["skoda s new ceo we will grow"]));
  });

  it("keeps a trailing publisher suffix as words", () => {
    expect(fingerprintTitle("Manchin and Schumer announce deal - CNN")).toBe("manchin and schumer announce deal cnn");
  });

  it("keeps non-Latin scripts", () => {
    expect(fingerprintTitle("В Бузулуке – детсад")).toBe("в бузулуке детсад");
    expect(fingerprintTitle("建国35周年纪念，华表")).toBe(fingerprintTitle("建国35周年纪念 华表"));
    expect(fingerprintTitle("建国35周年纪念，华表")).not.toBe(fingerprintTitle("建国36周年纪念，华表"));
  });
});
