import { describe, expect, it } from "vitest";
import { followableTopic } from "../../../src/adapters/telegram/inline-keyboard.js";

describe("the topic of a Follow button", () => {
  it("reads alike whatever the case feeds tag in: a lower-case tag gets a capital", () => {
    expect(followableTopic("Budget")).toBe("Budget");
    expect(followableTopic("housing")).toBe("Housing");
    expect(followableTopic("iPhone")).toBe("iPhone");
    expect(followableTopic("EU")).toBe("EU");
  });

  it("offers no button for a tag /follow would refuse", () => {
    for (const tag of [undefined, "", "a", "the", "la", "!!", "x".repeat(101)]) expect(followableTopic(tag), String(tag)).toBeUndefined();
    expect(followableTopic("Left | Right")).toBe("Left Right");
  });
});
