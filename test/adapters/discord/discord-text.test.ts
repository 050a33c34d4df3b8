/**
 * Escaping, mention neutralising, truncation and splitting of text for Discord.
 */
import { describe, expect, it } from "vitest";
import { escapeFeedText, neutralizeMentions, safeUrl, splitText, truncate } from "../../../src/adapters/discord/discord-text.js";

describe("neutralizeMentions", () => {
  it("breaks every mention form", () => {
    expect(neutralizeMentions("@everyone @HERE <@1> <@!2> <@&3> <#4>")).toBe("@\u200beveryone @\u200bHERE <\u200b@1> <\u200b@!2> <\u200b@&3> <\u200b#4>");
  });
});

describe("escapeFeedText", () => {
  it("escapes markdown, including headings, lists, quotes, subtext and masked links", () => {
    expect(escapeFeedText("**b** _i_ ~~s~~ ||x|| `c`")).toBe("\\*\\*b\\*\\* \\_i\\_ \\~\\~s\\~\\~ \\|\\|x\\|\\| \\`c\\`");
    expect(escapeFeedText("# Title\n- item\n1. first\n> quote\n-# small\n[a](https://b.example)")).toBe("\\# Title\n\\- item\n1\\. first\n\\> quote\n\\-# small\n\\[a](https://b.example)");
  });

  it("removes control and bidi characters", () => {
    expect(escapeFeedText("a\u0000b\u202ec\u0007d")).toBe("abcd");
  });
});

describe("truncate", () => {
  it("keeps text at the limit and cuts one over with an ellipsis", () => {
    expect(truncate("abcde", 5)).toBe("abcde");
    expect(truncate("abcdef", 5)).toBe("abcd…");
  });
  it("never splits a surrogate pair nor leaves a dangling escape", () => {
    expect(truncate("abc😀def", 5)).toBe("abc…");
    expect(truncate("abc\\*def", 6)).toBe("abc\\*…");
    expect(truncate("abc\\*def", 5)).toBe("abc…");
  });
});

describe("splitText", () => {
  it("splits at spaces into chunks of at most the limit", () => {
    const chunks = splitText(`${"a".repeat(15)} ${"b".repeat(15)} ${"c".repeat(5)}`, 20);
    expect(chunks).toEqual(["a".repeat(15), "b".repeat(15), "c".repeat(5)]);
    expect(splitText("aaaa bbbb cccc", 9)).toEqual(["aaaa bbbb", "cccc"]);
    for (const chunk of splitText("x".repeat(45), 20)) expect(chunk.length).toBeLessThanOrEqual(20);
  });
});

describe("safeUrl", () => {
  it("keeps http(s) links, encodes parentheses and refuses other schemes", () => {
    expect(safeUrl("https://a.example/x_(y)")).toBe("https://a.example/x_%28y%29");
    expect(safeUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeUrl("not a url")).toBeUndefined();
    expect(safeUrl(`https://a.example/${"x".repeat(2100)}`)).toBeUndefined();
  });
});
