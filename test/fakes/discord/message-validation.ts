/**
 * Message body validation of the fake Discord server, limit for limit as Discord documents them
 * (developers/resources/message.mdx): content 2000; up to 10 embeds; title 256, description 4096,
 * 25 fields (name 256, value 1024, both required), footer 2048, author 256, and 6000 characters across
 * all embeds of a message. Leading and trailing whitespace is not counted (Discord trims it). Lengths
 * are UTF-16 code units: at least as strict as Discord, whatever unit it counts in.
 *
 * Also checked: components (5 action rows; 5 buttons or 1 select per row; custom_id 1..100 and unique
 * within the message; button label 80; select options 1..25), embed URLs (http/https only) and the
 * allowed_mentions shape. Every problem is reported in one 400 Invalid Form Body (50035), nested the
 * way Discord nests them.
 */
import { type FormErrors, emptyMessage, invalidFormBody } from "./api-error.js";

/** Discord's documented message limits. */
export const MESSAGE_LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  total: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  selectOptions: 25,
} as const;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === "string" ? value : "");
const measured = (value: unknown): number => text(value).trim().length;

/** The characters of one embed that count towards the 6000 total. */
export function countEmbedCharacters(embed: Json): number {
  const fields = Array.isArray(embed.fields) ? embed.fields.filter(isObject) : [];
  return (
    measured(embed.title) +
    measured(embed.description) +
    fields.reduce((sum, field) => sum + measured(field.name) + measured(field.value), 0) +
    (isObject(embed.footer) ? measured(embed.footer.text) : 0) +
    (isObject(embed.author) ? measured(embed.author.name) : 0)
  );
}

class ErrorCollector {
  readonly errors: FormErrors = {};
  add(path: readonly (string | number)[], code: string, message: string): void {
    let node: FormErrors = this.errors;
    for (const key of path) {
      const existing = node[String(key)];
      if (!isObject(existing)) node[String(key)] = {};
      node = node[String(key)] as FormErrors;
    }
    const list = (node._errors as { code: string; message: string }[] | undefined) ?? [];
    list.push({ code, message });
    node._errors = list;
  }
  maxLength(path: readonly (string | number)[], value: unknown, max: number): void {
    if (typeof value === "string" && value.trim().length > max) this.add(path, "BASE_TYPE_MAX_LENGTH", `Must be ${max} or fewer in length.`);
  }
  get empty(): boolean {
    return Object.keys(this.errors).length === 0;
  }
}

/**
 * Validates a message body (create, edit, interaction response data or follow-up).
 * @returns nothing; throws the FakeDiscordError Discord would answer with.
 */
export function validateMessageBody(body: unknown, options: { requireContent: boolean }): void {
  if (!isObject(body)) throw invalidFormBody({ _errors: [{ code: "DICT_TYPE_CONVERT", message: "Only dictionaries may be used in a DictType" }] });
  const errors = new ErrorCollector();
  if (body.content !== undefined && body.content !== null && typeof body.content !== "string") errors.add(["content"], "BASE_TYPE_STRING", "Could not interpret value as string.");
  errors.maxLength(["content"], body.content, MESSAGE_LIMITS.content);
  const embeds = Array.isArray(body.embeds) ? body.embeds : [];
  if (embeds.length > MESSAGE_LIMITS.embeds) errors.add(["embeds"], "BASE_TYPE_MAX_LENGTH", `Must be ${MESSAGE_LIMITS.embeds} or fewer in length.`);
  embeds.forEach((embed, index) => validateEmbed(embed, ["embeds", index], errors));
  const total = embeds.filter(isObject).reduce((sum, embed) => sum + countEmbedCharacters(embed), 0);
  if (total > MESSAGE_LIMITS.total) errors.add(["embeds"], "MAX_EMBED_SIZE_EXCEEDED", `Embed size exceeds maximum size of ${MESSAGE_LIMITS.total}`);
  validateComponents(body.components, errors);
  validateAllowedMentions(body.allowed_mentions, errors);
  if (!errors.empty) throw invalidFormBody(errors.errors);
  const hasContent = measured(body.content) > 0 || embeds.length > 0 || (Array.isArray(body.components) && body.components.length > 0);
  if (options.requireContent && !hasContent) throw emptyMessage();
}

