/**
 * The one error boundary of the Telegram adapter (installed with `bot.catch`, and used for the
 * detached update handling too). Operators get the detail in the log (never a token or a message
 * text: see errors.ts); the user gets the short apology.
 */
import type { BotError, Context } from "grammy";
import { GENERIC_APOLOGY } from "../../core/commands/execute-command.js";
import { chatKey } from "../../core/chats/chat.js";
import type { Logger } from "../../core/shared/ports.js";
import { type Translator, render, textIn } from "../../core/shared/translator.js";
import { telegramChatRef, topicOf } from "./chat-ref.js";
import { describeTelegramError } from "./errors.js";
import type { TelegramSender } from "./telegram-sender.js";

/** Builds the handler for errors that escaped an update's handling. */
export function createErrorBoundary(deps: { logger: Logger; sender: TelegramSender; translator: Translator }): (error: BotError<Context>) => Promise<void> {
  return async (error) => {
    const ctx = error.ctx;
    const message = ctx.message ?? ctx.channelPost;
    const chat = ctx.chat ? telegramChatRef(ctx.chat.id, message ? topicOf(message) : undefined) : undefined;
    deps.logger.error(
      { updateId: ctx.update.update_id, ...(chat ? { chat: chatKey(chat) } : {}), error: describeTelegramError(error.error) },
      "telegram: update failed",
    );
    // In the sender's language: the store (where the chat's language is) may be what failed.
    const language = deps.translator.resolve(ctx.from?.language_code) ?? deps.translator.fallback;
    const apology = render(textIn(deps.translator, language), GENERIC_APOLOGY);
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: apology, show_alert: true });
      else if (chat && message?.text?.startsWith("/")) await deps.sender.reply(chat, apology, { replyToMessageId: message.message_id });
    } catch (apologyError) {
      // Often the same cause (the chat blocked the bot); the first failure is logged above.
      deps.logger.debug({ error: describeTelegramError(apologyError) }, "telegram: apology not delivered");
    }
  };
}
