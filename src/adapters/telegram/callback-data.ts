/**
 * What an inline button does, encoded in its `callback_data` (1 to 64 bytes on Telegram). The data
 * is untrusted when it comes back (anyone can craft a callback query), so decoding is strict and a
 * button only ever names a command and its one argument; the command runs with the same permission
 * checks as when typed.
 */

/** Telegram's limit on `callback_data`, in bytes (UTF-8). */
export const MAX_CALLBACK_DATA_BYTES = 64;

/** An action behind a button. */
export type ButtonAction =
  /** Runs /summary <articleId>. */
  | { kind: "summary"; articleId: string }
  /** Runs /follow with the first tag of the article. */
  | { kind: "follow"; articleId: string }
  /** Runs /unsubscribe <sectionId>. */
  | { kind: "unsubscribe"; sectionId: string }
  /** Runs /more <sectionId>: the next page of the section's digest. */
  | { kind: "more"; sectionId: string }
  /** Runs /source add with feed `number` (from 1) of the choice kept under `choiceId`. */
  | { kind: "feed"; choiceId: string; number: number };

const ARTICLE_ID = /^[0-9a-f]{6,40}$/;
const SECTION_ID = /^[a-z0-9][a-z0-9-]{0,31}$/;
const PREFIXES = { summary: "s", follow: "f", unsubscribe: "u", more: "m" } as const;
const FEED_DATA = /^c:([A-Za-z0-9_-]{11}):([1-9][0-9]?)$/u;

/** An action that cannot be encoded (bad id, or too long for Telegram). */
export class CallbackDataError extends Error {
  override readonly name = "CallbackDataError";
}

/** Encodes an action; throws {@link CallbackDataError} if the result is not 1..64 bytes of valid data. */
export function encodeCallbackData(action: ButtonAction): string {
  if (action.kind === "feed") {
    const data = `c:${action.choiceId}:${action.number}`;
    if (!FEED_DATA.test(data)) throw new CallbackDataError("invalid feed choice");
    return data;
  }
  const argument = "sectionId" in action ? action.sectionId : action.articleId;
  const pattern = "sectionId" in action ? SECTION_ID : ARTICLE_ID;
  if (!pattern.test(argument)) throw new CallbackDataError(`invalid ${action.kind} argument`);
  const data = `${PREFIXES[action.kind]}:${argument}`;
  const bytes = Buffer.byteLength(data, "utf8");
  if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) throw new CallbackDataError(`callback data of ${bytes} bytes`);
  return data;
}

/** Decodes callback data; undefined for anything this version did not produce. */
export function decodeCallbackData(data: string | undefined): ButtonAction | undefined {
  if (!data || Buffer.byteLength(data, "utf8") > MAX_CALLBACK_DATA_BYTES) return undefined;
  const feed = FEED_DATA.exec(data);
  if (feed) return { kind: "feed", choiceId: feed[1] ?? "", number: Number(feed[2]) };
  const match = /^([sfum]):(.+)$/su.exec(data);
  if (!match) return undefined;
  const [, prefix, argument = ""] = match;
  if (prefix === "u" || prefix === "m") return SECTION_ID.test(argument) ? { kind: prefix === "u" ? "unsubscribe" : "more", sectionId: argument } : undefined;
  if (!ARTICLE_ID.test(argument)) return undefined;
  return prefix === "s" ? { kind: "summary", articleId: argument } : { kind: "follow", articleId: argument };
}
