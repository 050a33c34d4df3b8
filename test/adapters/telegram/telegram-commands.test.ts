/**
 * Commands end to end: the real grammY client long-polling the fake Bot API server, the real
 * command registry and core services on SQLite. Each test uses its own chats.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandRegistry } from "../../../commands/index.js";
import type { RecordedMessage } from "../../fakes/telegram/fake-telegram.js";
import { type Harness, startHarness, waitFor } from "./telegram-harness.js";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ environment: { DIGEST_SIZE: "25" } });
});
afterAll(async () => {
  await harness?.close();
});

/** Waits until chat `chatId` has at least `count` messages from the bot; returns them. */
function messagesIn(chatId: number, count: number, timeoutMs = 5_000): Promise<RecordedMessage[]> {
  return waitFor(() => {
    const messages = harness.fake.messagesIn(chatId);
    return messages.length >= count ? messages : undefined;
  }, timeoutMs, `${count} messages in chat ${chatId}`);
}

function buttonData(message: RecordedMessage | undefined, label: string): string {
  const button = message?.replyMarkup?.inline_keyboard.flat().find((candidate) => candidate.text === label);
  if (!button || !("callback_data" in button)) throw new Error(`no button "${label}"`);
  return button.callback_data;
}

async function settingsOf(chatId: string, threadId?: string) {
  return harness.services.chats.get({ platform: "telegram", chatId, ...(threadId ? { threadId } : {}) });
}

describe("the command menu", () => {
  it("is registered from the registry, and not again when unchanged", async () => {
    // The operators' commands (/admin) are left out of the public menu.
    expect(harness.fake.commands()?.map((command) => command.command)).toEqual(commandRegistry.filter((command) => command.permission !== "owner").map((command) => command.name));
    // A restart against the same server (one poller at a time, as Telegram requires).
    const first = await startHarness();
    await first.stopAdapter();
    const second = await startHarness({ fake: first.fake });
    try {
      const count = (method: string) => first.fake.requests.filter((request) => request.method.toLowerCase() === method).length;
      // One menu per shipped language (English the default, then de, es, fr, ru), each set once and
      // checked on both starts.
      expect(count("setmycommands")).toBe(5);
      expect(count("getmycommands")).toBe(10);
    } finally {
      await second.close();
      await first.close();
    }
  });
});

describe("commands in groups", () => {
  it("refuses a member (answer in the group) and accepts an administrator (/cmd@bot form)", async () => {
    const { fake } = harness;
    fake.addChat({ id: -42, type: "group", title: "Desk" });
    fake.setMember(-42, 1001, "member");
    fake.setMember(-42, 1002, "administrator");
    const refused = fake.sendUserMessage({ chatId: -42, userId: 1001, text: "/subscribe politics" });
    const [answer] = await messagesIn(-42, 1);
    expect(answer?.text).toBe("Only administrators of this group can use /subscribe here. Anyone can use /digest, /latest, /sections and /summary. Ask one of them to do it.");
    expect(answer?.replyToMessageId).toBe(refused.message?.message_id);
    expect((await settingsOf("-42")).sections).toEqual([]);

    fake.sendUserMessage({ chatId: -42, userId: 1002, text: "/subscribe@newsdesk_test_bot politics" });
    fake.sendUserMessage({ chatId: -42, userId: 1002, text: "/subscribe@some_other_bot world" });
    const messages = await messagesIn(-42, 2);
    expect(messages[1]?.text).toBe("Subscribed to Politics. Try /digest politics now; it is also in your morning briefing.");
    expect((await settingsOf("-42")).sections).toEqual(["politics"]);
    // Anyone may read.
    fake.sendUserMessage({ chatId: -42, userId: 1001, text: "/subscriptions" });
    expect((await messagesIn(-42, 3))[2]?.text).toContain("Politics");
    expect(fake.messagesIn(-42)).toHaveLength(3); // nothing for the other bot's command
  });

  it("re-checks permissions when a button is pressed", async () => {
    const { fake } = harness;
    fake.addChat({ id: -43, type: "supergroup", title: "Newsroom" });
    fake.setMember(-43, 2001, "creator");
    fake.setMember(-43, 2002, "member");
    await harness.services.chats.subscribe({ platform: "telegram", chatId: "-43" }, "politics");
    await harness.saveArticle({ title: "Parliament passes the harbour bill", summary: "The vote was close." });
    fake.sendUserMessage({ chatId: -43, userId: 2002, text: "/digest politics" });
    const [digest] = await messagesIn(-43, 1);
    const unsubscribe = buttonData(digest, "Unsubscribe from Politics");

    fake.pressButton({ chatId: -43, userId: 2002, messageId: digest!.messageId, data: unsubscribe });
    const alert = await waitFor(() => fake.callbackAnswers.find((answer) => answer.text?.startsWith("Only administrators of this group can use /unsubscribe here.")), 5_000, "refusal alert");
    expect(alert.showAlert).toBe(true);
    expect((await settingsOf("-43")).sections).toEqual(["politics"]);

    fake.pressButton({ chatId: -43, userId: 2001, messageId: digest!.messageId, data: unsubscribe });
    const [, done] = await messagesIn(-43, 2);
    expect(done?.text).toBe("Unsubscribed from Politics.");
    expect(done?.replyToMessageId).toBe(digest?.messageId);
    expect((await settingsOf("-43")).sections).toEqual([]);
    expect(fake.callbackAnswers.length).toBeGreaterThanOrEqual(2);
  });
});

