/**
 * Conversions between Telegram chats and newsdesk's ChatRef. A ChatRef's `chatId` is the decimal
 * Telegram chat id; `threadId` is the forum topic (`message_thread_id` of a topic message).
 */
import type { Chat, Message } from "grammy/types";
import type { ChatKind } from "../../core/commands/command.js";
import type { ChatRef } from "../../core/chats/chat.js";

/** The ChatRef of a Telegram chat, optionally a forum topic in it. */
export function telegramChatRef(chatId: number | string, threadId?: number): ChatRef {
  return threadId === undefined ? { platform: "telegram", chatId: String(chatId) } : { platform: "telegram", chatId: String(chatId), threadId: String(threadId) };
}

/** The `chat_id` to send to: a number when the ref holds one, else the string (e.g. `@channel`). */
export function telegramChatId(chat: ChatRef): number | string {
  return /^-?\d+$/u.test(chat.chatId) ? Number(chat.chatId) : chat.chatId;
}

/** The forum topic of a ref, as Telegram's `message_thread_id`. */
export function telegramThreadId(chat: ChatRef): number | undefined {
  return chat.threadId !== undefined && /^\d+$/u.test(chat.threadId) ? Number(chat.threadId) : undefined;
}

/** Groups, supergroups and channels have negative ids (or are addressed as `@name`). */
export function isGroupChatId(chatId: string): boolean {
  return chatId.startsWith("-") || chatId.startsWith("@");
}

/** newsdesk's kind of a Telegram chat. */
export function chatKindOf(type: Chat["type"]): ChatKind {
  if (type === "private") return "private";
  return type === "channel" ? "channel" : "group";
}

/** A chat's display title. */
export function chatTitleOf(chat: Chat): string {
  if (chat.type === "private") return [chat.first_name, chat.last_name].filter(Boolean).join(" ");
  return chat.title;
}

/** The forum topic a message was posted in; undefined outside topics (and in the General topic). */
export function topicOf(message: Pick<Message, "is_topic_message" | "message_thread_id">): number | undefined {
  return message.is_topic_message === true ? message.message_thread_id : undefined;
}
