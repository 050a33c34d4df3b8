/**
 * In-memory world of the fake Telegram server: chats, members, users, message history and the
 * records tests assert on. Access rules (blocked, kicked, migrated, not found) live here so every
 * method applies them the same way.
 */
import type { Chat, InlineKeyboardMarkup, Message, MessageEntity, User, UserFromGetMe } from "grammy/types";
import { type Payload, badRequest, forbidden } from "./api-error.js";

/** Chat kinds the fake knows. */
export type FakeChatType = "private" | "group" | "supergroup" | "channel";
/** Member statuses tests can set (the bot's own status decides whether it may post). */
export type FakeMemberStatus = "creator" | "administrator" | "member" | "left" | "kicked";

/** Options of `addChat`. */
export interface FakeChatInit {
  id: number;
  type: FakeChatType;
  /** Group/supergroup/channel title; defaults to `Chat <id>`. */
  title?: string;
  /** Public username (without `@`), resolvable as `chat_id: "@username"`. */
  username?: string;
  /** First name of a private chat's user; defaults to `User <id>`. */
  firstName?: string;
  /** Supergroup with topics; `message_thread_id` must then be one of `topicIds`. */
  isForum?: boolean;
  topicIds?: number[];
  /** The bot's own status; default `member` in groups, `administrator` in channels. */
  botStatus?: FakeMemberStatus;
}

/** A chat and everything the fake knows about it. */
export interface FakeChat {
  id: number;
  type: FakeChatType;
  title: string;
  username?: string;
  firstName: string;
  isForum: boolean;
  topics: Set<number>;
  members: Map<number, FakeMemberStatus>;
  blocked: boolean;
  deleted: boolean;
  migratedTo?: number;
  nextMessageId: number;
}

/** A message the bot sent and Telegram accepted; edits and deletes update it in place. */
export interface RecordedMessage {
  chatId: number;
  messageId: number;
  threadId?: number;
  /** Plain text after entity parsing (tags removed, entities decoded): what the user sees. */
  text: string;
  /** The `text` field exactly as sent. */
  rawText: string;
  parseMode?: string;
  entities: MessageEntity[];
  replyMarkup?: InlineKeyboardMarkup;
  replyToMessageId?: number;
  linkPreviewDisabled: boolean;
  /** Clock time (ms) of acceptance. */
  at: number;
  editCount: number;
  editedAt?: number;
  deleted: boolean;
}

/** One HTTP request the fake answered. */
export interface RecordedRequest {
  method: string;
  payload: Payload;
  status: number;
  description?: string;
  at: number;
}

/** One answerCallbackQuery call. */
export interface RecordedCallbackAnswer {
  callbackQueryId: string;
  text?: string;
  showAlert: boolean;
  at: number;
}

interface StoredMessage {
  message: Message;
  fromBot: boolean;
  record?: RecordedMessage;
}

