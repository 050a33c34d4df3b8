/**
 * Typed command options, parsed and validated identically for every platform: text platforms
 * (Telegram, terminal) give a raw argument string, Discord gives typed values; both end here.
 */
import type { IncomingFile, OptionSpec } from "./command.js";
import { listNames, quoteTyped, refuse } from "../shared/user-messages.js";

/** A validated option value. */
export type OptionValue = string | number | boolean | IncomingFile;

/** A raw option value from a platform: text, a Discord typed value, or a file sent with the command. */
export type RawOptionValue = string | number | boolean | IncomingFile;

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

  /** The file sent for an `attachment` option. */
  file(name: string): IncomingFile | undefined {
    const value = this.#values.get(name);
    return typeof value === "object" ? value : undefined;
  }

  /** Plain object view, for logs and tests (a file shows as its name). */
  toObject(): Record<string, string | number | boolean> {
    return Object.fromEntries([...this.#values].map(([key, value]) => [key, typeof value === "object" ? `file:${value.name}` : value]));
  }
}

/**
 * Splits a raw argument line into values for the given specs (text platforms). `commandName` makes
 * the errors end with a command to try (see user-messages.ts for their style).
 */
export function parseArgumentLine(allSpecs: readonly OptionSpec[], line: string, commandName?: string, files: ReadonlyMap<string, IncomingFile> = new Map()): CommandOptions {
  // Files come with the message, never from its text.
  const specs = allSpecs.filter((spec) => spec.type !== "attachment");
  if (line.length > MAX_ARGUMENT_LENGTH) {
    throw refuse("arguments-too-long", `${quoteTyped(line)} is too long`, `A command takes at most ${MAX_ARGUMENT_LENGTH} characters`, "Shorten it and send it again");
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
    const command = commandName === undefined ? "the command" : `/${commandName}`;
    const takes = specs.length === 0 ? `${command} takes nothing after its name` : `${command} takes ${specs.map(usageOf).join(" ")}`;
    throw refuse("too-many-arguments", `${quoteTyped(rest)} is more than ${command} takes`, takes, nextStep(specs, commandName));
  }
  return validateOptions(allSpecs, new Map<string, RawOptionValue>([...raw, ...files]), commandName);
}

/** Validates values that arrived as strings (text) or typed values (Discord) against the specs. */
export function validateOptions(
  specs: readonly OptionSpec[],
  values: ReadonlyMap<string, RawOptionValue>,
  commandName?: string,
): CommandOptions {
  const validated = new Map<string, OptionValue>();
  for (const spec of specs) {
    const value = values.get(spec.name);
    if (value === undefined || value === "") {
      if (spec.required) {
        const command = commandName === undefined ? "This command" : `/${commandName}`;
        throw refuse("missing-option", `${command} needs ${withArticle(labelOf(spec))}`, spec.description, nextStep(specs, commandName));
      }
      continue;
    }
    validated.set(spec.name, coerce(spec, value, () => nextStep(specs, commandName)));
  }
  return new CommandOptions(validated);
}

/** `<label>` for a required option, `[label]` for an optional one. */
export function usageOf(spec: OptionSpec): string {
  return spec.required ? `<${labelOf(spec)}>` : `[${labelOf(spec)}]`;
}

/** What an option is, in the user's words. */
export function labelOf(spec: OptionSpec): string {
  return spec.label ?? spec.name.replace(/_/gu, " ");
}

/** "Try /latest 5." from the options' examples; "See /help latest." when they have none. */
export function nextStep(specs: readonly OptionSpec[], commandName: string | undefined): string {
  if (commandName === undefined) return "See every command with /help.";
  const examples: string[] = [];
  for (const spec of specs) {
    if (spec.example === undefined) break;
    examples.push(spec.example);
    if (spec.rest) break;
  }
  const required = specs.filter((spec) => spec.required).length;
  if (examples.length < required || (examples.length === 0 && specs.length > 0)) return `See /help ${commandName}.`;
  return `Try /${[commandName, ...examples].join(" ")}.`;
}

/** The range an integer option accepts, in words ("from 1 to 20"). */
export function describeRange(spec: OptionSpec): string {
  if (spec.minValue !== undefined && spec.maxValue !== undefined) return `from ${spec.minValue} to ${spec.maxValue}`;
  if (spec.minValue !== undefined) return `of at least ${spec.minValue}`;
  if (spec.maxValue !== undefined) return `of at most ${spec.maxValue}`;
  return "";
}

function coerce(spec: OptionSpec, value: RawOptionValue, next: () => string): OptionValue {
  const label = labelOf(spec);
  if (typeof value === "object") {
    if (spec.type === "attachment") return value;
    throw refuse("invalid-option", `A file is not ${withArticle(label)}`, `Give the ${label} as text`, next());
  }
  switch (spec.type) {
    case "attachment":
      throw refuse("missing-file", `${quoteTyped(String(value))} is not a file`, `Attach the ${label} to the command`, next());
    case "string": {
      const text = String(value).trim();
      if (spec.maxLength !== undefined && text.length > spec.maxLength) {
        throw refuse("option-too-long", `${quoteTyped(text)} is too long for ${withArticle(label)}`, `Use at most ${spec.maxLength} characters`, next());
      }
      if (spec.choices && !spec.choices.includes(text.toLowerCase())) {
        throw refuse("invalid-choice", `${quoteTyped(text)} is not a valid ${label}`, `Choose ${spec.choices.length > 1 ? "one of " : ""}${listNames(spec.choices, 25)}`, next());
      }
      return spec.choices ? text.toLowerCase() : text;
    }
    case "integer": {
      const number = typeof value === "number" ? value : Number(String(value).trim());
      const range = describeRange(spec);
      if (!Number.isInteger(number)) {
        throw refuse("invalid-integer", `${quoteTyped(String(value))} is not a whole number`, `Give the ${label} as a whole number${range ? ` ${range}` : ""}`, next());
      }
      if ((spec.minValue !== undefined && number < spec.minValue) || (spec.maxValue !== undefined && number > spec.maxValue)) {
        throw refuse("out-of-range", `${quoteTyped(String(value))} is out of range for the ${label}`, `Give a whole number ${range}`, next());
      }
      return number;
    }
    case "boolean": {
      if (typeof value === "boolean") return value;
      const text = String(value).trim().toLowerCase();
      if (["yes", "true", "on", "1"].includes(text)) return true;
      if (["no", "false", "off", "0"].includes(text)) return false;
      throw refuse("invalid-boolean", `${quoteTyped(text)} is not yes or no`, `Give yes or no for the ${label}`, next());
    }
  }
}

/** "a section", "an article". */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/iu.test(noun) ? "an" : "a"} ${noun}`;
}
