/**
 * The operators' /admin through the real grammY client and the fake Bot API: only OWNER_IDS may use
 * it (everyone else is told there is no such command, and the menu does not list it); stats, reload
 * (a bad file keeps the sections in use), and pause/resume with their effect on deliveries.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drainOutbox } from "../../../src/core/delivery/drain-outbox.js";
import { type Harness, SOURCES_FILE, startHarness, waitFor } from "./telegram-harness.js";

const OWNER = 9001;
const STRANGER = 9002;
let harness: Harness;
let sourcesFile: string;

beforeAll(async () => {
  sourcesFile = path.join(mkdtempSync(path.join(tmpdir(), "newsdesk-admin-")), "sources.yaml");
  copyFileSync(SOURCES_FILE, sourcesFile);
  harness = await startHarness({ environment: { OWNER_IDS: `telegram:${OWNER},discord:123456789`, SOURCES_FILE: sourcesFile } });
  harness.fake.addChat({ id: OWNER, type: "private", firstName: "Olga" });
  harness.fake.addChat({ id: STRANGER, type: "private", firstName: "Sam" });
});
afterAll(async () => {
  await harness?.close();
});

/** Sends `text` in chat `chatId` as `userId` and returns the bot's next answer there. */
async function ask(chatId: number, text: string, userId = chatId): Promise<string> {
  const before = harness.fake.messagesIn(chatId).length;
  harness.fake.sendUserMessage({ chatId, userId, text });
  const messages = await waitFor(() => {
    const all = harness.fake.messagesIn(chatId);
    return all.length > before ? all : undefined;
  }, 5_000, `an answer to ${text}`);
  return messages[before]?.text ?? "";
}

describe("/admin for someone not in OWNER_IDS", () => {
  it("is not a command: not in the menu, not in /help, refused like an unknown command whatever the options", async () => {
    const menu = harness.fake.commands()?.map((command) => command.command) ?? [];
    expect(menu).toContain("digest");
    expect(menu).not.toContain("admin");
    for (const text of ["/admin stats", "/admin pause telegram:1", "/admin nonsense"]) {
      expect(await ask(STRANGER, text)).toBe('"/admin" is not a command. See every command with /help.');
    }
    expect(await ask(STRANGER, "/help")).not.toContain("/admin");
    expect(await ask(STRANGER, "/help admin")).toBe('"/admin" is not a command. See every command with /help.');
    expect(await ask(STRANGER, "/admn")).not.toContain("Did you mean /admin");
  });

  it("is refused in a group to its administrators too", async () => {
    harness.fake.addChat({ id: -9100, type: "group", title: "Ops" });
    harness.fake.setMember(-9100, STRANGER, "creator");
    expect(await ask(-9100, "/admin stats", STRANGER)).toBe('"/admin" is not a command. See every command with /help.');
  });
});

