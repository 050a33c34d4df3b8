/**
 * Sends replies and documents to Telegram chats through the send queue: renders them (HTML parts
 * and buttons), sends the parts in order, follows a group's migration to a supergroup, falls back
 * to plain text if Telegram refuses our markup, and turns failures into DeliveryError (permanent:
 * the chat is gone for the bot and the core pauses it).
 */
import { type Api, InputFile } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { BriefingDocument, FileReply, Reply } from "../../core/digests/briefing-document.js";
import type { CommandServices } from "../../core/commands/command-services.js";
import { DeliveryError, type DeliveryProgress, type PlatformSender } from "../../core/delivery/chat-sender.js";
import { chatKey, type ChatRef } from "../../core/chats/chat.js";
import { documentText } from "../i18n/document-text.js";
import type { Logger } from "../../core/shared/ports.js";
import { isGroupChatId, telegramChatId, telegramThreadId } from "./chat-ref.js";
import { classifyTelegramError, describeTelegramError, isTelegramError, toDeliveryError } from "./errors.js";
import { sliceSafely } from "./html-segments.js";
import { type ButtonPlan, NO_BUTTONS, keyboardForPart, planButtons } from "./inline-keyboard.js";
import { TELEGRAM_MESSAGE_LIMIT } from "./pack-message-parts.js";
import { type TelegramMessagePart, renderTelegramReply } from "./render-telegram-html.js";
import { type FailureVerdict, type SendPriority, type SendQueue, SendQueueClosedError } from "./send-queue.js";

/** What a {@link TelegramSender} needs. */
export interface TelegramSenderOptions {
  api: Api;
  queue: SendQueue;
  services: Pick<CommandServices, "articles" | "chats" | "catalog" | "translator">;
  /** Command names in the registry (buttons only for commands that exist). */
  commands: ReadonlySet<string>;
  logger: Logger;
  /** A group became a supergroup: move its settings (ChatSettingsService.migrate). */
  onChatMigrated(from: ChatRef, to: ChatRef): Promise<void>;
}

/** Options of an interactive reply. */
export interface ReplyOptions {
  /** Answer this message (first part only); sent anyway if it was deleted. */
  replyToMessageId?: number;
  /** Which buttons: all that help (default), all but "Summary" (the answer of /summary), or none. */
  buttons?: ButtonChoice;
}

/** Which buttons a reply gets. */
export type ButtonChoice = "all" | "no-summaries" | "none";

/**
 * The queue's view of a failure: 429 → wait exactly retry_after; a request that never left (connection
 * refused) → back off and retry. Anything that may have reached Telegram is never repeated here.
 */
export function telegramVerdict(error: unknown): FailureVerdict {
  const failure = classifyTelegramError(error);
  if (failure.kind === "rate-limited") return { kind: "retry-after", delayMs: failure.retryAfterMs };
  return failure.kind === "not-sent" ? { kind: "transient" } : { kind: "final" };
}

/** Longest caption of a document. */
const MAX_CAPTION = 1024;
/** Most migrations followed for one message (a migrated chat migrates once). */
const MAX_MIGRATIONS = 2;

/** Telegram's PlatformSender, plus interactive replies for the command handlers. */
export class TelegramSender implements PlatformSender {
  readonly platform = "telegram" as const;
  readonly #options: TelegramSenderOptions;
  readonly #logger: Logger;

  constructor(options: TelegramSenderOptions) {
    this.#options = options;
    this.#logger = options.logger;
  }

  /** Delivers a document (bulk priority), resuming after `progress.skipParts` parts. */
  async send(chat: ChatRef, document: BriefingDocument, progress?: DeliveryProgress): Promise<void> {
    await this.#deliver(chat, document, { priority: "bulk", buttons: "all", ...(progress ? { progress } : {}) });
  }

  /** Answers in a chat (interactive priority: ahead of fan-outs). */
  async reply(chat: ChatRef, reply: Reply, options: ReplyOptions = {}): Promise<void> {
    await this.#deliver(chat, reply, { priority: "interactive", buttons: options.buttons ?? "all", ...options });
  }

