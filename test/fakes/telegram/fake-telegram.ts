/**
 * A fake Telegram Bot API server on 127.0.0.1 for driving the real grammY client offline.
 *
 * ```ts
 * const fake = await startFakeTelegram({ token: "123:TEST", botUsername: "newsdesk_test_bot" });
 * const bot = new Bot(fake.token, { client: { apiRoot: fake.url } });   // url has no trailing "/"
 * fake.addChat({ id: 7, type: "private" });
 * fake.addChat({ id: -100, type: "supergroup", isForum: true, topicIds: [5] });
 * fake.setMember(-100, 42, "administrator");            // fake.botId for the bot's own status
 * fake.sendUserMessage({ chatId: 7, userId: 7, text: "/start@newsdesk_test_bot" });
 * fake.pressButton({ chatId: 7, userId: 7, messageId: 3, data: "more" });
 * fake.blockBot(7); fake.migrateGroup(-5, -1005); fake.deleteChat(-9);
 * fake.messages / fake.messagesIn(7) / fake.requests / fake.count429 / fake.callbackAnswers
 * fake.commands({ type: "all_group_chats" }, "en");     // what setMyCommands stored
 * await fake.deliverWebhook(update, { secretToken: "wrong" }); // → HTTP status from the bot
 * await fake.close();
 * ```
 *
 * Methods: getMe, getUpdates (long polling held at most `longPollCapMs`; offset semantics; a newer
 * call terminates a waiting one with 409 as the official server does; 409 while a webhook is set),
 * setWebhook, deleteWebhook, getWebhookInfo, setMyCommands, getMyCommands, deleteMyCommands,
 * sendMessage, editMessageText, deleteMessage, sendChatAction, answerCallbackQuery, getChat, getChatMember,
 * getChatAdministrators, getFile, sendDocument (multipart upload). Method names are case-insensitive
 * (as on Telegram). Bodies: JSON, form-urlencoded or multipart, plus query parameters. Unknown method
 * → 404 `Not Found: method not found`; wrong token → 401 `Unauthorized`. Files: `GET
 * /file/bot<token>/<file_path>` serves what getFile points to (documents users sent with
 * `sendUserMessage({ document })` and documents the bot sent), see file-methods.ts.
 *
 * Fidelity: HTML parse mode per telegram-html.ts, text length 1..4096 UTF-16 units after parsing,
 * 429s per rate-limits.ts, chat errors per fake-state.ts (blocked, kicked, not a member, channel
 * without admin rights, chat not found, migrated with migrate_to_chat_id, message thread not found).
 * Time for rate limits and `date` fields comes from `clock` (ms); long polling uses real timers.
 *
 * Side effects worth knowing: `setMember(chat, botId, …)` and `blockBot` queue a `my_chat_member`
 * update and `migrateGroup` queues the two migrate service messages, as Telegram does; entries of
 * `messages` are updated in place by editMessageText (`editCount`) and deleteMessage (`deleted`);
 * a successful `deliverWebhook` removes that update from the getUpdates queue.
 */
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { BotCommand, BotCommandScope, Update, UserFromGetMe } from "grammy/types";
import { FakeApiError, type MethodHandler, type Payload } from "./api-error.js";
import { createChatMethods } from "./chat-methods.js";
import { type CommandStore, createCommandMethods, scopeKey } from "./command-methods.js";
import { type FakeChatInit, type FakeMemberStatus, FakeTelegramState, type RecordedCallbackAnswer, type RecordedMessage, type RecordedRequest } from "./fake-state.js";
import { readBody, reply } from "./http-io.js";
import { FakeFiles, type RecordedDocument } from "./file-methods.js";
import { createMessageMethods } from "./message-methods.js";
import { DEFAULT_LIMITS, type FakeTelegramLimits, SendRateLimiter } from "./rate-limits.js";
import { type PushedUpdate, UpdateHub, type WebhookRegistration } from "./update-hub.js";
import { type ButtonPressInit, type UserMessageInit, WorldActions } from "./world-actions.js";

export type { FakeChatInit, FakeMemberStatus, RecordedCallbackAnswer, RecordedMessage, RecordedRequest } from "./fake-state.js";
export type { FakeTelegramLimits, WindowLimit } from "./rate-limits.js";
export type { PushedUpdate, WebhookRegistration } from "./update-hub.js";
export type { ButtonPressInit, UserMessageInit } from "./world-actions.js";
export type { RecordedDocument } from "./file-methods.js";

