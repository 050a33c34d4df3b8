/**
 * Things that happen on Telegram's side of the fake: users writing and pressing buttons, members
 * changing, users blocking the bot, groups migrating, chats disappearing. Each builds the update
 * Telegram would send and queues it. Misuse (unknown chat or message) throws a plain Error.
 */
import type { InlineKeyboardButton, Message, MessageEntity, Update } from "grammy/types";
import { memberObject } from "./chat-methods.js";
import type { FakeChat, FakeMemberStatus, FakeTelegramState } from "./fake-state.js";
import type { FakeFiles } from "./file-methods.js";
import type { PushedUpdate, UpdateHub } from "./update-hub.js";

/** A message typed by a user (or posted in a channel). */
export interface UserMessageInit {
  chatId: number;
  userId: number;
  text: string;
  /** Forum topic id; must be one of the chat's `topicIds`. */
  threadId?: number;
  /** A document sent with the message: `text` becomes its caption (with caption_entities). */
  document?: { fileName: string; bytes: Buffer | string; mimeType?: string };
  /** The message this one replies to (in the same chat). */
  replyToMessageId?: number;
  firstName?: string;
  username?: string;
  /** The sender's `language_code` (their Telegram app's language); default none. */
  languageCode?: string;
}

/** A press on an inline keyboard button of a message the bot sent. */
export interface ButtonPressInit {
  chatId: number;
  userId: number;
  messageId: number;
  data: string;
}

const COMMAND_PATTERN = /^\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@])/;

/** Builds and queues updates that originate on Telegram's side. */
export class WorldActions {
  private callbackCounter = 0;

  private readonly state: FakeTelegramState;
  private readonly hub: UpdateHub;
  private readonly files: FakeFiles;

  constructor(state: FakeTelegramState, hub: UpdateHub, files: FakeFiles) {
    this.state = state;
    this.hub = hub;
    this.files = files;
  }

  /** A user message; a leading `/command` or `/command@bot` gets its `bot_command` entity. */
  sendUserMessage(init: UserMessageInit): Update {
    const chat = this.state.chatForTest(init.chatId);
    if (chat.type === "private" && init.userId !== chat.id) throw new Error("fake-telegram: in a private chat the user id is the chat id");
    if (init.threadId !== undefined && !chat.topics.has(init.threadId)) throw new Error(`fake-telegram: chat ${chat.id} has no topic ${init.threadId}`);
    const user = this.state.userOf(init.userId, init.firstName, init.username);
    if (chat.type !== "private" && !chat.members.has(init.userId)) chat.members.set(init.userId, "member");
    const message: Message = { message_id: this.state.nextMessageId(chat), date: this.state.unixNow(), chat: this.state.chatObject(chat) };
    if (chat.type === "channel") message.sender_chat = this.state.chatObject(chat);
    else message.from = init.languageCode === undefined ? user : { ...user, language_code: init.languageCode };
    const command = COMMAND_PATTERN.exec(init.text);
    const entities = command ? [{ type: "bot_command", offset: 0, length: command[0].length } satisfies MessageEntity] : undefined;
    if (init.document) {
      // A document's text is its caption, with caption_entities.
      const bytes = typeof init.document.bytes === "string" ? Buffer.from(init.document.bytes, "utf8") : init.document.bytes;
      message.document = this.files.store(bytes, init.document.fileName, init.document.mimeType ?? "application/octet-stream");
      if (init.text !== "") message.caption = init.text;
      if (entities) message.caption_entities = entities;
    } else {
      message.text = init.text;
      if (entities) message.entities = entities;
    }
    if (init.replyToMessageId !== undefined) {
      const target = this.state.findMessage(chat.id, init.replyToMessageId);
      if (!target) throw new Error(`fake-telegram: no message ${init.replyToMessageId} in chat ${chat.id} to reply to`);
      message.reply_to_message = target.message as Message["reply_to_message"];
    }
    if (init.threadId !== undefined) Object.assign(message, { message_thread_id: init.threadId, is_topic_message: true });
    this.state.storeMessage(message, false);
    // The wide Message type cannot prove the chat kind; the chat object above is built to match.
    return this.hub.push((chat.type === "channel" ? { channel_post: message } : { message }) as PushedUpdate);
  }

