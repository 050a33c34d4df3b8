/**
 * A group brings its own feed, end to end: the real grammY client against the fake Bot API, a
 * site on a local HTTP server (allowed through FETCH_ALLOW_HOSTS, as an operator would), the real
 * poller on SQLite, and `/digest mine` showing what the feed carries.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeByPlatform } from "../../../src/core/delivery/chat-sender.js";
import { loadConfig } from "../../../src/config.js";
import { createRuntime, type Runtime } from "../../../src/start-runtime.js";
import { startServer, type LocalServer } from "../feeds/local-server.js";
import { type Harness, SOURCES_FILE, startHarness, waitFor } from "./telegram-harness.js";

const rss = readFileSync(new URL("../../fixtures/sources/one-feed.rss", import.meta.url));
const page = (links: string) => `<!doctype html><html><head><title>Harbour</title>${links}</head><body>Welcome</body></html>`;

let site: LocalServer;
let feedFails = false;
let harness: Harness;
let runtime: Runtime;
beforeAll(async () => {
  site = await startServer((request, response) => {
    const send = (type: string, body: string | Buffer) => response.writeHead(200, { "content-type": type }).end(body);
    if (request.url === "/feed.xml" && feedFails) response.writeHead(503).end();
    else if (request.url === "/feed.xml") send("application/rss+xml", rss);
    else if (request.url === "/comments.xml") send("application/rss+xml", rss.toString("utf8").replace("Harbour Notes", "Harbour Comments"));
    else if (request.url === "/") send("text/html", page('<link rel="alternate" type="application/rss+xml" href="/feed.xml">'));
    else if (request.url === "/blog") send("text/html", page('<link rel="alternate" type="application/rss+xml" href="/feed.xml"><link rel="alternate" type="application/rss+xml" href="/comments.xml">'));
    else response.writeHead(404).end();
  });
  const environment = { FETCH_ALLOW_HOSTS: `127.0.0.1:${site.port}` };
  harness = await startHarness({ environment });
  const config = loadConfig({ SOURCES_FILE, STORE_URL: "sqlite://unused.sqlite", ARTICLE_FETCH: "false", ...environment }, undefined);
  runtime = createRuntime({ config, services: harness.services, stores: harness.stores, sender: routeByPlatform([]), clock: harness.clock, logger: harness.logger, instanceId: "sources-test" });
});
afterAll(async () => {
  await runtime?.stop();
  await harness?.close();
  await site?.close();
});

async function answer(chatId: number, count: number): Promise<string> {
  const messages = await waitFor(() => (harness.fake.messagesIn(chatId).length >= count ? harness.fake.messagesIn(chatId) : undefined), 10_000, `${count} messages`);
  return messages[count - 1]?.text ?? "";
}

describe("a group's own feeds on Telegram", () => {
  it("an administrator adds a web page's feed, its stories show in /digest mine, and removing it stops its polling", async () => {
    const { fake, stores } = harness;
    fake.addChat({ id: -77, type: "supergroup", title: "Harbour watch" });
    fake.setMember(-77, 501, "administrator");
    fake.setMember(-77, 502, "member");
    fake.sendUserMessage({ chatId: -77, userId: 502, text: `/source add ${site.origin}/` });
    expect(await answer(-77, 1)).toBe("Only administrators of this group can make changes with /source here. Anyone can use /digest, /latest, /sections and /summary. Ask one of them to do it.");
    expect(await stores.subscriptions.listChatFeeds(undefined, 10)).toEqual([]);

    fake.sendUserMessage({ chatId: -77, userId: 501, text: `/source add ${site.origin}/ Harbour` });
    expect(await answer(-77, 2)).toBe(`Added "Harbour" (${site.origin}/feed.xml, 2 items now). Its stories arrive in /digest mine and your briefing once it has been read.`);
    expect(await stores.subscriptions.listChatFeeds(undefined, 10)).toEqual([`${site.origin}/feed.xml`]);

    await runtime.pollOnce(AbortSignal.timeout(20_000));
    fake.sendUserMessage({ chatId: -77, userId: 502, text: "/digest mine" });
    const digest = await answer(-77, 3);
    expect(digest).toContain("Your feeds");
    expect(digest).toContain("Ferry timetable changes from Monday");
    expect(digest).toContain("Lighthouse opens for visitors");

    fake.sendUserMessage({ chatId: -77, userId: 501, text: `/source add ${site.origin}/blog` });
    const choice = await answer(-77, 4);
    expect(choice).toContain(`/source add ${site.origin}/comments.xml`);
    expect(choice).toContain("Harbour Comments");

    fake.sendUserMessage({ chatId: -77, userId: 502, text: "/source list" });
    const listed = await answer(-77, 5);
    expect(listed).toContain("Harbour");
    expect(listed).toContain(`${site.origin}/feed.xml`);
    expect(listed).not.toContain("not read yet");
    // Feed notices are for the operator's sections: a chat's own failing feed shows in its list.
    feedFails = true;
    await stores.feedStates.put({ ...(await stores.feedStates.get(`${site.origin}/feed.xml`))!, nextPollAt: 0 });
    await runtime.pollOnce(AbortSignal.timeout(20_000));
    fake.sendUserMessage({ chatId: -77, userId: 502, text: "/source list" });
    expect(await answer(-77, 6)).toMatch(/feed\.xml — Harbour: .*503.*, for /u);
    feedFails = false;

    fake.sendUserMessage({ chatId: -77, userId: 501, text: "/source remove harbour" });
    expect(await answer(-77, 7)).toBe(`Removed "Harbour" (${site.origin}/feed.xml) from this chat's feeds.`);
    expect(await stores.subscriptions.listChatFeeds(undefined, 10)).toEqual([]);
    const fetchesBefore = site.requests.filter((request) => request.url === "/feed.xml").length;
    await stores.feedStates.put({ ...(await stores.feedStates.get(`${site.origin}/feed.xml`))!, nextPollAt: 0 });
    await runtime.pollOnce(AbortSignal.timeout(20_000));
    expect(site.requests.filter((request) => request.url === "/feed.xml")).toHaveLength(fetchesBefore);

    fake.sendUserMessage({ chatId: -77, userId: 502, text: "/digest mine" });
    expect(await answer(-77, 8)).toBe("This chat has no feeds of its own yet. Add one with /source add and the address of a feed or web page. Try /source add https://example.org/feed.xml.");
  }, 60_000);

  it("offers a page's feeds as buttons: an administrator's press adds that feed; a member's or a stale press is refused", async () => {
    const { fake, stores } = harness;
    fake.addChat({ id: -78, type: "supergroup", title: "Blog watch" });
    fake.addChat({ id: -79, type: "supergroup", title: "Elsewhere" });
    fake.setMember(-78, 601, "administrator");
    fake.setMember(-78, 602, "member");
    fake.setMember(-79, 601, "administrator");
    fake.sendUserMessage({ chatId: -78, userId: 601, text: `/source add ${site.origin}/blog` });
    const choice = (await waitFor(() => fake.messagesIn(-78)[0], 10_000, "the choice"));
    expect(choice.text).toContain(`Add one with the command under it, or by its number: /source add ${site.origin}/blog 2.`);
    const buttons = choice.replyMarkup?.inline_keyboard.flat() ?? [];
    expect(buttons.map((button) => button.text)).toEqual(["1. Harbour Notes", "2. Harbour Comments"]);
    const second = buttons[1];
    if (!second || !("callback_data" in second)) throw new Error("no button for the second feed");
    expect(Buffer.byteLength(second.callback_data)).toBeLessThanOrEqual(64);

    const answers = () => fake.callbackAnswers.length;
    const said = (text: string) => waitFor(() => fake.messagesIn(-78).find((message) => message.text.startsWith(text)), 10_000, text);
    // /source is slow: the press is acknowledged at once, and the refusal answers the message with the buttons.
    fake.pressButton({ chatId: -78, userId: 602, messageId: choice.messageId, data: second.callback_data });
    expect((await said("Only administrators of this group can make changes with /source here")).replyToMessageId).toBe(choice.messageId);
    expect(await stores.subscriptions.listChatFeeds(undefined, 10)).toEqual([]);

    fake.pressButton({ chatId: -78, userId: 601, messageId: choice.messageId, data: second.callback_data });
    const added = await said("Added ");
    expect(added.text).toBe(`Added "Harbour Comments" (${site.origin}/comments.xml, 2 items now). Its stories arrive in /digest mine and your briefing once it has been read.`);
    expect(await stores.subscriptions.listChatFeeds(undefined, 10)).toEqual([`${site.origin}/comments.xml`]);

    // Once the choice is gone from the store (it lasts an hour), its buttons say so and add nothing.
    const first = buttons[0];
    if (!first || !("callback_data" in first)) throw new Error("no button for the first feed");
    await stores.createCache({ name: "feed-choices", schema: z.unknown() }).delete(first.callback_data.split(":")[1] ?? "");
    const before = answers();
    fake.pressButton({ chatId: -78, userId: 601, messageId: choice.messageId, data: first.callback_data });
    await waitFor(() => answers() > before, 10_000, "the stale press answered");
    expect(fake.callbackAnswers.at(-1)).toMatchObject({ text: "These feeds are no longer offered (a choice lasts an hour). Send /source add with the page's address again.", showAlert: true });
    expect(await stores.subscriptions.listChatFeeds(undefined, 10)).toEqual([`${site.origin}/comments.xml`]);

    // Typed, by number: the first feed.
    fake.sendUserMessage({ chatId: -78, userId: 601, text: `/source add ${site.origin}/blog 1` });
    expect((await said(`Added "Harbour Notes"`)).text).toContain(`(${site.origin}/feed.xml, 2 items now)`);
    await harness.services.sources.remove({ platform: "telegram", chatId: "-78" }, "Harbour Notes");
    await harness.services.sources.remove({ platform: "telegram", chatId: "-78" }, "Harbour Comments");
  }, 60_000);
});
