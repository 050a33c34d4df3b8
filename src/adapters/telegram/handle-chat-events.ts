/**
 * Chat events that change where deliveries go: the bot added back to a chat (or unblocked) lifts a
 * pause; a group upgraded to a supergroup moves its settings to the new chat id.
 */
import type { Context } from "grammy";
import { chatKey } from "../../core/chats/chat.js";
import { telegramChatRef } from "./chat-ref.js";
import { describeTelegramError } from "./errors.js";
import { type TelegramHandlerDeps, resumeChat } from "./handler-deps.js";

/** Handles `my_chat_member`: the bot's own membership changed. */
export async function handleMyChatMember(ctx: Context, deps: TelegramHandlerDeps): Promise<void> {
  const update = ctx.myChatMember;
  if (!update) return;
  const status = update.new_chat_member.status;
  const chat = telegramChatRef(update.chat.id);
  deps.logger.info({ chat: chatKey(chat), status }, "telegram: bot membership changed");
  // Pauses happen on the next failed delivery (the core decides); here only the way back.
  if (status === "member" || status === "administrator" || status === "creator") await resumeChat(chat, deps);
}

/** Handles the service messages of a group's migration to a supergroup. */
export async function handleMigration(ctx: Context, deps: TelegramHandlerDeps): Promise<void> {
  const message = ctx.message;
  if (!message) return;
  const pair =
    message.migrate_to_chat_id !== undefined
      ? { from: message.chat.id, to: message.migrate_to_chat_id }
      : message.migrate_from_chat_id !== undefined
        ? { from: message.migrate_from_chat_id, to: message.chat.id }
        : undefined;
  if (!pair) return;
  const from = telegramChatRef(pair.from);
  const to = telegramChatRef(pair.to);
  try {
    // Telegram sends both service messages; the second finds nothing left to move.
    await deps.onChatMigrated(from, to);
    deps.logger.info({ from: chatKey(from), to: chatKey(to) }, "telegram: group migrated to a supergroup");
  } catch (error) {
    deps.logger.error({ from: chatKey(from), to: chatKey(to), error: describeTelegramError(error) }, "telegram: chat migration not recorded");
  }
}
