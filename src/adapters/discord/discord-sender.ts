/**
 * The Discord PlatformSender: renders a document into messages of embeds (with Summary, Follow and
 * Unsubscribe buttons), and posts them one after the other into the channel or thread through
 * discord.js REST (its per-route buckets and 429 handling) and the shared {@link SendQueue} (the global
 * pace). Mentions are disabled on every message. Messages a previous attempt already delivered are
 * skipped (`progress.skipParts`); `progress.beforePart` runs right before each request (after the queue
 * wait, so a message still waiting is not marked in flight) and `progress.onPartSent` after Discord
 * accepted it; errors of those callbacks pass through unchanged.
 *
 * Every post carries a random `nonce` with `enforce_nonce: true`: when @discordjs/rest repeats a post
 * whose answer was lost (timeout, reset), Discord returns the first message instead of a copy.
 */
import { randomBytes } from "node:crypto";
import { type REST, Routes } from "discord.js";
import type { BriefingDocument } from "../../core/digests/briefing-document.js";
import { DeliveryError, type DeliveryProgress, type PlatformSender } from "../../core/delivery/chat-sender.js";
import type { ChatRef } from "../../core/chats/chat.js";
import type { Logger } from "../../core/shared/ports.js";
import { toDeliveryError } from "./errors.js";
import { renderDocument } from "./render-embeds.js";
import type { Translator } from "../../core/shared/translator.js";
import type { RenderedMessage } from "./rendered-message.js";
import { type SendQueue, SendQueueError } from "./send-queue.js";

const SNOWFLAKE = /^\d{1,20}$/u;

/** A REST message body with mentions disabled and an idempotency nonce (at most 25 characters). */
export function toMessageBody(message: RenderedMessage, nonce: string): Record<string, unknown> {
  return {
    ...(message.content ? { content: message.content } : {}),
    embeds: message.embeds,
    components: message.components,
    allowed_mentions: { parse: [] },
    nonce,
    enforce_nonce: true,
  };
}

/** Creates the sender for platform `discord`. */
export function createDiscordSender(options: { rest: REST; queue: SendQueue; logger: Logger; translator?: Translator }): PlatformSender {
  const { rest, queue, logger } = options;
  return {
    platform: "discord",
    async send(chat: ChatRef, document: BriefingDocument, progress?: DeliveryProgress): Promise<void> {
      const target = chat.threadId ?? chat.chatId;
      if (chat.platform !== "discord" || !SNOWFLAKE.test(target) || (chat.threadId !== undefined && !SNOWFLAKE.test(chat.chatId))) {
        throw new DeliveryError(`not a Discord channel: ${chat.platform}:${chat.chatId}${chat.threadId ? `:${chat.threadId}` : ""}`, "permanent");
      }
      // Labels and buttons in the document's language (the chat's, set when it was composed).
      const messages = renderDocument(document, { summaryButtons: true, deliveryActions: true, ...(options.translator ? { translator: options.translator } : {}) });
      const first = Math.max(0, progress?.skipParts ?? 0);
      for (let index = first; index < messages.length; index += 1) {
        const message = messages[index];
        if (!message) continue;
        let requested = false;
        try {
          await queue.run(
            async () => {
              await progress?.beforePart?.(index, messages.length);
              requested = true;
              return rest.post(Routes.channelMessages(target), { body: toMessageBody(message, randomBytes(12).toString("base64url")) });
            },
            { first: index > first },
          );
        } catch (error) {
          if (!requested && !(error instanceof SendQueueError)) throw error;
          const failure = toDeliveryError(error, target);
          logger.warn({ chat: target, part: index, parts: messages.length, failure: failure.failure, error: failure.message }, "discord delivery failed");
          throw failure;
        }
        await progress?.onPartSent(index, messages.length);
      }
    },
  };
}