describe("commands in private chats", () => {
  it("answers /digest with an HTML digest, buttons within 64 bytes, previews off; Summary runs /summary", async () => {
    const { fake } = harness;
    fake.addChat({ id: 7, type: "private", firstName: "Ada" });
    await harness.saveArticle({ title: "Budget talks resume", summary: "Ministers meet again on Monday to settle the budget.", tags: ["Budget"] });
    await harness.saveArticle({ title: "Election date set", summary: "The vote will be held in May." });
    fake.sendUserMessage({ chatId: 7, userId: 7, text: "/start" });
    fake.sendUserMessage({ chatId: 7, userId: 7, text: "/digest politics" });
    const [help, digest] = await messagesIn(7, 2);
    expect(help?.text).toContain("/subscribe <section>");
    expect(digest?.parseMode).toBe("HTML");
    expect(digest?.linkPreviewDisabled).toBe(true);
    expect(digest?.text).toMatch(/^Politics digest\n/u);
    expect(digest?.text).toContain("Budget talks resume");
    expect(digest?.entities.some((entity) => entity.type === "text_link")).toBe(true);
    for (const button of digest?.replyMarkup?.inline_keyboard.flat() ?? []) {
      expect(Buffer.byteLength("callback_data" in button ? button.callback_data : "", "utf8")).toBeLessThanOrEqual(64);
    }

    fake.pressButton({ chatId: 7, userId: 7, messageId: digest!.messageId, data: buttonData(digest, "Summary 1") });
    const [, , summary] = await messagesIn(7, 3);
    expect(summary?.text).toMatch(/^Summary\n\n1\. /u);
    expect(summary?.replyMarkup?.inline_keyboard.flat().some((button) => button.text.startsWith("Summary"))).toBeFalsy();
    expect(fake.callbackAnswers.at(-1)?.text).toBeUndefined();
  });

  it("delivers hostile feed titles escaped, exactly as written", async () => {
    const { fake } = harness;
    fake.addChat({ id: 8, type: "private" });
    const titles = ["<script>alert('x')</script> in the news", "Q&A: <b>bold</b> & &amp; \"quoted\"", "unbalanced <i>markup</b> </a> <a href=\"javascript:alert(1)\">"];
    for (const [index, title] of titles.entries()) {
      await harness.saveArticle({ title, sectionId: "world", source: `Outlet ${index}`, summary: index === 0 ? "<p>Summary & <br> more</p>" : `Report number ${index}` });
    }
    await harness.saveArticle({ title: "Link with a hostile URL", sectionId: "world", url: 'https://news.example/q?a=1&b="2"<x>' });
    fake.sendUserMessage({ chatId: 8, userId: 8, text: "/digest world" });
    const [digest] = await messagesIn(8, 1);
    for (const title of titles) expect(digest?.text).toContain(title);
    expect(digest?.text).toContain("<p>Summary & <br> more</p>");
    const links = digest?.entities.flatMap((entity) => (entity.type === "text_link" ? [entity.url] : [])) ?? [];
    expect(links).toContain("https://news.example/q?a=1&b=%222%22%3Cx%3E");
    expect(links.every((url) => url.startsWith("https://"))).toBe(true);
    expect(fake.requests.filter((request) => request.status === 400)).toEqual([]);
  });

  it("splits a digest longer than 4096 characters between stories", async () => {
    const { fake } = harness;
    fake.addChat({ id: 9, type: "private" });
    // Titles with nothing in common, so that no two are merged as one story.
    const syllables = ["bra", "cle", "dro", "fli", "gru", "hal", "jor", "kev", "lum", "mop", "nix", "pra", "quo", "rid", "sel", "tum", "vex", "wob", "yar", "zel", "bli", "cro", "dap", "fen"];
    const titles = syllables.map((syllable) => ["ton", "mar", "lis"].map((ending) => `${syllable}${ending}ia`).join(" "));
    for (const title of titles) await harness.saveArticle({ title: `Council on ${title}`, sectionId: "technology", summary: `${title} `.repeat(30) });
    fake.sendUserMessage({ chatId: 9, userId: 9, text: "/digest technology" });
    await messagesIn(9, 3, 8_000);
    await new Promise((resolve) => setTimeout(resolve, 1_200)); // a further part, if any
    const parts = fake.messagesIn(9);
    const text = parts.map((message) => message.text).join("\n\n");
    for (const message of parts) expect(message.text.length).toBeLessThanOrEqual(4096);
    for (const message of parts.slice(1)) expect(message.text).toMatch(/^\d+\. Council on /u);
    expect(parts[0]?.text).toMatch(/^Technology digest\n24 stories/u);
    const numbers = [...text.matchAll(/^(\d+)\. Council on (.+)$/gmu)];
    expect(numbers.map((match) => Number(match[1]))).toEqual(titles.map((_, index) => index + 1));
    expect(new Set(numbers.map((match) => match[2]))).toEqual(new Set(titles));
  });

  it("tells about unknown commands and invalid arguments with the shared messages", async () => {
    const { fake } = harness;
    fake.addChat({ id: 10, type: "private" });
    fake.sendUserMessage({ chatId: 10, userId: 10, text: "/bogus" });
    fake.sendUserMessage({ chatId: 10, userId: 10, text: "/subscribe poltics" });
    fake.sendUserMessage({ chatId: 10, userId: 10, text: "/latest 1000" });
    const messages = await messagesIn(10, 3);
    expect(messages.map((message) => message.text)).toEqual([
      '"/bogus" is not a command. See every command with /help.',
      '"poltics" is not a section. Did you mean politics? See them all with /sections.',
      '"1000" is out of range for the number of stories. Give a whole number from 1 to 20. Try /latest 5.',
    ]);
  });
});