/** Mutable state shared by the method handlers. */
export class FakeTelegramState {
  readonly chats = new Map<number, FakeChat>();
  readonly users = new Map<number, User>();
  readonly history = new Map<string, StoredMessage>();
  readonly messages: RecordedMessage[] = [];
  /** Every accepted sendChatAction. */
  readonly chatActions: { chatId: number; action: string; at: number }[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly callbackAnswers: RecordedCallbackAnswer[] = [];
  readonly pendingCallbacks = new Set<string>();
  count429 = 0;
  readonly bot: UserFromGetMe;
  /** Milliseconds since the epoch. */
  readonly clock: () => number;

  constructor(bot: UserFromGetMe, clock: () => number) {
    this.bot = bot;
    this.clock = clock;
  }

  /** Unix seconds from the injected clock, as Telegram's `date` fields. */
  unixNow(): number {
    return Math.floor(this.clock() / 1000);
  }

  addChat(init: FakeChatInit): FakeChat {
    const chat: FakeChat = {
      id: init.id,
      type: init.type,
      title: init.title ?? `Chat ${init.id}`,
      username: init.username,
      firstName: init.firstName ?? `User ${init.id}`,
      isForum: init.isForum ?? false,
      topics: new Set(init.topicIds ?? []),
      members: new Map(),
      blocked: false,
      deleted: false,
      nextMessageId: 1,
    };
    if (init.type === "private") this.userOf(init.id, chat.firstName, init.username);
    else chat.members.set(this.bot.id, init.botStatus ?? (init.type === "channel" ? "administrator" : "member"));
    this.chats.set(chat.id, chat);
    return chat;
  }

  /** For test helpers: the chat or a plain Error (misuse of the fake, not an API error). */
  chatForTest(chatId: number): FakeChat {
    const chat = this.chats.get(chatId);
    if (!chat) throw new Error(`fake-telegram: no chat ${chatId}; call addChat first`);
    return chat;
  }

  /** The user with this id, created on first sight as `User <id>`. */
  userOf(userId: number, firstName?: string, username?: string): User {
    if (userId === this.bot.id) return this.botUser();
    let user = this.users.get(userId);
    if (!user) {
      user = { id: userId, is_bot: false, first_name: firstName ?? `User ${userId}` };
      if (username !== undefined) user.username = username;
      this.users.set(userId, user);
    }
    return user;
  }

  botUser(): User {
    return { id: this.bot.id, is_bot: true, first_name: this.bot.first_name, username: this.bot.username };
  }

  /** Resolves `chat_id` (number, numeric string or `@username`) or throws `chat not found`. */
  resolveChat(payload: Payload): FakeChat {
    const raw = payload["chat_id"];
    if (raw === undefined || raw === null || raw === "") throw badRequest("chat_id is empty");
    let chat: FakeChat | undefined;
    if (typeof raw === "string" && raw.startsWith("@")) {
      const name = raw.slice(1).toLowerCase();
      chat = [...this.chats.values()].find((c) => c.username?.toLowerCase() === name && !c.deleted);
    } else {
      const id = typeof raw === "number" ? raw : Number(raw);
      chat = Number.isInteger(id) ? this.chats.get(id) : undefined;
    }
    if (!chat || chat.deleted) throw badRequest("chat not found");
    return chat;
  }

  /** Throws the error Telegram gives when the bot may not use (or post to, if `send`) this chat. */
  assertAccess(chat: FakeChat, send: boolean): void {
    if (chat.migratedTo !== undefined) {
      throw badRequest("group chat was upgraded to a supergroup chat", { migrate_to_chat_id: chat.migratedTo });
    }
    if (chat.type === "private") {
      if (send && chat.blocked) throw forbidden("bot was blocked by the user");
      return;
    }
    const status = chat.members.get(this.bot.id) ?? "left";
    if (status === "kicked") throw forbidden(`bot was kicked from the ${chat.type} chat`);
    if (status === "left") throw forbidden(`bot is not a member of the ${chat.type} chat`);
    if (send && chat.type === "channel" && status !== "administrator" && status !== "creator") {
      throw badRequest("need administrator rights in the channel chat");
    }
  }

  /** The `Chat` object Telegram embeds in messages. */
  chatObject(chat: FakeChat): Chat {
    const username = chat.username === undefined ? {} : { username: chat.username };
    switch (chat.type) {
      case "private":
        return { id: chat.id, type: "private", first_name: chat.firstName, ...username };
      case "group":
        return { id: chat.id, type: "group", title: chat.title };
      case "supergroup":
        return { id: chat.id, type: "supergroup", title: chat.title, ...username, ...(chat.isForum ? { is_forum: true } : {}) };
      case "channel":
        return { id: chat.id, type: "channel", title: chat.title, ...username };
    }
  }

  /** Allocates the next message id of a chat (message ids are per chat). */
  nextMessageId(chat: FakeChat): number {
    const id = chat.nextMessageId;
    chat.nextMessageId += 1;
    return id;
  }

  storeMessage(message: Message, fromBot: boolean, record?: RecordedMessage): void {
    this.history.set(`${message.chat.id}:${message.message_id}`, { message, fromBot, record });
    if (record) this.messages.push(record);
  }

  findMessage(chatId: number, messageId: number): StoredMessage | undefined {
    return this.history.get(`${chatId}:${messageId}`);
  }
}
