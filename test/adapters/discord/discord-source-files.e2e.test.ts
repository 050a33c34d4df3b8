/**
 * `/source export` and `/source import` on Discord through the real discord.js client and the fake
 * Discord: the export is a file attached to the interaction's answer (multipart upload), the import
 * reads the file given to the command's Attachment option from the fake's CDN route on 127.0.0.1.
 * Feeds come from a local site allowed through FETCH_ALLOW_HOSTS; other private addresses stay refused.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpmlCodec } from "../../../src/adapters/feeds/opml.js";
import { ADMIN_PERMISSIONS, type FakeInteraction, MEMBER_PERMISSIONS, type RecordedMessage } from "../../fakes/discord/fake-discord.js";
import { startFeedSite, subscriptionList } from "../../helpers/opml-site.js";
import type { LocalServer } from "../feeds/local-server.js";
import { type DiscordHarness, channelChat, embedText, startDiscordHarness } from "./discord-harness.js";

const MAX_BYTES = 4_096;
let site: LocalServer;
let harness: DiscordHarness;
beforeAll(async () => {
  site = await startFeedSite();
  harness = await startDiscordHarness({ environment: { FETCH_ALLOW_HOSTS: `127.0.0.1:${site.port}`, OPML_IMPORT_MAX_BYTES: String(MAX_BYTES) } });
});
afterAll(async () => {
  await harness?.close();
  await site?.close();
});

/** The answer of an interaction once one of its messages satisfies `check`. */
function answered(interaction: FakeInteraction, check: (message: RecordedMessage) => boolean): Promise<RecordedMessage> {
  return harness.fake.waitFor(() => [interaction.original, ...interaction.followUps].find((message) => message && !message.deleted && check(message)), 20_000);
}

describe("OPML files of a channel's own feeds on Discord", () => {
  it("a manager imports an attached list (each failure reported), a member may not, and the export is an attachment that reads back", async () => {
    const { fake } = harness;
    const channel = harness.newChannel();
    const file = { filename: "subs.opml", bytes: subscriptionList(site.origin), contentType: "text/x-opml" };

    const refused = fake.runSlashCommand("source", { action: "import", file }, { channelId: channel, memberPermissions: MEMBER_PERMISSIONS });
    expect((await answered(refused, (message) => message.content.startsWith("Only members"))).ephemeral).toBe(true);
    expect(fake.attachmentDownloads).toEqual([]);

    const imported = fake.runSlashCommand("source", { action: "import", file }, { channelId: channel, memberPermissions: ADMIN_PERMISSIONS });
    const report = embedText([await answered(imported, (message) => message.embeds.length > 0)]);
    expect(fake.attachmentDownloads).toHaveLength(1);
    expect(report).toContain('Import of \\"subs.opml\\": 2 added, 1 already there, 3 failed');
    expect(report).toContain("javascript:alert(document.cookie)\\\" is not a web address");
    expect(report).toContain("/about\\\" is not a feed");
    expect(report).toContain("http://10.0.0.1/feed.xml\\\" is on a private network");
    const sources = await harness.services.sources.list(channelChat(channel));
    expect(sources.map((source) => source.url).sort()).toEqual([`${site.origin}/ferries.xml`, `${site.origin}/harbour.xml`]);

    const exported = fake.runSlashCommand("source", { action: "export" }, { channelId: channel, memberPermissions: MEMBER_PERMISSIONS });
    const message = await answered(exported, (candidate) => candidate.files.length > 0);
    expect(message.content).toBe("This chat's 2 own feeds as OPML. Another chat adds them with /source import and this file.");
    expect(message.files.map((attached) => attached.filename)).toEqual(["newsdesk-sources.opml"]);
    const read = createOpmlCodec().read(message.files[0]!.bytes.toString("utf8"), 10);
    expect(read.feeds).toEqual(sources.map((source) => ({ xmlUrl: source.url, title: source.name })));
  }, 60_000);

  it("refuses a file that is too large or not OPML with a clear message, and an export of no feeds says so", async () => {
    const { fake } = harness;
    const channel = harness.newChannel();
    const huge = fake.runSlashCommand("source", { action: "import", file: { filename: "huge.opml", bytes: "x".repeat(MAX_BYTES + 1) } }, { channelId: channel, memberPermissions: ADMIN_PERMISSIONS });
    const tooLarge = await answered(huge, (message) => message.content !== "");
    expect(tooLarge.content).toBe('"huge.opml" is too large. An OPML file for /source import may have at most 4 KiB. Send a shorter list.');
    expect(tooLarge.ephemeral).toBe(true);

    const garbage = fake.runSlashCommand("source", { action: "import", file: { filename: "feeds.opml", bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe]) } }, { channelId: channel, memberPermissions: ADMIN_PERMISSIONS });
    expect((await answered(garbage, (message) => message.content !== "")).content).toBe('"feeds.opml" is not an OPML file. Send the subscription list your feed reader exports as OPML (.opml, UTF-8). Attach it to /source import.');

    const missing = fake.runSlashCommand("source", { action: "import" }, { channelId: channel, memberPermissions: ADMIN_PERMISSIONS });
    expect((await answered(missing, (message) => message.content !== "")).content).toContain("/source import needs an OPML file.");

    const empty = fake.runSlashCommand("source", { action: "export" }, { channelId: channel, memberPermissions: MEMBER_PERMISSIONS });
    expect((await answered(empty, (message) => message.content !== "")).content).toBe("This chat has no feeds of its own to export. Add one with /source add https://example.org/feed.xml.");
    expect(await harness.services.sources.list(channelChat(channel))).toEqual([]);
  }, 30_000);
});
