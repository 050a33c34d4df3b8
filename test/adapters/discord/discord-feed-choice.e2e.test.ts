/**
 * A web page with several feeds, on Discord: `/source add <page>` answers with the feeds and a
 * button for each (the real discord.js client on the fake Discord, the page and its feeds on a local
 * HTTP server allowed through FETCH_ALLOW_HOSTS, real services on SQLite). A manager's click adds
 * that feed; a member's click, a click in another channel and a click once the choice expired are
 * refused privately and add nothing.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { ADMIN_PERMISSIONS, MEMBER_PERMISSIONS, type RecordedMessage } from "../../fakes/discord/fake-discord.js";
import { startServer, type LocalServer } from "../feeds/local-server.js";
import { type DiscordHarness, channelChat, embedText, startDiscordHarness } from "./discord-harness.js";

const rss = readFileSync(new URL("../../fixtures/sources/one-feed.rss", import.meta.url));
const page = `<!doctype html><html><head><title>Harbour</title><link rel="alternate" type="application/rss+xml" href="/feed.xml"><link rel="alternate" type="application/rss+xml" href="/comments.xml"></head><body>Blog</body></html>`;
let site: LocalServer;
let harness: DiscordHarness;
beforeAll(async () => {
  site = await startServer((request, response) => {
    if (request.url === "/feed.xml") response.writeHead(200, { "content-type": "application/rss+xml" }).end(rss);
    else if (request.url === "/comments.xml") response.writeHead(200, { "content-type": "application/rss+xml" }).end(rss.toString("utf8").replace("Harbour Notes", "Harbour Comments"));
    else if (request.url === "/blog") response.writeHead(200, { "content-type": "text/html" }).end(page);
    else response.writeHead(404).end();
  });
  harness = await startDiscordHarness({ environment: { FETCH_ALLOW_HOSTS: `127.0.0.1:${site.port}` } });
});
afterAll(async () => {
  await harness?.close();
  await site?.close();
});

const buttonsOf = (message: RecordedMessage | undefined) =>
  (message?.components ?? []).flatMap((row) => ((row as { components?: { custom_id?: string; label?: string }[] }).components ?? []).map((button) => ({ id: String(button.custom_id), label: String(button.label) })));

describe("the feeds of a page as buttons on Discord", () => {
  it("adds the feed a manager clicks; refuses a member's click, a click in another channel and an expired choice", async () => {
    const { fake } = harness;
    const channel = harness.newChannel();
    const add = fake.runSlashCommand("source", { action: "add", target: `${site.origin}/blog` }, { channelId: channel, memberPermissions: ADMIN_PERMISSIONS });
    const choice = await fake.waitFor(() => (add.original?.embeds.length ? add.original : undefined));
    expect(embedText([choice])).toContain(`Add one with the command under it, or by its number: /source add ${site.origin}/blog 2.`);
    const buttons = buttonsOf(choice);
    expect(buttons.map((button) => button.label)).toEqual(["1. Harbour Notes", "2. Harbour Comments"]);
    expect(buttons.every((button) => /^nd:feed:[A-Za-z0-9_-]{11}:[12]$/u.test(button.id))).toBe(true);
    const [first, second] = buttons;

    const byMember = fake.clickButton(choice, second!.id, { memberPermissions: MEMBER_PERMISSIONS });
    const refused = await fake.waitFor(() => [byMember.original, ...byMember.followUps].find((message) => message?.content.startsWith("Only members with the Manage Channels permission")));
    expect(refused.ephemeral).toBe(true);
    expect(await harness.services.sources.list(channelChat(channel))).toEqual([]);

    const elsewhere = harness.newChannel();
    const foreign = fake.clickButton(choice, second!.id, { channelId: elsewhere, memberPermissions: ADMIN_PERMISSIONS });
    const notHere = await fake.waitFor(() => foreign.original);
    expect(notHere).toMatchObject({ content: "These feeds were offered in another chat. Send /source add here to add a feed to this chat.", ephemeral: true });
    expect(await harness.services.sources.list(channelChat(elsewhere))).toEqual([]);

    const byManager = fake.clickButton(choice, second!.id, { memberPermissions: ADMIN_PERMISSIONS });
    const added = await fake.waitFor(() => (byManager.original?.content.startsWith("Added") ? byManager.original : undefined));
    expect(added.content).toBe(`Added "Harbour Comments" (${site.origin}/comments.xml, 2 items now). Its stories arrive in /digest mine and your briefing once it has been read.`);
    expect(added.ephemeral).toBe(false);
    expect((await harness.services.sources.list(channelChat(channel))).map((source) => source.url)).toEqual([`${site.origin}/comments.xml`]);

    // Once the choice is gone from the store (it lasts an hour), its buttons say so.
    await harness.stores.createCache({ name: "feed-choices", schema: z.unknown() }).delete(first!.id.split(":")[2] ?? "");
    const stale = fake.clickButton(choice, first!.id, { memberPermissions: ADMIN_PERMISSIONS });
    expect(await fake.waitFor(() => stale.original)).toMatchObject({ content: "These feeds are no longer offered (a choice lasts an hour). Send /source add with the page's address again.", ephemeral: true });
    expect(await harness.services.sources.list(channelChat(channel))).toHaveLength(1);
  }, 30_000);
});