describe("/admin for an owner", () => {
  it("shows stats: version, instance, chats per platform, sections, feeds, outbox", async () => {
    await harness.services.chats.subscribe({ platform: "telegram", chatId: "-5001" }, "politics");
    await harness.services.chats.subscribe({ platform: "discord", chatId: "777" }, "world");
    const answer = await ask(OWNER, "/admin stats");
    expect(answer).toMatch(/^newsdesk 0\.\d+\.\d+, instance telegram-test, up \d+m\.\n/u);
    expect(answer).toContain("Chats: telegram 1, discord 1.");
    expect(answer).toContain("Sections: 3; feeds: 3, failing: 0.");
    expect(answer).toContain("Outbox: 0 pending.");
    expect(await ask(OWNER, "/help")).toContain("/admin <action> [chat]");
  });

  it("refuses a bad action or chat in the one style", async () => {
    expect(await ask(OWNER, "/admin restart")).toBe('"restart" is not a valid action. Choose one of stats, reload, pause and resume. Try /admin stats.');
    expect(await ask(OWNER, "/admin pause")).toBe("/admin pause needs a chat. Name it as telegram:<chat id> or discord:<channel id>. Try /admin pause telegram:-1001234567890.");
    expect(await ask(OWNER, "/admin pause group 5")).toBe('"group 5" is not a chat. Name it as telegram:<chat id> or discord:<channel id>. Try /admin pause telegram:-1001234567890.');
    expect(await ask(OWNER, "/admin pause telegram:424242")).toBe('"telegram:424242" is not a chat newsdesk delivers to. Only chats with stored settings can be paused or resumed. Check the id and try again.');
  });

  it("reloads the sources file: new sections and feeds are offered; a bad file keeps the ones in use", async () => {
    writeFileSync(
      sourcesFile,
      "sections:\n  - id: politics\n    title: Politics\n    feeds:\n      - url: https://feeds.example/politics.xml\n  - id: science\n    title: Science\n    feeds:\n      - url: https://feeds.example/science.xml\n",
    );
    expect(await ask(OWNER, "/admin reload")).toBe("Sources reloaded: 2 sections, 2 feeds (1 new, 2 removed).");
    expect(harness.services.catalog.all().map((section) => section.id)).toEqual(["politics", "science"]);
    expect((await harness.stores.feedStates.getMany(["https://feeds.example/science.xml"]))).toHaveLength(1);
    expect(await ask(STRANGER, "/sections")).toContain("Science");

    writeFileSync(sourcesFile, "sections:\n  - id: Bad Id\n    title: Broken\n    feeds: []\n");
    const refused = await ask(OWNER, "/admin reload");
    expect(refused).toMatch(/^The sources file has problems; the sections in use are unchanged\.\n- .*sources\.yaml:2: sections\.0\.id must be 1-32 lower-case letters/u);
    expect(refused).toContain("feeds needs at least one feed");
    expect(refused.endsWith("Fix the file, then send /admin reload again.")).toBe(true);
    expect(harness.services.catalog.all().map((section) => section.id)).toEqual(["politics", "science"]);
    copyFileSync(SOURCES_FILE, sourcesFile);
    expect(await ask(OWNER, "/admin reload")).toBe("Sources reloaded: 3 sections, 3 feeds (2 new, 1 removed).");
  });

  it("pauses a chat's deliveries until /admin resume, whatever the chat does meanwhile", async () => {
    const chatId = 9200;
    const chat = { platform: "telegram" as const, chatId: String(chatId) };
    harness.fake.addChat({ id: chatId, type: "private" });
    expect(await ask(chatId, "/follow Lighthouse")).toContain("Following Lighthouse");
    expect((await harness.services.chats.get(chat)).nextBriefingAt).toBeDefined(); // a briefing of its follows is owed

    // An alert is queued before the pause: the pause cancels it, and it is not sent after the resume either.
    const queued = await harness.saveArticle({ title: "Lighthouse lamp replaced overnight", sectionId: "world" });
    expect((await harness.services.alerts.processArticles([queued])).queued).toBe(1);
    expect(await harness.stores.outbox.countPending()).toBe(1);
    expect(await ask(OWNER, `/admin pause telegram:${chatId}`)).toBe(
      `Deliveries to telegram:${chatId} are paused: no briefings, follow alerts or feed notices until /admin resume telegram:${chatId}. 1 delivery already queued for it was cancelled.`,
    );
    expect(await harness.stores.outbox.countPending()).toBe(0);
    expect(harness.logger.entries.some((entry) => entry.message === "chat paused: queued deliveries cancelled" && (entry.context as { chat?: string }).chat === `telegram:${chatId}`)).toBe(true);
    expect(await ask(OWNER, `/admin pause telegram:${chatId}`)).toBe(`Deliveries to telegram:${chatId} were already paused by an operator.`);
    expect((await harness.services.chats.get(chat)).nextBriefingAt).toBeUndefined(); // no briefing is owed while paused
    const first = await harness.saveArticle({ title: "Lighthouse keeper retires after forty years", sectionId: "world" });
    expect((await harness.services.alerts.processArticles([first])).queued).toBe(0);
    // The chat talking to the bot lifts a pause left by a failed delivery, but not an operator's.
    expect(await ask(chatId, "/following")).toContain("Lighthouse");
    expect((await harness.services.chats.get(chat)).paused).toMatchObject({ byOperator: true });
    expect(await ask(chatId, "/status")).toContain("Deliveries are paused: paused by the operator");

    expect(await ask(OWNER, `/admin resume telegram:${chatId}`)).toBe(`Deliveries to telegram:${chatId} resume; its next briefing is scheduled again (what was cancelled by the pause is not sent).`);
    expect(await ask(OWNER, `/admin resume telegram:${chatId}`)).toBe(`Deliveries to telegram:${chatId} were not paused.`);
    expect((await harness.services.chats.get(chat)).nextBriefingAt).toBeDefined();
    const second = await harness.saveArticle({ title: "Lighthouse reopens to visitors", sectionId: "world" });
    expect((await harness.services.alerts.processArticles([second])).queued).toBe(1);
    const before = harness.fake.messagesIn(chatId).length;
    const sent = await drainOutbox({
      outbox: harness.stores.outbox,
      sender: harness.adapter.sender,
      clock: harness.clock,
      logger: harness.logger,
      owner: "telegram-test",
      leaseMs: 60_000,
      maxAttempts: 3,
      concurrency: 4,
      pauseChat: (target, reason) => harness.services.chats.pause(target, reason),
    });
    expect(sent.sent).toBeGreaterThanOrEqual(1);
    const delivered = harness.fake.messagesIn(chatId).slice(before).map((message) => message.text).join("\n");
    expect(delivered).toContain("Lighthouse reopens to visitors");
    expect(delivered).not.toContain("Lighthouse lamp replaced overnight");
  });
});
