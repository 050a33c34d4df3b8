// The fake Telegram Bot API server, driven by the real grammY client (Bot, Api, webhookCallback).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Api, Bot, GrammyError, webhookCallback } from "grammy";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type FakeTelegram, type FakeTelegramOptions, startFakeTelegram } from "./fake-telegram.js";

const TOKEN = "123:TEST";
const PRIVATE = 7;
const GROUP = -42;
let fake: FakeTelegram | undefined;
let webhookServer: Server | undefined;
let now = 1_700_000_000_000;

afterEach(async () => {
  webhookServer?.closeAllConnections();
  await new Promise((resolve) => (webhookServer ? webhookServer.close(resolve) : resolve(undefined)));
  webhookServer = undefined;
  await fake?.close();
  fake = undefined;
});

/** A fake with one private chat and one group, a manual clock, and a grammY bot pointed at it. */
async function setup(options: FakeTelegramOptions = {}): Promise<{ fake: FakeTelegram; bot: Bot }> {
  now = 1_700_000_000_000;
  fake = await startFakeTelegram({ token: TOKEN, botUsername: "newsdesk_test_bot", clock: () => now, ...options });
  fake.addChat({ id: PRIVATE, type: "private", firstName: "Ada" });
  fake.addChat({ id: GROUP, type: "group", title: "Desk" });
  return { fake, bot: new Bot(TOKEN, { client: { apiRoot: fake.url }, botInfo: fake.botInfo }) };
}

async function failure(call: Promise<unknown>): Promise<GrammyError> {
  const error: unknown = await call.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof GrammyError)) throw new Error(`expected a GrammyError, got ${String(error)}`);
  return error;
}

