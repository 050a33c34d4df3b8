/**
 * sendMessage, editMessageText, deleteMessage, sendChatAction and answerCallbackQuery of the fake Telegram server.
 * Order of checks follows Telegram: chat, access, thread, content, reply target, then rate limit.
 */
import type { Message } from "grammy/types";
import { type MethodHandler, type Payload, badRequest, readBoolean, readInteger, readObject, readString } from "./api-error.js";
import type { FakeChat, FakeTelegramState, RecordedMessage } from "./fake-state.js";
import { readInlineKeyboard, readLinkPreviewDisabled, readMessageText } from "./message-content.js";
import type { SendRateLimiter } from "./rate-limits.js";

/** Builds the message method handlers over shared state and limits. */
export function createMessageMethods(state: FakeTelegramState, limiter: SendRateLimiter): Record<string, MethodHandler> {
  const isGroupLike = (chat: FakeChat): boolean => chat.type !== "private";

  function readThread(chat: FakeChat, payload: Payload): number | undefined {
    const threadId = readInteger(payload, "message_thread_id");
    if (threadId === undefined) return undefined;
    if (chat.type !== "supergroup" || !chat.isForum || !chat.topics.has(threadId)) throw badRequest("message thread not found");
    return threadId;
  }

  function readReplyTarget(chat: FakeChat, payload: Payload): Message | undefined {
    const parameters = readObject(payload, "reply_parameters");
    const messageId = parameters ? readInteger(parameters, "message_id") : readInteger(payload, "reply_to_message_id");
    if (messageId === undefined) return undefined;
    if (parameters && parameters["chat_id"] !== undefined && state.resolveChat(parameters).id !== chat.id) {
      throw badRequest("fake-telegram: replies to other chats are not supported");
    }
    const target = state.findMessage(chat.id, messageId);
    if (target && !target.record?.deleted) return target.message;
    const allow = parameters ? readBoolean(parameters, "allow_sending_without_reply") : readBoolean(payload, "allow_sending_without_reply");
    if (allow) return undefined;
    throw badRequest("message to be replied not found");
  }

  const sendMessage: MethodHandler = (payload) => {
    const chat = state.resolveChat(payload);
    state.assertAccess(chat, true);
    const threadId = readThread(chat, payload);
    const content = readMessageText(payload);
    const replyMarkup = readInlineKeyboard(payload);
    const replyTo = readReplyTarget(chat, payload);
    const linkPreviewDisabled = readLinkPreviewDisabled(payload);
    limiter.admit(chat.id, isGroupLike(chat));

    const message: Message = {
      message_id: state.nextMessageId(chat),
      date: state.unixNow(),
      chat: state.chatObject(chat),
      text: content.text,
    };
    if (chat.type === "channel") message.sender_chat = state.chatObject(chat);
    else message.from = state.botUser();
    if (content.entities.length > 0) message.entities = content.entities;
    if (threadId !== undefined) Object.assign(message, { message_thread_id: threadId, is_topic_message: true });
    if (replyTo) message.reply_to_message = replyTo as Message["reply_to_message"];
    if (replyMarkup) message.reply_markup = replyMarkup;
    if (linkPreviewDisabled) message.link_preview_options = { is_disabled: true };

    const record: RecordedMessage = {
      chatId: chat.id,
      messageId: message.message_id,
      text: content.text,
      rawText: content.rawText,
      entities: content.entities,
      linkPreviewDisabled,
      at: state.clock(),
      editCount: 0,
      deleted: false,
    };
    if (threadId !== undefined) record.threadId = threadId;
    if (content.parseMode !== undefined) record.parseMode = content.parseMode;
    if (replyMarkup) record.replyMarkup = replyMarkup;
    if (replyTo) record.replyToMessageId = replyTo.message_id;
    state.storeMessage(message, true, record);
    return message;
  };

  const editMessageText: MethodHandler = (payload) => {
    if (payload["inline_message_id"] !== undefined) throw badRequest("fake-telegram: inline_message_id is not supported");
    const chat = state.resolveChat(payload);
    state.assertAccess(chat, true);
    const messageId = readInteger(payload, "message_id");
    if (messageId === undefined) throw badRequest("message identifier is not specified");
    const stored = state.findMessage(chat.id, messageId);
    if (!stored || stored.record?.deleted) throw badRequest("message to edit not found");
    if (!stored.fromBot || !stored.record) throw badRequest("message can't be edited");
    const content = readMessageText(payload);
    const replyMarkup = readInlineKeyboard(payload);
    const record = stored.record;
    if (
      content.text === record.text &&
      JSON.stringify(content.entities) === JSON.stringify(record.entities) &&
      JSON.stringify(replyMarkup) === JSON.stringify(record.replyMarkup)
    ) {
      throw badRequest(
        "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
      );
    }
    limiter.admit(chat.id, isGroupLike(chat));

    const message: Message = { ...stored.message, text: content.text, edit_date: state.unixNow() };
    delete message.entities;
    delete message.reply_markup;
    if (content.entities.length > 0) message.entities = content.entities;
    if (replyMarkup) message.reply_markup = replyMarkup;
    stored.message = message;
    Object.assign(record, { text: content.text, rawText: content.rawText, entities: content.entities, editedAt: state.clock() });
    record.parseMode = content.parseMode;
    record.replyMarkup = replyMarkup;
    record.editCount += 1;
    return message;
  };

  const deleteMessage: MethodHandler = (payload) => {
    const chat = state.resolveChat(payload);
    state.assertAccess(chat, false);
    const messageId = readInteger(payload, "message_id");
    if (messageId === undefined) throw badRequest("message identifier is not specified");
    const stored = state.findMessage(chat.id, messageId);
    if (!stored || stored.record?.deleted) throw badRequest("message to delete not found");
    const botStatus = chat.members.get(state.bot.id);
    const botIsAdmin = botStatus === "administrator" || botStatus === "creator";
    if (!stored.fromBot && chat.type !== "private" && !botIsAdmin) throw badRequest("message can't be deleted");
    if (stored.record) stored.record.deleted = true;
    else state.history.delete(`${chat.id}:${messageId}`);
    return true;
  };

  /** Records the action; Telegram shows it (e.g. "typing…") for up to 5 seconds. Not rate-limited here. */
  const sendChatAction: MethodHandler = (payload) => {
    const chat = state.resolveChat(payload);
    state.assertAccess(chat, true);
    readThread(chat, payload);
    const action = readString(payload, "action");
    if (action !== "typing") throw badRequest("wrong parameter action in request");
    state.chatActions.push({ chatId: chat.id, action, at: state.clock() });
    return true;
  };

  const answerCallbackQuery: MethodHandler = (payload) => {
    const id = readString(payload, "callback_query_id");
    if (id === undefined || !state.pendingCallbacks.has(id)) {
      throw badRequest("query is too old and response timeout expired or query ID is invalid");
    }
    state.pendingCallbacks.delete(id);
    const text = readString(payload, "text");
    state.callbackAnswers.push({ callbackQueryId: id, text, showAlert: readBoolean(payload, "show_alert"), at: state.clock() });
    return true;
  };

  return { sendMessage, editMessageText, deleteMessage, answerCallbackQuery, sendChatAction };
}
