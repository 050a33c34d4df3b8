/**
 * setMyCommands, getMyCommands and deleteMyCommands of the fake Telegram server, stored per
 * (scope, language_code) exactly as Telegram keys them.
 */
import type { BotCommand, BotCommandScope } from "grammy/types";
import { type MethodHandler, type Payload, badRequest, readArray, readObject, readString } from "./api-error.js";
import type { FakeTelegramState } from "./fake-state.js";

const COMMAND_PATTERN = /^[a-z0-9_]{1,32}$/;
const MAX_COMMANDS = 100;
const SCOPE_TYPES = new Set([
  "default", "all_private_chats", "all_group_chats", "all_chat_administrators", "chat", "chat_administrators", "chat_member",
]);

/** Command lists by `scopeKey(scope, languageCode)`. */
export type CommandStore = Map<string, BotCommand[]>;

/** Stable key of a scope and language; `chat_id` given as `@username` is resolved to the id. */
export function scopeKey(scope: BotCommandScope | undefined, languageCode = ""): string {
  const s: Record<string, unknown> = { type: scope?.type ?? "default" };
  if (scope && "chat_id" in scope) s["chat_id"] = scope.chat_id;
  if (scope && "user_id" in scope) s["user_id"] = scope.user_id;
  return `${JSON.stringify(s)}|${languageCode}`;
}

/** Builds the command method handlers over shared state and a command store. */
export function createCommandMethods(state: FakeTelegramState, store: CommandStore): Record<string, MethodHandler> {
  function readKey(payload: Payload): string {
    const scope = readObject(payload, "scope");
    const languageCode = readString(payload, "language_code") ?? "";
    if (languageCode !== "" && !/^[a-z]{2}$/.test(languageCode)) throw badRequest("invalid language code specified");
    if (scope === undefined) return scopeKey(undefined, languageCode);
    const type = scope["type"];
    if (typeof type !== "string" || !SCOPE_TYPES.has(type)) throw badRequest("unsupported bot command scope type");
    const normalised: Record<string, unknown> = { type };
    if (type === "chat" || type === "chat_administrators" || type === "chat_member") {
      const chat = state.resolveChat(scope);
      normalised["chat_id"] = chat.id;
      if (type === "chat_member") {
        const userId = Number(scope["user_id"]);
        if (!Number.isInteger(userId)) throw badRequest("user_id is empty");
        normalised["user_id"] = userId;
      }
    }
    return scopeKey(normalised as unknown as BotCommandScope, languageCode);
  }

  const setMyCommands: MethodHandler = (payload) => {
    const commands = readArray(payload, "commands");
    if (commands === undefined) throw badRequest("parameter \"commands\" is required");
    if (commands.length > MAX_COMMANDS) throw badRequest("too many commands specified");
    const parsed = commands.map((entry): BotCommand => {
      const fields = (typeof entry === "object" && entry !== null ? entry : {}) as Record<string, unknown>;
      const command = fields["command"];
      const description = fields["description"];
      if (typeof command !== "string" || !COMMAND_PATTERN.test(command)) throw badRequest("BOT_COMMAND_INVALID");
      if (typeof description !== "string" || description.length < 1 || description.length > 256) {
        throw badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
      }
      return { command, description };
    });
    const key = readKey(payload);
    if (parsed.length === 0) store.delete(key);
    else store.set(key, parsed);
    return true;
  };

  const getMyCommands: MethodHandler = (payload) => store.get(readKey(payload)) ?? [];

  const deleteMyCommands: MethodHandler = (payload) => {
    store.delete(readKey(payload));
    return true;
  };

  return { setMyCommands, getMyCommands, deleteMyCommands };
}