  /** A callback_query for a button that exists on the bot's message; remember its id for answerCallbackQuery. */
  pressButton(init: ButtonPressInit): Update {
    const stored = this.state.findMessage(init.chatId, init.messageId);
    if (!stored?.record || stored.record.deleted) throw new Error(`fake-telegram: no bot message ${init.messageId} in chat ${init.chatId}`);
    const buttons: InlineKeyboardButton[] = stored.record.replyMarkup?.inline_keyboard.flat() ?? [];
    if (!buttons.some((b) => "callback_data" in b && b.callback_data === init.data)) {
      throw new Error(`fake-telegram: message ${init.messageId} has no button with callback_data ${JSON.stringify(init.data)}`);
    }
    this.callbackCounter += 1;
    const id = `${init.chatId}-${init.messageId}-${this.callbackCounter}`;
    this.state.pendingCallbacks.add(id);
    return this.hub.push({
      callback_query: {
        id,
        from: this.state.userOf(init.userId),
        message: stored.message,
        chat_instance: `instance-${init.chatId}`,
        data: init.data,
      },
    });
  }

  /** Sets a member's status; for the bot itself a `my_chat_member` update is queued, as Telegram does. */
  setMember(chatId: number, userId: number, status: FakeMemberStatus): void {
    const chat = this.state.chatForTest(chatId);
    if (chat.type === "private") throw new Error("fake-telegram: private chats have no member list; use blockBot");
    const old = chat.members.get(userId) ?? "left";
    chat.members.set(userId, status);
    if (userId === this.state.bot.id && old !== status) this.queueMyChatMember(chat, old, status, this.anyCreatorOr(chat, userId));
  }

  /** The private chat's user blocks the bot (sends then fail with 403); queues `my_chat_member`. */
  blockBot(chatId: number, blocked = true): void {
    const chat = this.state.chatForTest(chatId);
    if (chat.type !== "private") throw new Error("fake-telegram: only private chats can block the bot; use setMember for groups");
    if (chat.blocked === blocked) return;
    chat.blocked = blocked;
    this.queueMyChatMember(chat, blocked ? "member" : "kicked", blocked ? "kicked" : "member", chat.id);
  }

  /** Upgrades a group to a supergroup: the old id answers "upgraded" with migrate_to_chat_id. */
  migrateGroup(oldId: number, newId: number): void {
    const old = this.state.chatForTest(oldId);
    if (old.type !== "group") throw new Error("fake-telegram: only basic groups migrate");
    const next = this.state.addChat({ id: newId, type: "supergroup", title: old.title, botStatus: old.members.get(this.state.bot.id) ?? "member" });
    for (const [userId, status] of old.members) next.members.set(userId, status);
    old.migratedTo = newId;
    const from = this.state.userOf(this.anyCreatorOr(old, this.state.bot.id));
    const date = this.state.unixNow();
    const oldMessage: Message = { message_id: this.state.nextMessageId(old), date, chat: this.state.chatObject(old), from, migrate_to_chat_id: newId };
    const newMessage: Message = { message_id: this.state.nextMessageId(next), date, chat: this.state.chatObject(next), from, migrate_from_chat_id: oldId };
    this.hub.push({ message: oldMessage } as PushedUpdate);
    this.hub.push({ message: newMessage } as PushedUpdate);
  }

  /** The chat disappears: every method answers `chat not found`. */
  deleteChat(chatId: number): void {
    this.state.chatForTest(chatId).deleted = true;
  }

  private anyCreatorOr(chat: FakeChat, fallback: number): number {
    for (const [userId, status] of chat.members) if (status === "creator") return userId;
    return fallback;
  }

  private queueMyChatMember(chat: FakeChat, old: FakeMemberStatus, status: FakeMemberStatus, fromId: number): void {
    const bot = this.state.botUser();
    this.hub.push({
      my_chat_member: {
        chat: this.state.chatObject(chat),
        from: this.state.userOf(fromId),
        date: this.state.unixNow(),
        old_chat_member: memberObject(bot, old),
        new_chat_member: memberObject(bot, status),
      },
    });
  }
}