/** Options of {@link startFakeTelegram}. */
export interface FakeTelegramOptions {
  /** Bot token `<botId>:<secret>`; default `123:TEST`. */
  token?: string;
  /** Default `newsdesk_test_bot`. */
  botUsername?: string;
  /** Override any of the FAQ limits; `false` switches one off. */
  limits?: Partial<FakeTelegramLimits>;
  /** Milliseconds since the epoch; default `Date.now`. Drives rate limits, `date` and `at`. */
  clock?: () => number;
  /** Longest a getUpdates call is held, whatever its `timeout`; default 1000 ms. */
  longPollCapMs?: number;
}

/** A running fake; see the module comment for usage. */
export class FakeTelegram {
  private readonly state: FakeTelegramState;
  private readonly hub: UpdateHub;
  private readonly world: WorldActions;
  private readonly commandStore: CommandStore = new Map();
  private readonly files = new FakeFiles();
  private readonly handlers = new Map<string, MethodHandler>();
  private readonly server = createServer((req, res) => void this.handle(req, res));
  private address = "";

  /** The only token the fake accepts. */
  readonly token: string;
  /** What getMe answers; pass as grammY's `botInfo` to skip the getMe call. */
  readonly botInfo: UserFromGetMe;

  constructor(token: string, botInfo: UserFromGetMe, options: FakeTelegramOptions) {
    this.token = token;
    this.botInfo = botInfo;
    const clock = options.clock ?? Date.now;
    this.state = new FakeTelegramState(botInfo, clock);
    this.hub = new UpdateHub(options.longPollCapMs ?? 1000);
    this.world = new WorldActions(this.state, this.hub, this.files);
    const limiter = new SendRateLimiter({ ...DEFAULT_LIMITS, ...options.limits }, clock);
    const all: Record<string, MethodHandler> = {
      getMe: () => this.botInfo,
      ...this.hub.methods(),
      ...createCommandMethods(this.state, this.commandStore),
      ...createMessageMethods(this.state, limiter),
      ...createChatMethods(this.state),
      ...this.files.methods(this.state, limiter),
    };
    for (const [name, handler] of Object.entries(all)) this.handlers.set(name.toLowerCase(), handler);
  }

  /** `http://127.0.0.1:PORT`, no trailing slash: pass as grammY's `client.apiRoot`. */
  get url(): string {
    return this.address;
  }
  /** The bot's user id (the number before `:` in the token). */
  get botId(): number {
    return this.botInfo.id;
  }
  /** Every accepted sendChatAction ("typing…"). */
  get chatActions(): readonly { chatId: number; action: string; at: number }[] {
    return this.state.chatActions;
  }

  /** Every message the bot sent and Telegram accepted, in order; edits/deletes update entries. */
  get messages(): readonly RecordedMessage[] {
    return this.state.messages;
  }
  /** Every request answered, with the method as sent, the payload and the HTTP status. */
  get requests(): readonly RecordedRequest[] {
    return this.state.requests;
  }
  /** How many 429 answers were given. */
  get count429(): number {
    return this.state.count429;
  }
  get callbackAnswers(): readonly RecordedCallbackAnswer[] {
    return this.state.callbackAnswers;
  }
  /** The registered webhook, if any. */
  get webhook(): WebhookRegistration | undefined {
    return this.hub.webhook;
  }
  /** Updates queued and not yet confirmed by a getUpdates offset. */
  get pendingUpdateCount(): number {
    return this.hub.pending;
  }

  /** The document a bot message carries (sendDocument), with its bytes as uploaded. */
  documentOf(message: RecordedMessage): RecordedDocument | undefined {
    return this.files.sent.get(`${message.chatId}:${message.messageId}`);
  }
  /** File paths the bot downloaded from `/file/bot<token>/…`, in order. */
  get downloads(): readonly string[] {
    return this.files.downloads;
  }