describe("one voice in every answer", () => {
  it("takes commands in any case and suggests the nearest command for a typo", async () => {
    const { fake } = harness;
    fake.addChat({ id: 14, type: "private" });
    fake.sendUserMessage({ chatId: 14, userId: 14, text: "/Digest politics" });
    fake.sendUserMessage({ chatId: 14, userId: 14, text: "/digets" });
    fake.sendUserMessage({ chatId: 14, userId: 14, text: "/HELP follow" });
    const [digest, typo, help] = await messagesIn(14, 3);
    expect(digest?.text).toMatch(/^Politics digest\n/u);
    expect(typo?.text).toBe('"/digets" is not a command. Did you mean /digest? See every command with /help.');
    expect(help?.text).toMatch(/^\/follow <topic>\n/u);
    expect(help?.text).toContain("A chat follows at most 50 topics.");
    expect(help?.text).toContain("At most 10 aliases per topic.");
    expect(help?.text).toContain("at least 2 letters or digits");
  });

  it("answers plain text in a private chat with a hint, a pasted link with its summary, and stays quiet in groups", async () => {
    const { fake } = harness;
    fake.addChat({ id: 15, type: "private" });
    fake.addChat({ id: -44, type: "group", title: "Chatter" });
    const article = await harness.saveArticle({ title: "Harbour tunnel opens to traffic", summary: "The tunnel opened on Monday after six years of work." });
    fake.sendUserMessage({ chatId: 15, userId: 15, text: "what's new?" });
    fake.sendUserMessage({ chatId: 15, userId: 15, text: article.url });
    fake.sendUserMessage({ chatId: 15, userId: 15, text: `/summary ${article.id.toUpperCase()}` });
    fake.sendUserMessage({ chatId: -44, userId: 15, text: "hello everyone" });
    const [hint, linked, byId] = await messagesIn(15, 3);
    expect(hint?.text).toBe("Send a command such as /digest or /help.");
    expect(linked?.text).toMatch(/^Summary\n\n1\. Harbour tunnel opens to traffic/u);
    expect(byId?.text).toMatch(/^Summary\n\n1\. Harbour tunnel opens to traffic/u);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fake.messagesIn(-44)).toEqual([]);
  });

  it("refuses follow terms that would match everything, and says when a topic is already followed", async () => {
    const { fake } = harness;
    fake.addChat({ id: 16, type: "private" });
    for (const text of ["/follow a", "/follow der", "/follow UN", "/follow china", "/follow China", "/follow China | PRC | Zhongguo", "/follow china | PRC"]) {
      fake.sendUserMessage({ chatId: 16, userId: 16, text });
    }
    const messages = await messagesIn(16, 7, 12_000); // one message a second per chat
    expect(messages.map((message) => message.text)).toEqual([
      expect.stringMatching(/^"a" is too short to follow: it would match almost every story\. .* Try \/follow European Union\.$/u),
      expect.stringMatching(/^"der" is too common a word to follow/u),
      "Following UN. You will get an alert when a new story mentions it.",
      "Following china. You will get an alert when a new story mentions it.",
      "You already follow china. To change its aliases: /follow china | alias | alias.",
      "You already follow china; its aliases changed: added PRC and Zhongguo. Now also known as PRC, Zhongguo.",
      "You already follow china; its aliases changed: removed Zhongguo. Now also known as PRC.",
    ]);
    expect((await settingsOf("16")).follows.map((follow) => follow.topic)).toEqual(["UN", "china"]);
  }, 30_000);

  it("shows the briefing time, zone, days and quiet hours in /subscriptions", async () => {
    const { fake } = harness;
    fake.addChat({ id: 17, type: "private" });
    fake.sendUserMessage({ chatId: 17, userId: 17, text: "/briefing 06:45 America/New_York weekends" });
    fake.sendUserMessage({ chatId: 17, userId: 17, text: "/quiet 23:00-06:00" });
    fake.sendUserMessage({ chatId: 17, userId: 17, text: "/subscriptions" });
    const [, , subscriptions] = await messagesIn(17, 3);
    expect(subscriptions?.text).toContain("Morning briefing: 06:45 America/New_York, weekends");
    expect(subscriptions?.text).toContain("Quiet hours: 23:00-06:00 America/New_York");
  });
});

