/**
 * A channel's own feeds on Discord: the real discord.js client on the fake Discord, a feed on a
 * local HTTP server allowed through FETCH_ALLOW_HOSTS, real services on SQLite.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_PERMISSIONS, MEMBER_PERMISSIONS } from "../../fakes/discord/fake-discord.js";
import { startServer, type LocalServer } from "../feeds/local-server.js";
import { type DiscordHarness, channelChat, embedText, startDiscordHarness } from "./discord-harness.js";

const rss = readFileSync(new URL("../../fixtures/sources/one-feed.rss", import.meta.url));
let site: LocalServer;
let harness: DiscordHarness;
beforeAll(async () => {
  site = await startServer((request, response) => {
    if (request.url === "/feed.xml") response.writeHead(200, { "content-type": "application/rss+xml" }).end(rss);
    else response.writeHead(404).end();
  });
  harness = await startDiscordHarness({ environment: { FETCH_ALLOW_HOSTS: `127.0.0.1:${site.port}` } });
});
afterAll(async () => {
  await harness?.close();
  await site?.close();
});

describe("/source on Discord", () => {
  it("registers add, list, remove, export and import as choices and a file option; a manager adds and removes a feed, a member only lists", async () => {
    const { fake } = harness;
    const source = fake.commands("global")?.find((command) => command.name === "source");
    expect(source?.options).toEqual([
      expect.objectContaining({ name: "action", type: 3, required: true, choices: ["add", "list", "remove", "export", "import"].map((name) => ({ name, value: name })) }),
      expect.objectContaining({ name: "target", type: 3, required: false }),
      expect.objectContaining({ name: "file", type: 11, required: false }),
    ]);
    const channel = harness.newChannel();
    const member = fake.runSlashCommand("source", { action: "add", target: `${site.origin}/feed.xml` }, { channelId: channel, memberPermissions: MEMBER_PERMISSIONS });
    await fake.waitFor(() => [member.original, ...member.followUps].find((message) => message?.content.startsWith("Only members with the Manage Channels permission")));
    expect(await harness.services.sources.list(channelChat(channel))).toEqual([]);

    const add = fake.runSlashCommand("source", { action: "add", target: `${site.origin}/feed.xml Harbour desk` }, { channelId: channel, memberPermissions: ADMIN_PERMISSIONS });
    const added = await fake.waitFor(() => (add.original?.content.startsWith("Added") ? add.original : undefined));
    expect(added.content).toBe(`Added "Harbour desk" (${site.origin}/feed.xml, 2 items now). Its stories arrive in /digest mine and your briefing once it has been read.`);

    const list = fake.runSlashCommand("source", { action: "list" }, { channelId: channel, memberPermissions: MEMBER_PERMISSIONS });
    const listed = await fake.waitFor(() => (list.original?.embeds.length ? list.original : undefined));
    expect(embedText([listed])).toContain("Harbour desk");
    expect(embedText([listed])).toContain("Your own feeds (1 of 20)");
    expect(embedText([listed])).toContain(`${site.origin}/feed.xml — not read yet`);

    const remove = fake.runSlashCommand("source", { action: "remove", target: "HARBOUR DESK" }, { channelId: channel, memberPermissions: ADMIN_PERMISSIONS });
    const removed = await fake.waitFor(() => (remove.original?.content.startsWith("Removed") ? remove.original : undefined));
    expect(removed.content).toBe(`Removed "Harbour desk" (${site.origin}/feed.xml) from this chat's feeds.`);
    expect(await harness.stores.subscriptions.listChatFeeds(undefined, 10)).toEqual([]);
  }, 30_000);
});
