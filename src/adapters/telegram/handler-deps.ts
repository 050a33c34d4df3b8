/**
 * What the Telegram update handlers share, and the small helpers they all use.
 */
import type { Api } from "grammy";
import type { CommandDefinition } from "../../core/commands/command.js";
import type { CommandServices } from "../../core/commands/command-services.js";
import { chatKey, type ChatRef } from "../../core/chats/chat.js";
import type { Logger } from "../../core/shared/ports.js";
import type { TextOf } from "../../core/shared/translator.js";
import { chatLanguage } from "../../core/commands/chat-language.js";
import type { ChatAdminCache } from "./chat-admin-cache.js";
import { describeTelegramError } from "./errors.js";
import type { TelegramFileDownloader } from "./telegram-files.js";
import type { TelegramSender } from "./telegram-sender.js";

/** Dependencies of the command, button and membership handlers. */
export interface TelegramHandlerDeps {
  api: Api;
  commands: readonly CommandDefinition[];
  services: CommandServices;
  logger: Logger;
  sender: TelegramSender;
  admins: ChatAdminCache;
  botId: number;
  botUsername: string;
  /** Downloads a file users sent (getFile, then the Bot API's file URL). */
  downloadFile: TelegramFileDownloader;
  /** A group became a supergroup (ChatSettingsService.migrate). */
  onChatMigrated(from: ChatRef, to: ChatRef): Promise<void>;
}

/**
 * The messages of `chat`'s language for answers outside a command: the chat's stored language,
 * else that of the sender's app (`language_code`).
 */
export async function chatTextOf(chat: ChatRef, languageCode: string | undefined, deps: Pick<TelegramHandlerDeps, "services">): Promise<TextOf> {
  return (await chatLanguage(deps.services, { chat: { ...chat, ...(languageCode === undefined ? {} : { locale: languageCode }) } })).text;
}

/** A chat that talks to the bot again is reachable: lift a pause left by an earlier failed delivery. */
export async function resumeChat(chat: ChatRef, deps: Pick<TelegramHandlerDeps, "services" | "logger">): Promise<void> {
  try {
    await deps.services.chats.resume(chat);
  } catch (error) {
    deps.logger.warn({ chat: chatKey(chat), error: describeTelegramError(error) }, "telegram: could not resume chat");
  }
}
