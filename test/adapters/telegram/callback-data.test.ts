import { describe, expect, it } from "vitest";
import { CallbackDataError, MAX_CALLBACK_DATA_BYTES, decodeCallbackData, encodeCallbackData } from "../../../src/adapters/telegram/callback-data.js";

describe("callback data", () => {
  it("round-trips every action", () => {
    for (const action of [
      { kind: "summary", articleId: "5b0f15c8dcaf" },
      { kind: "follow", articleId: "5b0f15c8dcaf" },
      { kind: "unsubscribe", sectionId: "politics" },
      { kind: "more", sectionId: "politics" },
      { kind: "feed", choiceId: "Ab3_-xYz019", number: 10 },
    ] as const) {
      expect(decodeCallbackData(encodeCallbackData(action))).toEqual(action);
    }
  });

  it("stays within 64 bytes for the longest accepted arguments and refuses the rest", () => {
    const longest = [encodeCallbackData({ kind: "summary", articleId: "a".repeat(40) }), encodeCallbackData({ kind: "unsubscribe", sectionId: "a".repeat(32) })];
    for (const data of longest) expect(Buffer.byteLength(data, "utf8")).toBeLessThanOrEqual(MAX_CALLBACK_DATA_BYTES);
    expect(() => encodeCallbackData({ kind: "summary", articleId: "a".repeat(41) })).toThrow(CallbackDataError);
    expect(() => encodeCallbackData({ kind: "unsubscribe", sectionId: "a".repeat(33) })).toThrow(CallbackDataError);
    expect(() => encodeCallbackData({ kind: "summary", articleId: "not-hex!" })).toThrow(CallbackDataError);
    expect(() => encodeCallbackData({ kind: "unsubscribe", sectionId: "Politics" })).toThrow(CallbackDataError);
    expect(() => encodeCallbackData({ kind: "feed", choiceId: "short", number: 1 })).toThrow(CallbackDataError);
    expect(() => encodeCallbackData({ kind: "feed", choiceId: "Ab3_-xYz019", number: 0 })).toThrow(CallbackDataError);
  });

  it("decodes only what it produced (callback data is untrusted)", () => {
    for (const data of [undefined, "", "s:", "x:5b0f15c8dcaf", "s:5B0F15C8DCAF", "s:../../etc", "u:politics extra", "m:Politics", "m:", `s:${"a".repeat(70)}`, "u:ü", "s:5b0f15c8dcaf\n", "c:Ab3_-xYz019:0", "c:Ab3_-xYz019:100", "c:Ab3_-xYz01:1", "c:Ab3_-xYz019:1\n"]) {
      expect(decodeCallbackData(data)).toBeUndefined();
    }
  });
});
