/**
 * Typed command options, parsed and validated identically for every platform: text platforms
 * (Telegram, terminal) give a raw argument string, Discord gives typed values; both end here.
 */
import type { IncomingFile, OptionSpec } from "./command.js";
import { namesArg, quoteTyped, refuse } from "../shared/user-messages.js";
import { type MessageRef, message } from "../shared/translator.js";

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
 * the errors end with a command to try (see user-messages.ts for their style); their sentences are
 * catalogue messages (`option-*`), translated where the refusal is answered.
 */
export function parseArgumentLine(allSpecs: readonly OptionSpec[], line: string, commandName?: string, files: ReadonlyMap<string, IncomingFile> = new Map()): CommandOptions {
  // Files come with the message, never from its text.
  const specs = allSpecs.filter((spec) => spec.type !== "attachment");
  if (line.length > MAX_ARGUMENT_LENGTH) {
    throw refuse("arguments-too-long", message("option-line-too-long", { typed: quoteTyped(line) }), message("option-line-limit", { max: MAX_ARGUMENT_LENGTH }), message("option-shorten"));
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
    const command = commandName === undefined ? message("option-the-command") : `/${commandName}`;
    const takes = specs.length === 0 ? message("option-takes-nothing", { command }) : message("option-takes", { command, usage: usageLineOf(specs, commandName) });
    throw refuse("too-many-arguments", message("option-extra", { typed: quoteTyped(rest), command }), takes, nextStep(specs, commandName));
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
        const command = commandName === undefined ? message("option-this-command") : `/${commandName}`;
        throw refuse("missing-option", message("option-missing", { command, label: labelRef(spec, commandName, "a") }), descriptionRef(spec, commandName), nextStep(specs, commandName));
      }
      continue;
    }
    validated.set(spec.name, coerce(spec, value, commandName, () => nextStep(specs, commandName)));
  }
  return new CommandOptions(validated);
}

/** `<label>` for a required option, `[label]` for an optional one (English labels; see {@link usageRef}). */
export function usageOf(spec: OptionSpec): string {
  return spec.required ? `<${labelOf(spec)}>` : `[${labelOf(spec)}]`;
}

/** `<label>` or `[label]` as a message, the label in the chat's language. */
export function usageRef(spec: OptionSpec, commandName: string | undefined): MessageRef {
  return message(spec.required ? "option-usage-required" : "option-usage-optional", { label: labelRef(spec, commandName, "bare") });
}

/** The usage of every option, space-separated, as one message ("<section> [number of stories]"). */
export function usageLineOf(specs: readonly OptionSpec[], commandName: string | undefined): MessageRef {
  const [first, ...rest] = specs;
  if (first === undefined) return message("option-nothing");
  if (rest.length === 0) return usageRef(first, commandName);
  return message("option-usage-join", { first: usageRef(first, commandName), rest: usageLineOf(rest, commandName) });
}

/** What an option is, in the user's words (English; see {@link labelRef}). */
export function labelOf(spec: OptionSpec): string {
  return spec.label ?? spec.name.replace(/_/gu, " ");
}

/**
 * What an option is, in the chat's language: `option-<command>-<option>-label` with the form
 * `bare` ("section") or `a` (with an indefinite article where the language has one: "a section");
 * the English label when the catalogues do not name it.
 */
export function labelRef(spec: OptionSpec, commandName: string | undefined, form: "bare" | "a"): MessageRef {
  const english = form === "a" ? withArticle(labelOf(spec)) : labelOf(spec);
  return commandName === undefined ? message("option-label-unknown", {}, english) : message(`option-${commandName}-${spec.name}-label`, { form }, english);
}

/** An option's description in the chat's language: `option-<command>-<option>`, else its own. */
export function descriptionRef(spec: OptionSpec, commandName: string | undefined): MessageRef {
  return commandName === undefined ? message("option-description-unknown", {}, spec.description) : message(`option-${commandName}-${spec.name}`, undefined, spec.description);
}

