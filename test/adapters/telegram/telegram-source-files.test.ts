/**
 * `/source export` and `/source import` on Telegram through the real grammY client and the fake Bot
 * API: documents uploaded with sendDocument (multipart), documents users send downloaded with
 * getFile and the Bot API's file URL, a site of feeds on a local server (allowed through
 * FETCH_ALLOW_HOSTS, as an operator would); anything else private stays refused by the fetch policy.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpmlCodec } from "../../../src/adapters/feeds/opml.js";
import type { LocalServer } from "../feeds/local-server.js";
import { startFeedSite, subscriptionList } from "../../helpers/opml-site.js";
import { type Harness, startHarness, waitFor } from "./telegram-harness.js";

const MAX_BYTES = 4_096;
let site: LocalServer;
let harness: Harness;
beforeAll(async () => {
  site = await startFeedSite();
  harness = await startHarness({ environment: { FETCH_ALLOW_HOSTS: `127.0.0.1:${site.port}`, OPML_IMPORT_MAX_BYTES: String(MAX_BYTES) } });
});
afterAll(async () => {
  await harness?.close();
  await site?.close();
});

async function answer(chatId: number, count: number) {
  const messages = await waitFor(() => (harness.fake.messagesIn(chatId).length >= count ? harness.fake.messagesIn(chatId) : undefined), 20_000, `${count} messages`);
  return messages[count - 1]!;
}

describe("OPML files of a group's own feeds on Telegram", () => {
  it("imports an attached subscription list as an administrator, reporting each failure, then exports the feeds as a document that reads back", async () => {
    const { fake, stores } = harness;
    fake.addChat({ id: -88, type: "supergroup", title: "Harbour watch" });
    fake.setMember(-88, 601, "administrator");
    fake.setMember(-88, 602, "member");
    const list = subscriptionList(site.origin);

    fake.sendUserMessage({ chatId: -88, userId: 602, text: "/source import", document: { fileName: "subs.opml", bytes: list } });
    expect((await answer(-88, 1)).text).toBe("Only administrators of this group can make changes with /source here. Anyone can use /digest, /latest, /sections and /summary. Ask one of them to do it.");
    expect(fake.downloads).toEqual([]);

    // The file first, then "/source import" in reply to it.
    const sent = fake.sendUserMessage({ chatId: -88, userId: 601, text: "", document: { fileName: "subs.opml", bytes: list, mimeType: "text/x-opml" } });
    fake.sendUserMessage({ chatId: -88, userId: 601, text: "/source import", replyToMessageId: sent.message!.message_id });
    const report = (await answer(-88, 2)).text;
    expect(fake.downloads).toHaveLength(1);
    expect(report).toContain('Import of "subs.opml": 2 added, 1 already there, 3 failed');
    expect(report).toContain(`${site.origin}/harbour.xml`);
    expect(report).toContain(`${site.origin}/ferries.xml`);
    expect(report).toMatch(/Evil\s+"javascript:alert\(document\.cookie\)" is not a web address/u);
    expect(report).toMatch(/About page\s+"http:\/\/127\.0\.0\.1:\d+\/about" is not a feed/u);
    expect(report).toMatch(/Router\s+"http:\/\/10\.0\.0\.1\/feed\.xml" is on a private network/u);
    expect(report).toContain("1 entries had no feed address (xmlUrl) and were skipped.");
    expect((await stores.subscriptions.listChatFeeds(undefined, 10)).sort()).toEqual([`${site.origin}/ferries.xml`, `${site.origin}/harbour.xml`]);
    expect(site.requests.some((request) => request.url?.includes("10.0.0.1"))).toBe(false);

    fake.sendUserMessage({ chatId: -88, userId: 602, text: "/source export" });
    const exported = await answer(-88, 3);
    const document = fake.documentOf(exported);
    expect(document?.fileName).toBe("newsdesk-sources.opml");
    expect(document?.caption).toBe("This chat's 2 own feeds as OPML. Another chat adds them with /source import and this file.");
    expect(exported.replyToMessageId).toBeDefined();
    const read = createOpmlCodec().read(document!.bytes.toString("utf8"), 10);
    const sources = await harness.services.commandServices.sources.list({ platform: "telegram", chatId: "-88" });
    expect(read.feeds).toEqual(sources.map((source) => ({ xmlUrl: source.url, title: source.name })));
  }, 60_000);

  it("answers a file that is too large, not OPML, or missing with a clear message, and adds nothing", async () => {
    const { fake } = harness;
    fake.addChat({ id: 9001, type: "private" });
    const downloadsBefore = fake.downloads.length;
    fake.sendUserMessage({ chatId: 9001, userId: 9001, text: "/source import", document: { fileName: "huge.opml", bytes: "x".repeat(MAX_BYTES + 1) } });
    expect((await answer(9001, 1)).text).toBe('"huge.opml" is too large. An OPML file for /source import may have at most 4 KiB. Send a shorter list.');
    expect(fake.downloads).toHaveLength(downloadsBefore);

    fake.sendUserMessage({ chatId: 9001, userId: 9001, text: "/source import", document: { fileName: "cat.jpg", bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]) } });
    expect((await answer(9001, 2)).text).toBe('"cat.jpg" is not an OPML file. Send the subscription list your feed reader exports as OPML (.opml, UTF-8). Attach it to /source import.');

    fake.sendUserMessage({ chatId: 9001, userId: 9001, text: "/source import", document: { fileName: "notes.opml", bytes: "<html><body>my feeds</body></html>" } });
    expect((await answer(9001, 3)).text).toContain('"notes.opml" is not an OPML file.');

    fake.sendUserMessage({ chatId: 9001, userId: 9001, text: "/source import" });
    expect((await answer(9001, 4)).text).toContain("/source import needs an OPML file. On Telegram, send the file with the caption /source import");

    fake.sendUserMessage({ chatId: 9001, userId: 9001, text: "/source export" });
    expect((await answer(9001, 5)).text).toBe("This chat has no feeds of its own to export. Add one with /source add https://example.org/feed.xml.");
    expect(await harness.services.commandServices.sources.list({ platform: "telegram", chatId: "9001" })).toEqual([]);
  }, 30_000);
});
