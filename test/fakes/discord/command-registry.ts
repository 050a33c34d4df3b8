/**
 * Application commands in the fake Discord: `PUT|GET /applications/{app}/commands` (global) and
 * `/applications/{app}/guilds/{guild}/commands`, validated as Discord does
 * (developers/interactions/application-commands.mdx): names 1..32 of `[-_\p{L}\p{N}]` in lower case,
 * descriptions 1..100, at most 25 options with required ones first and unique names, at most 25
 * choices, autocomplete not together with choices, `default_member_permissions` a decimal string or
 * null, `contexts` from 0..2. A PUT replaces the whole scope (bulk overwrite).
 */
import { type FormErrors, invalidFormBody } from "./api-error.js";
import type { Json } from "./fake-state.js";

const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Stored commands per scope: `global` or a guild id. */
export class CommandRegistry {
  private readonly scopes = new Map<string, Json[]>();
  private counter = 0;
  private readonly applicationId: string;

  constructor(applicationId: string) {
    this.applicationId = applicationId;
  }

  /** The commands of a scope (undefined when never set). */
  get(scope: string): Json[] | undefined {
    return this.scopes.get(scope);
  }

  /** Bulk overwrite of one scope; returns the stored commands with ids. */
  put(scope: string, body: unknown): Json[] {
    if (!Array.isArray(body)) throw invalidFormBody({ _errors: [{ code: "BASE_TYPE_ARRAY", message: "Must be an array." }] });
    const errors: FormErrors = {};
    body.forEach((command, index) => {
      const problems = validateCommand(command);
      if (Object.keys(problems).length > 0) errors[String(index)] = problems;
    });
    const names = body.map((command) => (isJson(command) ? String(command.name) : ""));
    if (new Set(names).size !== names.length) errors._errors = [{ code: "APPLICATION_COMMANDS_DUPLICATE_NAME", message: "Application command names must be unique" }];
    if (body.length > 100) errors._errors = [{ code: "BASE_TYPE_MAX_LENGTH", message: "Must be 100 or fewer in length." }];
    if (Object.keys(errors).length > 0) throw invalidFormBody(errors);
    const stored = (body as Json[]).map((command) => {
      this.counter += 1;
      return { ...command, id: `9000000000000${String(this.counter).padStart(5, "0")}`, application_id: this.applicationId, version: "1", ...(scope === "global" ? {} : { guild_id: scope }) };
    });
    this.scopes.set(scope, stored);
    return stored;
  }

  /** A registered chat-input command visible in `guildId` (guild scope first, then global). */
  find(name: string, guildId: string | undefined): Json | undefined {
    const guild = guildId ? this.scopes.get(guildId)?.find((command) => command.name === name) : undefined;
    return guild ?? this.scopes.get("global")?.find((command) => command.name === name);
  }
}

function validateCommand(command: unknown): FormErrors {
  const errors: FormErrors = {};
  const fail = (key: string, code: string, message: string) => {
    errors[key] = { _errors: [{ code, message }] };
  };
  if (!isJson(command)) return { _errors: [{ code: "MODEL_TYPE_CONVERT", message: "Only dictionaries may be used in a ModelType" }] };
  const name = typeof command.name === "string" ? command.name : "";
  if (!NAME.test(name) || name !== name.toLowerCase()) fail("name", "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
  const description = typeof command.description === "string" ? command.description : "";
  if (description.length < 1 || description.length > 100) fail("description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
  const permissions = command.default_member_permissions;
  if (permissions !== undefined && permissions !== null && !(typeof permissions === "string" && /^\d+$/u.test(permissions))) {
    fail("default_member_permissions", "BASE_TYPE_STRING", "Must be a string of decimal digits or null.");
  }
  if (command.contexts !== undefined && !(Array.isArray(command.contexts) && command.contexts.every((value) => value === 0 || value === 1 || value === 2))) {
    fail("contexts", "ENUM_TYPE_COERCE", "Contexts must be 0, 1 or 2.");
  }
  const options = Array.isArray(command.options) ? command.options : [];
  if (options.length > 25) fail("options", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
  let sawOptional = false;
  const optionNames = new Set<string>();
  options.forEach((option, index) => {
    if (!isJson(option)) return;
    const key = `options.${index}`;
    const optionName = typeof option.name === "string" ? option.name : "";
    if (!NAME.test(optionName) || optionName !== optionName.toLowerCase() || optionNames.has(optionName)) fail(`${key}.name`, "APPLICATION_COMMAND_INVALID_NAME", "Option name is invalid or duplicated");
    optionNames.add(optionName);
    const optionDescription = typeof option.description === "string" ? option.description : "";
    if (optionDescription.length < 1 || optionDescription.length > 100) fail(`${key}.description`, "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
    if (option.required === true && sawOptional) fail(`${key}.required`, "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "Required options must be placed before non-required options");
    if (option.required !== true) sawOptional = true;
    const choices = Array.isArray(option.choices) ? option.choices : [];
    if (choices.length > 25) fail(`${key}.choices`, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
    if (choices.length > 0 && option.autocomplete === true) fail(`${key}.autocomplete`, "APPLICATION_COMMAND_AUTOCOMPLETE_INVALID", "Autocomplete cannot be set with choices");
    if (typeof option.max_length === "number" && (option.max_length < 1 || option.max_length > 6000)) fail(`${key}.max_length`, "NUMBER_TYPE_MAX", "Must be between 1 and 6000.");
  });
  return errors;
}

function isJson(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