/** The command line to try from the options' examples ("/latest 5"); undefined when they have none. */
export function exampleOf(specs: readonly OptionSpec[], commandName: string): string | undefined {
  const examples: string[] = [];
  for (const spec of specs) {
    if (spec.example === undefined) break;
    examples.push(spec.example);
    if (spec.rest) break;
  }
  const required = specs.filter((spec) => spec.required).length;
  if (examples.length < required || (examples.length === 0 && specs.length > 0)) return undefined;
  return `/${[commandName, ...examples].join(" ")}`;
}

/** "Try /latest 5." from the options' examples; "See /help latest." when they have none. */
export function nextStep(specs: readonly OptionSpec[], commandName: string | undefined): MessageRef {
  if (commandName === undefined) return message("command-see-help");
  const example = exampleOf(specs, commandName);
  return example === undefined ? message("option-see-help", { command: commandName }) : message("option-try", { example });
}

/** The range an integer option accepts, in words ("from 1 to 20"); undefined without one. */
export function describeRange(spec: OptionSpec): MessageRef | undefined {
  if (spec.minValue !== undefined && spec.maxValue !== undefined) return message("option-range", { min: spec.minValue, max: spec.maxValue });
  if (spec.minValue !== undefined) return message("option-range-min", { min: spec.minValue });
  if (spec.maxValue !== undefined) return message("option-range-max", { max: spec.maxValue });
  return undefined;
}

function coerce(spec: OptionSpec, value: RawOptionValue, commandName: string | undefined, next: () => MessageRef): OptionValue {
  const label = labelRef(spec, commandName, "bare");
  if (typeof value === "object") {
    if (spec.type === "attachment") return value;
    throw refuse("invalid-option", message("option-file-is-not", { label: labelRef(spec, commandName, "a") }), message("option-give-as-text", { label }), next());
  }
  switch (spec.type) {
    case "attachment":
      throw refuse("missing-file", message("option-not-file", { typed: quoteTyped(String(value)) }), message("option-attach", { label }), next());
    case "string": {
      const text = String(value).trim();
      if (spec.maxLength !== undefined && text.length > spec.maxLength) {
        throw refuse("option-too-long", message("option-too-long", { typed: quoteTyped(text), label: labelRef(spec, commandName, "a") }), message("option-max-characters", { max: spec.maxLength }), next());
      }
      if (spec.choices && !spec.choices.includes(text.toLowerCase())) {
        throw refuse("invalid-choice", message("option-not-choice", { typed: quoteTyped(text), label }), message("option-choose", { count: spec.choices.length, choices: namesArg(spec.choices, 25) }), next());
      }
      return spec.choices ? text.toLowerCase() : text;
    }
    case "integer": {
      const number = typeof value === "number" ? value : Number(String(value).trim());
      const range = describeRange(spec);
      if (!Number.isInteger(number)) {
        throw refuse(
          "invalid-integer",
          message("option-not-integer", { typed: quoteTyped(String(value)) }),
          range === undefined ? message("option-integer-as", { label }) : message("option-integer-as-range", { label, range }),
          next(),
        );
      }
      if ((spec.minValue !== undefined && number < spec.minValue) || (spec.maxValue !== undefined && number > spec.maxValue)) {
        throw refuse("out-of-range", message("option-out-of-range", { typed: quoteTyped(String(value)), label }), message("option-give-integer", { range: range ?? "" }), next());
      }
      return number;
    }
    case "boolean": {
      if (typeof value === "boolean") return value;
      const text = String(value).trim().toLowerCase();
      if (["yes", "true", "on", "1"].includes(text)) return true;
      if (["no", "false", "off", "0"].includes(text)) return false;
      throw refuse("invalid-boolean", message("option-not-boolean", { typed: quoteTyped(text) }), message("option-give-boolean", { label }), next());
    }
  }
}

/** "a section", "an article" (English). */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/iu.test(noun) ? "an" : "a"} ${noun}`;
}