function validateEmbed(embed: unknown, path: (string | number)[], errors: ErrorCollector): void {
  if (!isObject(embed)) {
    errors.add(path, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
    return;
  }
  errors.maxLength([...path, "title"], embed.title, MESSAGE_LIMITS.title);
  errors.maxLength([...path, "description"], embed.description, MESSAGE_LIMITS.description);
  for (const key of ["url"] as const) {
    if (embed[key] !== undefined && !isHttpUrl(embed[key])) errors.add([...path, key], "URL_TYPE_INVALID_URL", "Not a well formed URL.");
  }
  if (embed.timestamp !== undefined && Number.isNaN(Date.parse(text(embed.timestamp)))) errors.add([...path, "timestamp"], "DATE_TYPE_PARSE", "Could not parse timestamp.");
  if (embed.color !== undefined && !(Number.isInteger(embed.color) && (embed.color as number) >= 0 && (embed.color as number) <= 0xffffff)) {
    errors.add([...path, "color"], "NUMBER_TYPE_MAX", "int value should be less than or equal to 16777215.");
  }
  const fields = Array.isArray(embed.fields) ? embed.fields : [];
  if (fields.length > MESSAGE_LIMITS.fields) errors.add([...path, "fields"], "BASE_TYPE_MAX_LENGTH", `Must be ${MESSAGE_LIMITS.fields} or fewer in length.`);
  fields.forEach((field, index) => {
    const fieldPath = [...path, "fields", index];
    if (!isObject(field)) return errors.add(fieldPath, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
    for (const [key, max] of [["name", MESSAGE_LIMITS.fieldName], ["value", MESSAGE_LIMITS.fieldValue]] as const) {
      if (measured(field[key]) === 0) errors.add([...fieldPath, key], "BASE_TYPE_REQUIRED", "This field is required");
      errors.maxLength([...fieldPath, key], field[key], max);
    }
  });
  if (embed.footer !== undefined) {
    if (!isObject(embed.footer) || measured(embed.footer.text) === 0) errors.add([...path, "footer", "text"], "BASE_TYPE_REQUIRED", "This field is required");
    else errors.maxLength([...path, "footer", "text"], embed.footer.text, MESSAGE_LIMITS.footer);
  }
  if (embed.author !== undefined) {
    if (!isObject(embed.author) || measured(embed.author.name) === 0) errors.add([...path, "author", "name"], "BASE_TYPE_REQUIRED", "This field is required");
    else {
      errors.maxLength([...path, "author", "name"], embed.author.name, MESSAGE_LIMITS.author);
      if (embed.author.url !== undefined && !isHttpUrl(embed.author.url)) errors.add([...path, "author", "url"], "URL_TYPE_INVALID_URL", "Not a well formed URL.");
    }
  }
}

function validateComponents(components: unknown, errors: ErrorCollector): void {
  if (components === undefined || components === null) return;
  if (!Array.isArray(components)) return errors.add(["components"], "BASE_TYPE_ARRAY", "Must be an array.");
  if (components.length > MESSAGE_LIMITS.actionRows) errors.add(["components"], "BASE_TYPE_MAX_LENGTH", `Must be ${MESSAGE_LIMITS.actionRows} or fewer in length.`);
  const seen = new Set<string>();
  components.forEach((row, rowIndex) => {
    const rowPath = ["components", rowIndex];
    if (!isObject(row) || row.type !== 1 || !Array.isArray(row.components)) return errors.add(rowPath, "UNION_TYPE_CHOICES", "Value of field \"type\" must be one of (1,).");
    const children = row.components.filter(isObject);
    const selects = children.filter((child) => child.type === 3).length;
    if (children.length === 0 || children.length > MESSAGE_LIMITS.buttonsPerRow || (selects > 0 && children.length > 1)) {
      errors.add([...rowPath, "components"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.");
    }
    children.forEach((child, index) => {
      const path = [...rowPath, "components", index];
      const isLink = child.type === 2 && child.style === 5;
      if (isLink) {
        if (!isHttpUrl(child.url)) errors.add([...path, "url"], "URL_TYPE_INVALID_URL", "Not a well formed URL.");
      } else {
        const id = text(child.custom_id);
        if (id.length === 0 || id.length > MESSAGE_LIMITS.customId) errors.add([...path, "custom_id"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
        if (seen.has(id)) errors.add([...path, "custom_id"], "COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id cannot be duplicated");
        seen.add(id);
      }
      if (child.type === 2) errors.maxLength([...path, "label"], child.label, MESSAGE_LIMITS.buttonLabel);
      if (child.type === 3) {
        const options = Array.isArray(child.options) ? child.options.filter(isObject) : [];
        if (options.length === 0 || options.length > MESSAGE_LIMITS.selectOptions) errors.add([...path, "options"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 25 in length.");
        options.forEach((option, optionIndex) => {
          errors.maxLength([...path, "options", optionIndex, "label"], option.label, 100);
          errors.maxLength([...path, "options", optionIndex, "value"], option.value, 100);
        });
      }
    });
  });
}

function validateAllowedMentions(allowed: unknown, errors: ErrorCollector): void {
  if (allowed === undefined || allowed === null) return;
  if (!isObject(allowed)) return errors.add(["allowed_mentions"], "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
  const parse = Array.isArray(allowed.parse) ? allowed.parse : [];
  parse.forEach((value, index) => {
    if (!["users", "roles", "everyone"].includes(text(value))) errors.add(["allowed_mentions", "parse", index], "ENUM_TYPE_COERCE", `Value "${text(value)}" is not a valid enum value.`);
  });
  for (const kind of ["users", "roles"] as const) {
    if (parse.includes(kind) && Array.isArray(allowed[kind]) && allowed[kind].length > 0) {
      errors.add(["allowed_mentions", kind], "SET_TYPE_ALREADY_CONTAINS_VALUE", `parse:["${kind}"] and ${kind}: [ids...] are mutually exclusive.`);
    }
  }
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== "string" || value.length > 2048) return false;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

