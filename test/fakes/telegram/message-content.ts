/**
 * Validation of message content shared by sendMessage and editMessageText: the text with its
 * parse mode and the 1..4096 limit after entity parsing, and inline keyboards.
 */
import type { InlineKeyboardMarkup, MessageEntity } from "grammy/types";
import { type Payload, badRequest, readObject, readString } from "./api-error.js";
import { parseTelegramHtml } from "./telegram-html.js";

/** Telegram's limit on message text, counted after entity parsing in UTF-16 code units. */
export const MAX_MESSAGE_LENGTH = 4096;
/** Telegram's limit on callback_data, in bytes. */
export const MAX_CALLBACK_DATA_BYTES = 64;

/** Text as Telegram stores it after parsing. */
export interface ParsedText {
  rawText: string;
  parseMode?: string;
  text: string;
  entities: MessageEntity[];
}

/**
 * Reads `text` and `parse_mode`. Only HTML (any case) and no parse mode are implemented; Markdown
 * modes are refused so that nothing passes unvalidated. Errors are Telegram's: `message text is
 * empty`, `message is too long`, `can't parse entities: …`, `unsupported parse_mode`.
 */
export function readMessageText(payload: Payload): ParsedText {
  const rawText = readString(payload, "text");
  if (rawText === undefined || rawText === "") throw badRequest("message text is empty");
  const parseMode = readString(payload, "parse_mode") || undefined;
  let text = rawText;
  let entities: MessageEntity[] = [];
  if (parseMode !== undefined) {
    const mode = parseMode.toLowerCase();
    if (mode === "html") {
      const parsed = parseTelegramHtml(rawText);
      if (!parsed.ok) throw badRequest(`can't parse entities: ${parsed.detail}`);
      ({ text, entities } = parsed);
    } else if (mode === "markdown" || mode === "markdownv2") {
      throw badRequest(`can't parse entities: fake-telegram implements only parse_mode HTML, not ${parseMode}`);
    } else {
      throw badRequest("unsupported parse_mode");
    }
  }
  // Stricter than Telegram: the limit applies before Telegram's trimming of outer whitespace.
  if (text.length > MAX_MESSAGE_LENGTH) throw badRequest("message is too long");
  if (text.trim() === "") throw badRequest("message text is empty");
  return parseMode === undefined ? { rawText, text, entities } : { rawText, parseMode, text, entities };
}

/**
 * Reads `reply_markup`. Returns the inline keyboard when there is one (other markups are accepted
 * and ignored). Buttons need a text and exactly one action; callback_data is 1..64 bytes.
 */
export function readInlineKeyboard(payload: Payload): InlineKeyboardMarkup | undefined {
  const markup = readObject(payload, "reply_markup");
  if (markup === undefined || markup["inline_keyboard"] === undefined) return undefined;
  const rows = markup["inline_keyboard"];
  if (!Array.isArray(rows) || !rows.every((row) => Array.isArray(row))) {
    throw badRequest("can't parse inline keyboard button: InlineKeyboardMarkup must be an Array of Arrays");
  }
  for (const row of rows as unknown[][]) {
    for (const button of row) validateButton(button);
  }
  return markup as unknown as InlineKeyboardMarkup;
}

const BUTTON_ACTIONS = [
  "url", "callback_data", "web_app", "login_url", "switch_inline_query", "switch_inline_query_current_chat",
  "switch_inline_query_chosen_chat", "copy_text", "callback_game", "pay",
];

function validateButton(button: unknown): void {
  if (typeof button !== "object" || button === null) throw badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
  const fields = button as Record<string, unknown>;
  if (typeof fields["text"] !== "string" || fields["text"] === "") throw badRequest("can't parse inline keyboard button: Text must be non-empty");
  const actions = BUTTON_ACTIONS.filter((action) => fields[action] !== undefined);
  if (actions.length === 0) throw badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
  if (actions.length > 1) throw badRequest("can't parse inline keyboard button: exactly one of the optional fields must be used");
  const data = fields["callback_data"];
  if (data !== undefined) {
    const bytes = typeof data === "string" ? Buffer.byteLength(data, "utf8") : 0;
    if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) throw badRequest("BUTTON_DATA_INVALID");
  }
  const url = fields["url"];
  if (url !== undefined && !isButtonUrl(url)) throw badRequest(`inline keyboard button URL '${String(url)}' is invalid: Wrong HTTP URL`);
}

function isButtonUrl(url: unknown): boolean {
  if (typeof url !== "string") return false;
  try {
    return ["http:", "https:", "tg:"].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Reads `link_preview_options.is_disabled` (or the legacy `disable_web_page_preview`). */
export function readLinkPreviewDisabled(payload: Payload): boolean {
  const options = readObject(payload, "link_preview_options");
  if (options !== undefined) return options["is_disabled"] === true;
  const legacy = payload["disable_web_page_preview"];
  return legacy === true || legacy === "true";
}