describe("sendMessage", () => {
  it("accepts a message and records plain text, entities, markup, thread and link preview", async () => {
    const { fake, bot } = await setup();
    fake.addChat({ id: -100, type: "supergroup", title: "Forum", isForum: true, topicIds: [5] });
    expect(await bot.api.getMe()).toMatchObject({ id: 123, username: "newsdesk_test_bot" });
    const sent = await bot.api.sendMessage(-100, "<b>Top</b> story &amp; more", {
      parse_mode: "HTML",
      message_thread_id: 5,
      link_preview_options: { is_disabled: true },
      reply_markup: { inline_keyboard: [[{ text: "More", callback_data: "more:1" }]] },
    });
    expect(sent).toMatchObject({ message_id: 1, text: "Top story & more", message_thread_id: 5, chat: { id: -100, type: "supergroup" } });
    expect(sent.entities).toEqual([{ type: "bold", offset: 0, length: 3 }]);
    expect(fake.messages).toEqual([
      expect.objectContaining({
        chatId: -100, threadId: 5, text: "Top story & more", rawText: "<b>Top</b> story &amp; more", parseMode: "HTML",
        linkPreviewDisabled: true, at: now, replyMarkup: { inline_keyboard: [[{ text: "More", callback_data: "more:1" }]] },
      }),
    ]);
    const reply = await bot.api.sendMessage(-100, "plain <b> stays", { message_thread_id: 5, reply_parameters: { message_id: 1 } });
    expect(reply.text).toBe("plain <b> stays");
    expect(fake.messagesIn(-100)[1]).toMatchObject({ replyToMessageId: 1, linkPreviewDisabled: false });
    expect(fake.requests.map((r) => [r.method, r.status])).toEqual([["getMe", 200], ["sendMessage", 200], ["sendMessage", 200]]);
  });

  it.each([
    ["<div>x</div>", 'Unsupported start tag "div" at byte offset 0'],
    ["é<p>x</p>", 'Unsupported start tag "p" at byte offset 2'],
    ["<b>unclosed", `Can't find end tag corresponding to start tag "b"`],
    ["<b>x", `Can't find end tag corresponding to start tag "b"`],
    ["a < b", 'Unsupported start tag "" at byte offset 2'],
    ["x <b", "Unclosed start tag at byte offset 2"],
    ["<b><i>x</b></i>", 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'],
    ["x</b>", "Unexpected end tag at byte offset 1"],
    ["&nbsp;", 'Unsupported HTML entity "&nbsp;" at byte offset 0'],
    ["AT&T", 'Unescaped "&"'],
    ["&lt", 'Unescaped "&"'],
    ['<span class="bold">x</span>', 'Tag "span" must have class "tg-spoiler"'],
    ['<a href="https://e.com/?a=1&b=2">x</a>', 'Unescaped "&"'],
    ["<pre><b>x</b></pre>", 'Entity "pre" can contain only one "code" tag'],
    ["<blockquote><blockquote>x</blockquote></blockquote>", `Entity "blockquote" can't be nested in "blockquote" at byte offset 12`],
  ])("rejects invalid HTML %j", async (text, detail) => {
    const { fake, bot } = await setup();
    const error = await failure(bot.api.sendMessage(PRIVATE, text, { parse_mode: "HTML" }));
    expect(error.error_code).toBe(400);
    expect(error.description).toContain(`Bad Request: can't parse entities: ${detail}`);
    expect(fake.messages).toEqual([]);
  });

  it("decodes escaped text and every supported tag to plain text with entities", async () => {
    const { fake, bot } = await setup();
    await bot.api.sendMessage(PRIVATE, "&lt;script&gt; &quot;q&quot; &#39;s&#x27; &#128512;", { parse_mode: "HTML" });
    expect(fake.messages[0]?.text).toBe(`<script> "q" 's' 😀`);
    const html =
      '<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s><strike>k</strike><del>d</del>' +
      '<span class="tg-spoiler">p</span><tg-spoiler>q</tg-spoiler><a href="https://e.com/?a=1&amp;b=2">l</a>' +
      '<code>c</code><pre><code class="language-ts">x</code></pre><blockquote>r</blockquote>' +
      '<blockquote expandable>t</blockquote><tg-emoji emoji-id="5368324170671202286">👍</tg-emoji> end > ok';
    const sent = await bot.api.sendMessage(PRIVATE, html, { parse_mode: "HTML" });
    expect(sent.text).toBe("bsieunskdpqlcxrt👍 end > ok");
    expect(sent.entities?.map((e) => e.type)).toEqual([
      "bold", "bold", "italic", "italic", "underline", "underline", "strikethrough", "strikethrough", "strikethrough",
      "spoiler", "spoiler", "text_link", "code", "pre", "blockquote", "expandable_blockquote", "custom_emoji",
    ]);
    expect(sent.entities).toContainEqual({ type: "text_link", offset: 11, length: 1, url: "https://e.com/?a=1&b=2" });
    expect(sent.entities).toContainEqual({ type: "pre", offset: 13, length: 1, language: "ts" });
  });

  it("counts the 4096 limit after parsing, in UTF-16 units; empty text is refused", async () => {
    const { bot } = await setup({ limits: { perChat: false, global: false } });
    await expect(bot.api.sendMessage(PRIVATE, `<b>${"a".repeat(4096)}</b>`, { parse_mode: "HTML" })).resolves.toBeTruthy();
    await expect(bot.api.sendMessage(PRIVATE, "&lt;".repeat(4096), { parse_mode: "HTML" })).resolves.toBeTruthy();
    await expect(bot.api.sendMessage(PRIVATE, "😀".repeat(2048))).resolves.toBeTruthy();
    for (const text of [`${"a".repeat(4095)}&lt;&gt;`, "a".repeat(4097), `${"😀".repeat(2048)}a`]) {
      const error = await failure(bot.api.sendMessage(PRIVATE, text, { parse_mode: "HTML" }));
      expect(error.description).toBe("Bad Request: message is too long");
    }
    for (const text of ["<b></b>", "  \n "]) {
      expect((await failure(bot.api.sendMessage(PRIVATE, text, { parse_mode: "HTML" }))).description).toBe("Bad Request: message text is empty");
    }
  });
});

describe("rate limits", () => {
  it("answers 429 per chat after a burst of 3, with retry_after counting down to the free slot", async () => {
    const { fake, bot } = await setup();
    const raw: unknown[] = [];
    bot.api.config.use(async (prev, method, payload, signal) => {
      const response = await prev(method, payload, signal);
      raw.push(response);
      return response;
    });
    for (let i = 0; i < 3; i += 1) await bot.api.sendMessage(PRIVATE, `m${i}`);
    const first = await failure(bot.api.sendMessage(PRIVATE, "too soon"));
    expect(first.error_code).toBe(429);
    expect(first.parameters.retry_after).toBe(3);
    expect(raw.at(-1)).toEqual({ ok: false, error_code: 429, description: "Too Many Requests: retry after 3", parameters: { retry_after: 3 } });
    expect(fake.requests.at(-1)?.status).toBe(429);
    now += 1_000; // retrying early is refused again
    expect((await failure(bot.api.sendMessage(PRIVATE, "still too soon"))).parameters.retry_after).toBe(2);
    expect((await failure(bot.api.editMessageText(PRIVATE, 1, "edit"))).parameters.retry_after).toBe(2);
    now += 2_000;
    await bot.api.sendMessage(PRIVATE, "after waiting");
    expect(fake.count429).toBe(3);
    expect(fake.messagesIn(PRIVATE).map((m) => m.text)).toEqual(["m0", "m1", "m2", "after waiting"]);
  });

  it("answers 429 per group after the rolling-minute limit while other chats still work", async () => {
    const { bot } = await setup({ limits: { perChat: false, perGroup: { limit: 5, windowMs: 60_000 } } });
    for (let i = 0; i < 5; i += 1) await bot.api.sendMessage(GROUP, `g${i}`);
    expect((await failure(bot.api.sendMessage(GROUP, "6th"))).parameters.retry_after).toBe(60);
    now += 30_500;
    expect((await failure(bot.api.sendMessage(GROUP, "6th"))).parameters.retry_after).toBe(30);
    await bot.api.sendMessage(PRIVATE, "private chats are not group-limited");
    now += 29_500;
    await expect(bot.api.sendMessage(GROUP, "6th")).resolves.toMatchObject({ text: "6th" });
  });

  it("answers 429 globally after 30 messages in a second across chats", async () => {
    const { fake, bot } = await setup();
    for (let id = 1000; id <= 1030; id += 1) fake.addChat({ id, type: "private" });
    for (let id = 1000; id < 1030; id += 1) await bot.api.sendMessage(id, "broadcast");
    now += 1;
    const error = await failure(bot.api.sendMessage(1030, "broadcast"));
    expect([error.error_code, error.parameters.retry_after, error.description]).toEqual([429, 1, "Too Many Requests: retry after 1"]);
    now += 999;
    await expect(bot.api.sendMessage(1030, "broadcast")).resolves.toBeTruthy();
  });
});

describe("chats", () => {
  it("reports blocked, kicked, not found, migrated, channel and thread errors like Telegram", async () => {
    const { fake, bot } = await setup();
    const expectError = async (chatId: number | string, code: number, description: string, other: object = {}): Promise<void> => {
      const error = await failure(bot.api.sendMessage(chatId, "hi", other));
      expect([error.error_code, error.description]).toEqual([code, description]);
    };
    fake.blockBot(PRIVATE);
    await expectError(PRIVATE, 403, "Forbidden: bot was blocked by the user");
    fake.setMember(GROUP, fake.botId, "kicked");
    await expectError(GROUP, 403, "Forbidden: bot was kicked from the group chat");
    fake.addChat({ id: -100200, type: "supergroup", username: "desk_news" });
    fake.setMember(-100200, fake.botId, "kicked");
    await expectError("@desk_news", 403, "Forbidden: bot was kicked from the supergroup chat");
    await expectError(999, 400, "Bad Request: chat not found");
    await expectError("@nobody_here", 400, "Bad Request: chat not found");
    fake.addChat({ id: -5, type: "group" });
    fake.migrateGroup(-5, -1005);
    const migrated = await failure(bot.api.sendMessage(-5, "hi"));
    expect([migrated.error_code, migrated.description]).toEqual([400, "Bad Request: group chat was upgraded to a supergroup chat"]);
    expect(migrated.parameters.migrate_to_chat_id).toBe(-1005);
    await expect(bot.api.sendMessage(-1005, "hi")).resolves.toMatchObject({ chat: { id: -1005, type: "supergroup" } });
    fake.deleteChat(-1005);
    await expectError(-1005, 400, "Bad Request: chat not found");
    fake.addChat({ id: -300, type: "supergroup", isForum: true, topicIds: [1, 9] });
    await expectError(-300, 400, "Bad Request: message thread not found", { message_thread_id: 10 });
    fake.addChat({ id: -301, type: "supergroup" });
    await expectError(-301, 400, "Bad Request: message thread not found", { message_thread_id: 9 });
    fake.addChat({ id: -400, type: "channel", botStatus: "member" });
    await expectError(-400, 400, "Bad Request: need administrator rights in the channel chat");
    fake.setMember(-400, fake.botId, "administrator");
    await expect(bot.api.sendMessage(-400, "posted")).resolves.toMatchObject({ sender_chat: { id: -400 } });
  });

  it("answers getChat, getChatMember and getChatAdministrators from the member list", async () => {
    const { fake, bot } = await setup();
    const statuses = ["creator", "administrator", "member", "left", "kicked"] as const;
    statuses.forEach((status, i) => fake.setMember(GROUP, 500 + i, status));
    for (const [i, status] of statuses.entries()) {
      expect(await bot.api.getChatMember(GROUP, 500 + i)).toMatchObject({ status, user: { id: 500 + i } });
    }
    expect((await bot.api.getChatMember(GROUP, 777)).status).toBe("left");
    expect((await bot.api.getChatAdministrators(GROUP)).map((m) => [m.user.id, m.status])).toEqual([[500, "creator"], [501, "administrator"]]);
    expect(await bot.api.getChat(GROUP)).toMatchObject({ id: GROUP, type: "group", title: "Desk" });
    expect(await bot.api.getChat(PRIVATE)).toMatchObject({ id: PRIVATE, type: "private", first_name: "Ada" });
    expect((await failure(bot.api.getChatAdministrators(PRIVATE))).description).toBe("Bad Request: there are no administrators in the private chat");
  });
});

describe("updates, commands and webhooks", () => {
  it("delivers /start@bot to bot.start() long polling, handles a button press, and stops cleanly", async () => {
    const { fake, bot } = await setup();
    bot.command("start", (ctx) => ctx.reply("welcome", { reply_markup: { inline_keyboard: [[{ text: "More", callback_data: "more" }]] } }));
    bot.callbackQuery("more", async (ctx) => {
      await ctx.answerCallbackQuery({ text: "loading" });
      await ctx.editMessageText("<i>more</i>", { parse_mode: "HTML" });
    });
    const running = bot.start({ timeout: 30 });
    fake.sendUserMessage({ chatId: GROUP, userId: 9, text: "/start@other_bot" });
    const update = fake.sendUserMessage({ chatId: GROUP, userId: 9, text: "/start@newsdesk_test_bot now" });
    expect(update.message?.entities).toEqual([{ type: "bot_command", offset: 0, length: 24 }]);
    await vi.waitFor(() => expect(fake.messagesIn(GROUP).map((m) => m.text)).toEqual(["welcome"]), { timeout: 5_000 });
    const messageId = fake.messagesIn(GROUP)[0]?.messageId ?? 0;
    fake.pressButton({ chatId: GROUP, userId: 9, messageId, data: "more" });
    await vi.waitFor(() => expect(fake.messagesIn(GROUP)[0]).toMatchObject({ text: "more", editCount: 1 }), { timeout: 5_000 });
    expect(fake.callbackAnswers).toEqual([expect.objectContaining({ text: "loading" })]);
    await bot.stop();
    await running;
    expect(bot.isRunning()).toBe(false);
    expect(fake.pendingUpdateCount).toBe(0);
    // stop() aborts the waiting poll, then confirms the offset with a last short getUpdates
    expect(fake.requests.filter((r) => r.method === "getUpdates").at(-1)).toMatchObject({ status: 200, payload: { limit: 1 } });
  });

  it("answers getUpdates with offset semantics and holds an empty long poll up to the cap", async () => {
    const { fake, bot } = await setup({ longPollCapMs: 200 });
    const ids = [1, 2, 3].map((n) => fake.sendUserMessage({ chatId: PRIVATE, userId: PRIVATE, text: `m${n}` }).update_id);
    expect((await bot.api.getUpdates()).map((u) => u.update_id)).toEqual(ids);
    expect((await bot.api.getUpdates({ offset: ids[1] })).map((u) => u.message?.text)).toEqual(["m2", "m3"]);
    expect((await bot.api.getUpdates({ offset: -1 })).map((u) => u.message?.text)).toEqual(["m3"]);
    expect(fake.pendingUpdateCount).toBe(1);
    const started = Date.now();
    expect(await bot.api.getUpdates({ offset: (ids[2] ?? 0) + 1, timeout: 30 })).toEqual([]);
    // Held, and answered at the 200 ms cap rather than the 30 s asked (that would outlast the test).
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  it("terminates a waiting getUpdates with 409 when another one arrives, and refuses polling while a webhook is set", async () => {
    const { bot } = await setup();
    const first = failure(bot.api.getUpdates({ timeout: 1 }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(bot.api.getUpdates({ timeout: 0 })).resolves.toEqual([]);
    const conflict = await first;
    expect([conflict.error_code, conflict.description]).toEqual([409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"]);
    await bot.api.setWebhook("http://127.0.0.1:9/hook");
    expect((await failure(bot.api.getUpdates())).description).toBe(
      "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
    );
  });

  it("stores commands per scope and language and validates names and descriptions", async () => {
    const { fake, bot } = await setup();
    await bot.api.setMyCommands([{ command: "subscribe", description: "Subscribe this chat" }]);
    await bot.api.setMyCommands([{ command: "digest", description: "Digest" }], { scope: { type: "all_group_chats" }, language_code: "en" });
    expect(await bot.api.getMyCommands()).toEqual([{ command: "subscribe", description: "Subscribe this chat" }]);
    expect(await bot.api.getMyCommands({ scope: { type: "all_group_chats" }, language_code: "en" })).toEqual([{ command: "digest", description: "Digest" }]);
    expect(await bot.api.getMyCommands({ scope: { type: "all_group_chats" } })).toEqual([]);
    expect(fake.commands({ type: "all_group_chats" }, "en")).toHaveLength(1);
    expect((await failure(bot.api.setMyCommands([{ command: "Sub-scribe", description: "x" }]))).description).toBe("Bad Request: BOT_COMMAND_INVALID");
    expect((await failure(bot.api.setMyCommands([{ command: "ok", description: "" }]))).description).toBe("Bad Request: BOT_COMMAND_DESCRIPTION_INVALID");
    await bot.api.deleteMyCommands();
    expect(await bot.api.getMyCommands()).toEqual([]);
  });

  it("delivers webhook updates with the secret header: right secret handled, wrong or missing → 401", async () => {
    const { fake, bot } = await setup();
    bot.command("start", (ctx) => ctx.reply("hooked"));
    webhookServer = createServer(webhookCallback(bot, "http", { secretToken: "s3cret_token" }));
    await new Promise<void>((resolve) => webhookServer?.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(webhookServer.address() as AddressInfo).port}/telegram`;
    await bot.api.setWebhook(url, { secret_token: "s3cret_token" });
    expect(await bot.api.getWebhookInfo()).toMatchObject({ url, pending_update_count: 0 });
    const update = fake.sendUserMessage({ chatId: PRIVATE, userId: PRIVATE, text: "/start" });
    expect(await fake.deliverWebhook(update, { secretToken: "wrong" })).toBe(401);
    expect(await fake.deliverWebhook(update, { secretToken: null })).toBe(401);
    expect(fake.pendingUpdateCount).toBe(1);
    expect(await fake.deliverWebhook(update)).toBe(200);
    expect(fake.messagesIn(PRIVATE).map((m) => m.text)).toEqual(["hooked"]);
    expect(fake.pendingUpdateCount).toBe(0);
  });

  it("answers 404 for unknown methods, 401 for a wrong token, and accepts form-urlencoded bodies", async () => {
    const { fake, bot } = await setup();
    const raw = bot.api.raw as unknown as Record<string, (payload: object) => Promise<unknown>>;
    const unknown = await failure(raw["sendTelepathy"]?.({}) ?? Promise.resolve());
    expect([unknown.error_code, unknown.description]).toEqual([404, "Not Found: method not found"]);
    const wrong = await failure(new Api("123:WRONG", { apiRoot: fake.url }).getMe());
    expect([wrong.error_code, wrong.description]).toEqual([401, "Unauthorized"]);
    const form = new URLSearchParams({ chat_id: String(PRIVATE), text: "<b>form</b>", parse_mode: "HTML" });
    const response = await fetch(`${fake.url}/bot${TOKEN}/sendMessage`, { method: "POST", body: form });
    expect(await response.json()).toMatchObject({ ok: true, result: { text: "form", chat: { id: PRIVATE } } });
  });
});

describe("files", () => {
  it("takes a document uploaded with sendDocument (multipart InputFile) and keeps its bytes and caption", async () => {
    const { fake, bot } = await setup();
    const { InputFile } = await import("grammy");
    const sent = await bot.api.sendDocument(GROUP, new InputFile(new TextEncoder().encode("<opml/>"), "list.opml"), { caption: "Your feeds" });
    expect(sent.document?.file_name).toBe("list.opml");
    const recorded = fake.messagesIn(GROUP).at(-1)!;
    expect(fake.documentOf(recorded)).toEqual({ fileName: "list.opml", bytes: Buffer.from("<opml/>"), caption: "Your feeds" });
    expect((await failure(bot.api.sendDocument(GROUP, new InputFile(new Uint8Array(1), "x"), { caption: "c".repeat(1025) }))).description).toBe("Bad Request: message caption is too long");
  });

  it("serves a document a user sent through getFile and /file/bot<token>/<path>, and nothing else", async () => {
    const { fake, bot } = await setup();
    const update = fake.sendUserMessage({ chatId: PRIVATE, userId: PRIVATE, text: "/source import", document: { fileName: "subs.opml", bytes: "<opml/>" } });
    expect(update.message).toMatchObject({ caption: "/source import", caption_entities: [{ type: "bot_command", offset: 0, length: 7 }], document: { file_name: "subs.opml", file_size: 7 } });
    expect(update.message?.text).toBeUndefined();
    const file = await bot.api.getFile(update.message!.document!.file_id);
    const download = await fetch(`${fake.url}/file/bot${TOKEN}/${file.file_path}`);
    expect(await download.text()).toBe("<opml/>");
    expect(fake.downloads).toEqual([file.file_path]);
    expect((await fetch(`${fake.url}/file/bot123:WRONG/${file.file_path}`)).status).toBe(404);
    expect((await failure(bot.api.getFile("nope"))).description).toBe("Bad Request: invalid file_id");
  });
});
