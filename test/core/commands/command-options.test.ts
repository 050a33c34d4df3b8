import { describe, expect, it } from "vitest";
import type { OptionSpec } from "../../../src/core/commands/command.js";
import { parseArgumentLine, validateOptions } from "../../../src/core/commands/command-options.js";
import { UserFacingError } from "../../../src/core/shared/errors.js";

const section: OptionSpec = { name: "section", description: "Section", type: "string", required: true, maxLength: 10 };
const count: OptionSpec = { name: "count", label: "number of stories", example: "5", description: "How many", type: "integer", required: false, minValue: 1, maxValue: 20 };
const topic: OptionSpec = { name: "topic", description: "Topic", type: "string", required: true, rest: true };

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof UserFacingError) return error.message;
    throw error;
  }
  throw new Error("expected a UserFacingError");
}

describe("command options from a text line", () => {
  it("splits words into options and lets the last string option take the rest of the line", () => {
    expect(parseArgumentLine([count, topic], "5 Judgement Panda").toObject()).toEqual({ count: 5, topic: "Judgement Panda" });
    expect(parseArgumentLine([topic], "  APT31 | Zirconium ").toObject()).toEqual({ topic: "APT31 | Zirconium" });
  });

  it("explains what is missing, wrong or extra, in words a user understands: what was typed, what is allowed, what to try", () => {
    expect(messageOf(() => parseArgumentLine([section], "", "subscribe"))).toBe("/subscribe needs a section. Section. See /help subscribe.");
    expect(messageOf(() => parseArgumentLine([count], "lots", "latest"))).toBe('"lots" is not a whole number. Give the number of stories as a whole number from 1 to 20. Try /latest 5.');
    expect(messageOf(() => parseArgumentLine([count], "99", "latest"))).toBe('"99" is out of range for the number of stories. Give a whole number from 1 to 20. Try /latest 5.');
    expect(messageOf(() => parseArgumentLine([count], "0", "latest"))).toBe('"0" is out of range for the number of stories. Give a whole number from 1 to 20. Try /latest 5.');
    expect(messageOf(() => parseArgumentLine([count], "3 4", "latest"))).toBe('"4" is more than /latest takes. /latest takes [number of stories]. Try /latest 5.');
    expect(messageOf(() => parseArgumentLine([], "now", "sections"))).toBe('"now" is more than /sections takes. /sections takes nothing after its name. Try /sections.');
    expect(messageOf(() => parseArgumentLine([section], "abcdefghijklmnop", "subscribe"))).toBe('"abcdefghijklmnop" is too long for a section. Use at most 10 characters. See /help subscribe.');
    expect(messageOf(() => parseArgumentLine([section], "x".repeat(5000)))).toMatch(/^"x{39}…" is too long\. A command takes at most 1000 characters\./u);
  });

  it("never shows an internal option name", () => {
    const messages = ["lots", "0", "99", "3 4"].map((line) => messageOf(() => parseArgumentLine([count], line, "latest")));
    for (const message of messages) expect(message).not.toMatch(/\bcount\b/u);
  });

  it("validates typed values (Discord) with the same rules and messages", () => {
    const typed = new Map<string, string | number | boolean>([["count", 30]]);
    expect(messageOf(() => validateOptions([count], typed, "latest"))).toBe('"30" is out of range for the number of stories. Give a whole number from 1 to 20. Try /latest 5.');
    expect(validateOptions([count], new Map([["count", 3]])).integer("count")).toBe(3);
  });
});