  /** Messages of one chat that were not deleted. */
  messagesIn(chatId: number): RecordedMessage[] {
    return this.state.messages.filter((m) => m.chatId === chatId && !m.deleted);
  }
  /** The commands stored for exactly this scope and language (undefined when none). */
  commands(scope?: BotCommandScope, languageCode = ""): BotCommand[] | undefined {
    return this.commandStore.get(scopeKey(scope, languageCode));
  }
  addChat(init: FakeChatInit): void {
    this.state.addChat(init);
  }
  setMember(chatId: number, userId: number, status: FakeMemberStatus): void {
    this.world.setMember(chatId, userId, status);
  }
  blockBot(chatId: number, blocked = true): void {
    this.world.blockBot(chatId, blocked);
  }
  migrateGroup(oldId: number, newSupergroupId: number): void {
    this.world.migrateGroup(oldId, newSupergroupId);
  }
  deleteChat(chatId: number): void {
    this.world.deleteChat(chatId);
  }
  pushUpdate(update: PushedUpdate): Update {
    return this.hub.push(update);
  }
  sendUserMessage(init: UserMessageInit): Update {
    return this.world.sendUserMessage(init);
  }
  pressButton(init: ButtonPressInit): Update {
    return this.world.pressButton(init);
  }
  /**
   * POSTs `update` to the registered webhook with `X-Telegram-Bot-Api-Secret-Token` set to the
   * registered secret, or to `secretToken` (`null` omits the header). Resolves with the HTTP status.
   */
  deliverWebhook(update: PushedUpdate, options: { secretToken?: string | null } = {}): Promise<number> {
    return this.hub.deliver(update, options.secretToken);
  }

  /** Listens on 127.0.0.1 on a free port. */
  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(0, "127.0.0.1", () => resolve());
    });
    this.address = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Ends waiting long polls, drops keep-alive sockets (grammY keeps them) and stops listening. */
  async close(): Promise<void> {
    this.hub.wakeAll();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = this.state.clock();
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (download) {
      const bytes = download[1] === this.token && req.method === "GET" ? this.files.download(decodeURIComponent(download[2] ?? "")) : undefined;
      if (bytes) res.writeHead(200, { "content-type": "application/octet-stream", "content-length": bytes.length }).end(bytes);
      else reply(res, 404, { ok: false, error_code: 404, description: "Not Found" });
      return;
    }
    const route = /^\/bot([^/]+)\/([A-Za-z0-9_]+)$/.exec(url.pathname);
    const method = route?.[2] ?? url.pathname;
    let payload: Payload = Object.fromEntries(url.searchParams);
    let status = 200;
    let description: string | undefined;
    try {
      payload = { ...payload, ...(await readBody(req)) };
      if (!route) throw new FakeApiError(404, "Not Found");
      if (route[1] !== this.token) throw new FakeApiError(401, "Unauthorized");
      const handler = this.handlers.get(method.toLowerCase());
      if (!handler) throw new FakeApiError(404, "Not Found: method not found");
      const aborted = new AbortController();
      res.on("close", () => aborted.abort());
      const result: unknown = await handler(payload, aborted.signal);
      if (res.destroyed) throw new FakeApiError(499, "client closed the connection before the answer");
      reply(res, 200, { ok: true, result });
    } catch (error) {
      const failure = error instanceof FakeApiError ? error : new FakeApiError(500, `Internal Server Error: ${String(error)}`);
      status = res.destroyed ? 499 : failure.errorCode; // 499: nobody was left to read the answer
      description = failure.description;
      if (status === 429) this.state.count429 += 1;
      reply(res, status, failure.toBody());
    }
    this.state.requests.push(description === undefined ? { method, payload, status, at } : { method, payload, status, description, at });
  }
}

/** Starts a fake Telegram Bot API server; close it with `await fake.close()`. */
export async function startFakeTelegram(options: FakeTelegramOptions = {}): Promise<FakeTelegram> {
  const token = options.token ?? "123:TEST";
  const idPart = /^(\d+):[A-Za-z0-9_-]+$/.exec(token)?.[1];
  if (idPart === undefined) throw new Error(`fake-telegram: token must look like <digits>:<secret>, got ${token}`);
  const botInfo: UserFromGetMe = {
    id: Number(idPart),
    is_bot: true,
    first_name: "Newsdesk Test",
    username: options.botUsername ?? "newsdesk_test_bot",
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
  const fake = new FakeTelegram(token, botInfo, options);
  await fake.listen();
  return fake;
}