describe("channels", () => {
  it("subscribes a channel from a private chat of one of its administrators", async () => {
    const { fake } = harness;
    fake.addChat({ id: 11, type: "private" });
    fake.addChat({ id: 12, type: "private" });
    fake.addChat({ id: -1002, type: "channel", title: "Desk News", username: "desk_news" });
    fake.addChat({ id: -1003, type: "channel", title: "Bot Not Admin", username: "no_rights", botStatus: "member" });
    fake.setMember(-1002, 11, "administrator");
    fake.setMember(-1003, 11, "creator");
    fake.sendUserMessage({ chatId: 11, userId: 11, text: "/subscribe politics @desk_news" });
    fake.sendUserMessage({ chatId: 12, userId: 12, text: "/subscribe politics -1002" });
    fake.sendUserMessage({ chatId: 11, userId: 11, text: "/subscribe politics @no_rights" });
    fake.sendUserMessage({ chatId: 11, userId: 11, text: "/subscriptions @desk_news" });
    const [accepted, , subscriptions] = await messagesIn(11, 3, 6_000);
    const [refused] = await messagesIn(12, 1);
    expect(accepted?.text).toBe("Subscribed to Politics. Try /digest politics now; it is also in your morning briefing.");
    expect(refused?.text).toBe("Only administrators of Desk News can use /subscribe for it. Anyone can read it. Ask one of them to do it.");
    expect(fake.messagesIn(11)[1]?.text).toBe("I need to be an administrator of Bot Not Admin with the right to post messages. Add me there, then try again.");
    expect(subscriptions?.text).toContain("Politics");
    expect((await settingsOf("-1002")).sections).toEqual(["politics"]);
    expect((await settingsOf("-1003")).sections).toEqual([]);
    expect(fake.messagesIn(-1002)).toEqual([]);

    // An administrator posting a command in the channel itself is answered there.
    fake.sendUserMessage({ chatId: -1002, userId: 11, text: "/unsubscribe politics" });
    const [inChannel] = await messagesIn(-1002, 1);
    expect(inChannel?.text).toBe("Unsubscribed from Politics.");
    expect((await settingsOf("-1002")).sections).toEqual([]);
  });
});

