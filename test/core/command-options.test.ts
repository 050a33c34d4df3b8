import { describe, expect, it } from "vitest";
import type { OptionSpec } from "../../src/core/command.js";
import { parseArgumentLine, validateOptions } from "../../src/core/command-options.js";
import { UserFacingError } from "../../src/core/errors.js";

const section: OptionSpec = { name: "section", description: "Section", type: "string", required: true, maxLength: 10 };
const count: OptionSpec = { name: "count", description: "How many", type: "integer", required: false, minValue: 1, maxValue: 20 };
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

  it("explains what is missing, wrong or extra, in words a user understands", () => {
    expect(messageOf(() => parseArgumentLine([section], ""))).toBe("Missing section: Section");
    expect(messageOf(() => parseArgumentLine([count], "lots"))).toBe("count must be a whole number.");
    expect(messageOf(() => parseArgumentLine([count], "99"))).toBe("count must be at most 20.");
    expect(messageOf(() => parseArgumentLine([count], "3 4"))).toContain('Too many arguments: "4"');
    expect(messageOf(() => parseArgumentLine([section], "abcdefghijklmnop"))).toBe("section is too long: at most 10 characters.");
    expect(messageOf(() => parseArgumentLine([section], "x".repeat(5000)))).toContain("at most 1000 characters");
  });

  it("validates typed values (Discord) with the same rules and messages", () => {
    const typed = new Map<string, string | number | boolean>([["count", 30]]);
    expect(messageOf(() => validateOptions([count], typed))).toBe("count must be at most 20.");
    expect(validateOptions([count], new Map([["count", 3]])).integer("count")).toBe(3);
  });
});
