/**
 * Typed command options, parsed and validated identically for every platform: text platforms
 * (Telegram, terminal) give a raw argument string, Discord gives typed values; both end here.
 */
import type { OptionSpec } from "./command.js";
import { UserFacingError } from "./errors.js";

/** A validated option value. */
export type OptionValue = string | number | boolean;

/** Longest argument line accepted from a text platform. */
export const MAX_ARGUMENT_LENGTH = 1_000;

/** Validated options of one command invocation. */
export class CommandOptions {
  readonly #values: ReadonlyMap<string, OptionValue>;

  constructor(values: ReadonlyMap<string, OptionValue>) {
    this.#values = values;
  }

  string(name: string): string | undefined {
    const value = this.#values.get(name);
    return typeof value === "string" ? value : undefined;
  }

  integer(name: string): number | undefined {
    const value = this.#values.get(name);
    return typeof value === "number" ? value : undefined;
  }

  boolean(name: string): boolean | undefined {
    const value = this.#values.get(name);
    return typeof value === "boolean" ? value : undefined;
  }

  /** Plain object view, for logs and tests. */
  toObject(): Record<string, OptionValue> {
    return Object.fromEntries(this.#values);
  }
}

/** Splits a raw argument line into values for the given specs (text platforms). */
export function parseArgumentLine(specs: readonly OptionSpec[], line: string): CommandOptions {
  if (line.length > MAX_ARGUMENT_LENGTH) {
    throw new UserFacingError("arguments-too-long", `That is too long: at most ${MAX_ARGUMENT_LENGTH} characters.`);
  }
  const raw = new Map<string, string>();
  let rest = line.trim();
  for (const [index, spec] of specs.entries()) {
    if (rest === "") break;
    const takesRest = spec.rest === true || (spec.type === "string" && index === specs.length - 1 && spec.rest !== false);
    if (takesRest) {
      raw.set(spec.name, rest);
      rest = "";
      break;
    }
    const match = /^(\S+)\s*(.*)$/su.exec(rest);
    if (!match) break;
    raw.set(spec.name, match[1] ?? "");
    rest = match[2] ?? "";
  }
  if (rest !== "") {
    const expected = specs.map((spec) => `<${spec.name}>`).join(" ");
    throw new UserFacingError("too-many-arguments", `Too many arguments: "${truncate(rest, 40)}". Usage: ${expected || "(no arguments)"}`);
  }
  return validateOptions(specs, raw);
}

/** Validates values that arrived as strings (text) or typed values (Discord) against the specs. */
export function validateOptions(
  specs: readonly OptionSpec[],
  values: ReadonlyMap<string, string | number | boolean>,
): CommandOptions {
  const validated = new Map<string, OptionValue>();
  for (const spec of specs) {
    const value = values.get(spec.name);
    if (value === undefined || value === "") {
      if (spec.required) throw new UserFacingError("missing-option", `Missing ${spec.name}: ${spec.description}`);
      continue;
    }
    validated.set(spec.name, coerce(spec, value));
  }
  return new CommandOptions(validated);
}

function coerce(spec: OptionSpec, value: string | number | boolean): OptionValue {
  switch (spec.type) {
    case "string": {
      const text = String(value).trim();
      if (spec.maxLength !== undefined && text.length > spec.maxLength) {
        throw new UserFacingError("option-too-long", `${spec.name} is too long: at most ${spec.maxLength} characters.`);
      }
      if (spec.choices && !spec.choices.includes(text.toLowerCase())) {
        throw new UserFacingError("invalid-choice", `${spec.name} must be one of: ${spec.choices.join(", ")}.`);
      }
      return spec.choices ? text.toLowerCase() : text;
    }
    case "integer": {
      const number = typeof value === "number" ? value : Number(String(value).trim());
      if (!Number.isInteger(number)) throw new UserFacingError("invalid-integer", `${spec.name} must be a whole number.`);
      if (spec.minValue !== undefined && number < spec.minValue) {
        throw new UserFacingError("out-of-range", `${spec.name} must be at least ${spec.minValue}.`);
      }
      if (spec.maxValue !== undefined && number > spec.maxValue) {
        throw new UserFacingError("out-of-range", `${spec.name} must be at most ${spec.maxValue}.`);
      }
      return number;
    }
    case "boolean": {
      if (typeof value === "boolean") return value;
      const text = String(value).trim().toLowerCase();
      if (["yes", "true", "on", "1"].includes(text)) return true;
      if (["no", "false", "off", "0"].includes(text)) return false;
      throw new UserFacingError("invalid-boolean", `${spec.name} must be yes or no.`);
    }
  }
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
