import { describe, expect, it } from "vitest";
import { UserFacingError } from "../../../src/core/shared/errors.js";
import { MAX_ALIASES, parseFollowNames } from "../../../src/core/follows/follow-names.js";
import { refusalText } from "../../helpers/english.js";

/** The refusal's code, and its message as an English-speaking user reads it. */
function refusalOf(input: string): { code: string; message: string } {
  try {
    parseFollowNames(input);
  } catch (error) {
    if (error instanceof UserFacingError) return { code: error.code, message: refusalText(error) };
    throw error;
  }
  throw new Error(`expected "${input}" to be refused`);
}

describe("what /follow accepts", () => {
  it("splits a topic from its aliases and drops aliases that fold to the topic or to each other", () => {
    expect(parseFollowNames("APT31 | Judgement Panda |  Zirconium ")).toEqual({ topic: "APT31", aliases: ["Judgement Panda", "Zirconium"], aliasesGiven: true });
    expect(parseFollowNames("Zürich | zurich | Zurich HB | ZURICH HB")).toEqual({ topic: "Zürich", aliases: ["Zurich HB"], aliasesGiven: true });
    expect(parseFollowNames("China")).toEqual({ topic: "China", aliases: [], aliasesGiven: false });
    expect(parseFollowNames("China |")).toEqual({ topic: "China", aliases: [], aliasesGiven: true });
  });

  it("allows short acronyms, names in any script, and digits", () => {
    for (const name of ["EU", "UN", "AI", "5G", "IT", "US", "LA", "中国", "Россия", "A1"]) expect(parseFollowNames(name).topic).toBe(name);
  });

  it("refuses single letters with the reason, the rule and an example", () => {
    const error = refusalOf("a");
    expect(error.code).toBe("topic-too-short");
    expect(error.message).toBe(
      '"a" is too short to follow: it would match almost every story. A topic or alias needs at least 2 letters or digits; acronyms such as EU or UN are fine. Try /follow European Union.',
    );
    expect(refusalOf("C++").code).toBe("topic-too-short");
    expect(refusalOf("China | X").message).toMatch(/^"X" is too short to follow/u);
  });

  it("refuses stop words of English, German, French, Spanish and Russian, alone or together", () => {
    for (const word of ["the", "The", "and", "der", "die", "le", "la", "el", "что", "на", "de la", "the and"]) {
      expect(refusalOf(word).code, word).toBe("topic-too-common");
    }
    expect(refusalOf("и").code).toBe("topic-too-short");
    expect(refusalOf("the").message).toBe('"the" is too common a word to follow: it would match almost every story. Follow a name or a phrase instead. Try /follow Bank of England.');
    // A phrase with a real word in it is fine.
    expect(parseFollowNames("The Guardian").topic).toBe("The Guardian");
  });

  it("refuses names without letters, names too long, and too many aliases, each saying what is allowed", () => {
    expect(refusalOf("!!!").message).toBe('"!!!" is not a name: it has no letters or digits. A topic or alias needs at least 2 letters or digits. Try /follow APT31.');
    expect(refusalOf("x".repeat(101)).message).toContain("A topic or alias has at most 100 characters.");
    const aliases = Array.from({ length: MAX_ALIASES + 1 }, (_, index) => `Alias ${index}`);
    expect(refusalOf(`Topic | ${aliases.join(" | ")}`).message).toBe(
      `"Topic" has 11 aliases, more than the ${MAX_ALIASES} a topic may have. Keep the ${MAX_ALIASES} most useful. Try /follow Topic | Alias 0 | Alias 1.`,
    );
    expect(refusalOf("  |  ").message).toBe("/follow needs a topic. Give a topic, then any aliases after |. Try /follow APT31 | Judgement Panda | Zirconium.");
  });
});