  async #deliver(
    chat: ChatRef,
    reply: Reply,
    options: { priority: SendPriority; buttons: ButtonChoice; replyToMessageId?: number; progress?: DeliveryProgress },
  ): Promise<void> {
    if (typeof reply !== "string" && reply.kind === "file") {
      await this.#sendFile(chat, reply, options);
      return;
    }
    const { translator } = this.#options.services;
    const rendered = renderTelegramReply(reply, TELEGRAM_MESSAGE_LIMIT, translator);
    // Buttons in the document's language (the chat's, set by the composer).
    const text = documentText(translator, typeof reply === "string" ? undefined : reply);
    const plan = typeof reply === "string" || options.buttons === "none" ? NO_BUTTONS : await this.#plan(chat, reply, options.buttons === "all");
    const count = rendered.parts.length;
    let target = chat;
    for (let index = options.progress?.skipParts ?? 0; index < count; index += 1) {
      const part = rendered.parts[index];
      if (!part) break;
      const partIndex = index;
      target = await this.#sendPart(target, part, {
        priority: options.priority,
        // The write-ahead mark goes right before the request, inside the queue slot, not before the wait.
        beforeSend: async () => {
          await options.progress?.beforePart?.(partIndex, count);
        },
        disableLinkPreview: rendered.disableLinkPreview,
        keyboard: keyboardForPart(part, plan, index === count - 1, text),
        ...(index === 0 && options.replyToMessageId !== undefined ? { replyToMessageId: options.replyToMessageId } : {}),
      });
      await options.progress?.onPartSent(index, count);
    }
  }

  /** A file as a document (multipart upload), its caption as plain text (no parse mode: nothing to escape). */
  async #sendFile(chat: ChatRef, file: FileReply, options: { priority: SendPriority; replyToMessageId?: number }): Promise<void> {
    try {
      await this.#options.queue.enqueue({ key: chat.chatId, group: isGroupChatId(chat.chatId) }, options.priority, () =>
        this.#options.api.sendDocument(telegramChatId(chat), new InputFile(file.bytes, file.name), {
          caption: sliceSafely(file.caption, MAX_CAPTION),
          ...(telegramThreadId(chat) === undefined ? {} : { message_thread_id: telegramThreadId(chat) }),
          ...(options.replyToMessageId === undefined ? {} : { reply_parameters: { message_id: options.replyToMessageId, allow_sending_without_reply: true } }),
        }),
      );
    } catch (error) {
      if (error instanceof SendQueueClosedError) throw new DeliveryError("Telegram adapter stopped before sending", "retryable");
      if (!isTelegramError(error)) throw error;
      throw toDeliveryError(error);
    }
  }

  async #plan(chat: ChatRef, document: BriefingDocument, offerSummaries: boolean): Promise<ButtonPlan> {
    try {
      return await planButtons({ document, chat, services: this.#options.services, commands: this.#options.commands, offerSummaries });
    } catch (error) {
      this.#logger.warn({ chat: chatKey(chat), error: describeTelegramError(error) }, "telegram: buttons left out");
      return NO_BUTTONS;
    }
  }

  /** Sends one part; returns the chat it finally went to (another one after a migration). */
  async #sendPart(
    chat: ChatRef,
    part: TelegramMessagePart,
    options: {
      priority: SendPriority;
      disableLinkPreview: boolean;
      keyboard?: InlineKeyboardMarkup | undefined;
      replyToMessageId?: number;
      beforeSend(): Promise<void>;
    },
  ): Promise<ChatRef> {
    let target = chat;
    let plain = false;
    for (let migrations = 0; ; ) {
      try {
        const to = target;
        await this.#options.queue.enqueue({ key: to.chatId, group: isGroupChatId(to.chatId) }, options.priority, async () => {
          await options.beforeSend();
          return this.#options.api.sendMessage(telegramChatId(to), plain ? sliceSafely(part.plain, TELEGRAM_MESSAGE_LIMIT) : part.html, {
            ...(plain ? {} : { parse_mode: "HTML" as const }),
            ...(options.disableLinkPreview ? { link_preview_options: { is_disabled: true } } : {}),
            ...(telegramThreadId(to) === undefined ? {} : { message_thread_id: telegramThreadId(to) }),
            ...(options.keyboard ? { reply_markup: options.keyboard } : {}),
            ...(options.replyToMessageId === undefined
              ? {}
              : { reply_parameters: { message_id: options.replyToMessageId, allow_sending_without_reply: true } }),
          });
        });
        return target;
      } catch (error) {
        if (error instanceof SendQueueClosedError) throw new DeliveryError("Telegram adapter stopped before sending", "retryable");
        // Not Telegram's answer (e.g. the core's write-ahead mark failed): the caller's business.
        if (!isTelegramError(error)) throw error;
        const failure = classifyTelegramError(error);
        if (failure.kind === "migrated" && migrations < MAX_MIGRATIONS) {
          migrations += 1;
          const next: ChatRef = { ...target, chatId: String(failure.toChatId) };
          await this.#migrate(target, next);
          target = next;
          continue;
        }
        if ((failure.kind === "bad-markup" || failure.kind === "too-long") && !plain) {
          // Our renderer's bug, not the chat's fault: log it and let the reader have the text.
          this.#logger.error({ chat: chatKey(target), error: describeTelegramError(error) }, "telegram: markup refused, sending plain text");
          plain = true;
          continue;
        }
        throw toDeliveryError(error);
      }
    }
  }

  async #migrate(from: ChatRef, to: ChatRef): Promise<void> {
    this.#logger.info({ from: chatKey(from), to: chatKey(to) }, "telegram: group migrated to a supergroup");
    try {
      await this.#options.onChatMigrated(from, to);
    } catch (error) {
      this.#logger.error({ from: chatKey(from), to: chatKey(to), error: describeTelegramError(error) }, "telegram: chat migration not recorded");
    }
  }
}