describe("forum topics", () => {
  it("answers in the topic and delivers the topic's subscription to that topic", async () => {
    const { fake } = harness;
    fake.addChat({ id: -1001, type: "supergroup", title: "Forum", isForum: true, topicIds: [5, 6] });
    fake.setMember(-1001, 3001, "administrator");
    fake.sendUserMessage({ chatId: -1001, userId: 3001, threadId: 5, text: "/subscribe world" });
    const [reply] = await messagesIn(-1001, 1);
    expect(reply?.threadId).toBe(5);
    const stored = await harness.stores.subscriptions.get({ platform: "telegram", chatId: "-1001", threadId: "5" });
    expect(stored?.chat).toEqual({ platform: "telegram", chatId: "-1001", threadId: "5" });
    expect(stored?.sections).toEqual(["world"]);
    expect((await settingsOf("-1001")).sections).toEqual([]);

    const article = await harness.saveArticle({ title: "Summit ends with a joint statement", sectionId: "world" });
    await harness.adapter.sender.send(stored!.chat, {
      kind: "briefing",
      title: "Morning briefing",
      sections: [{ heading: "World", items: [{ title: article.title, url: article.url, sources: [{ name: article.source, url: article.url }], articleId: article.id }] }],
    });
    const [, delivered] = await messagesIn(-1001, 2);
    expect(delivered?.threadId).toBe(5);
    expect(delivered?.text).toContain("Summit ends with a joint statement");
  });
});

describe("the error boundary", () => {
  it("shows a short apology and logs the detail without the message text or the token", async () => {
    const { fake } = harness;
    fake.addChat({ id: 13, type: "private" });
    const entriesBefore = harness.logger.entries.length;
    const original = harness.services.commandServices.failingFeeds;
    harness.services.commandServices.failingFeeds = async () => {
      throw new Error("store exploded");
    };
    try {
      fake.sendUserMessage({ chatId: 13, userId: 13, text: "/sections" });
      const [apology] = await messagesIn(13, 1);
      expect(apology?.text).toBe("Sorry, something went wrong on our side. Please try again in a minute.");
    } finally {
      harness.services.commandServices.failingFeeds = original;
    }
    const logged = harness.logger.entries.slice(entriesBefore);
    const failure = logged.find((entry) => entry.level === "error" && entry.message === "command failed");
    expect((failure?.context as { err?: Error } | undefined)?.err?.message).toBe("store exploded");
    expect(JSON.stringify(harness.logger.entries)).not.toContain("Ministers meet again");
  });
});
