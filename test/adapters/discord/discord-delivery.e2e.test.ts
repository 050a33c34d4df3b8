/**
 * Deliveries end to end: documents through the adapter's PlatformSender (and the core's outbox) into
 * the fake Discord, which validates every limit exactly like Discord and answers channel errors like
 * Discord. Proves: documents at the limits go as one message and one over is split (never rejected);
 * no pings from hostile feed text; permanent failures pause the chat; multi-message progress; threads;
 * the buttons under delivered stories.
 */
import { PermissionFlagsBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BriefingDocument, BriefingItem } from "../../../src/core/digests/briefing-document.js";
import { DeliveryError } from "../../../src/core/delivery/chat-sender.js";
import { ADMIN_PERMISSIONS, MEMBER_PERMISSIONS, type RecordedMessage } from "../../fakes/discord/fake-discord.js";
import { CHANNEL, DM, OTHER_CHANNEL, THREAD, channelChat, type DiscordHarness, embedText, startDiscordHarness } from "./discord-harness.js";

let harness: DiscordHarness;

beforeAll(async () => {
  harness = await startDiscordHarness();
});
afterAll(async () => {
  await harness?.close();
});


const story = (title: string, summary: string): BriefingItem => ({ title, url: "https://ledger.example/a", summary, sources: [] });
const rejected = () => harness.fake.requests.filter((request) => request.status === 400);

describe("embed limits", () => {
  it("sends a document of exactly 6000 characters as one message and one of 6001 as two, both accepted", async () => {
    const exact: BriefingDocument = { kind: "briefing", title: "D", sections: [{ items: [story("A", "a".repeat(2999)), story("B", "b".repeat(2998))] }] };
    const over: BriefingDocument = { ...exact, sections: [{ items: [story("A", "a".repeat(2999)), story("B", "b".repeat(2999))] }] };
    const first = harness.newChannel();
    const second = harness.newChannel();
    await harness.adapter.sender.send(channelChat(first), exact);
    await harness.adapter.sender.send(channelChat(second), over);
    expect(harness.fake.channelMessages(first)).toHaveLength(1);
    expect(harness.fake.channelMessages(second)).toHaveLength(2);
    expect(harness.fake.channelMessages(second).map((message) => message.embeds.length)).toEqual([2, 1]);
    expect(rejected()).toEqual([]);
  });

  it("sends 10 embeds as one message and 11 as two", async () => {
    const items = (count: number) => Array.from({ length: count }, (_, index) => story(`Story ${index}`, "text"));
    const ten = harness.newChannel();
    const eleven = harness.newChannel();
    await harness.adapter.sender.send(channelChat(ten), { kind: "briefing", title: "Ten", sections: [{ items: items(9) }] });
    await harness.adapter.sender.send(channelChat(eleven), { kind: "briefing", title: "Eleven", sections: [{ items: items(10) }] });
    expect(harness.fake.channelMessages(ten).map((message) => message.embeds.length)).toEqual([10]);
    expect(harness.fake.channelMessages(eleven).map((message) => message.embeds.length)).toEqual([10, 1]);
    expect(rejected()).toEqual([]);
  });

  it("keeps every per-field limit at the limit and cuts one over, and Discord accepts both", async () => {
    const at = harness.newChannel();
    const over = harness.newChannel();
    const document = (extra: number): BriefingDocument => ({
      kind: "briefing",
      title: "t".repeat(256 + extra),
      overview: "o".repeat(4096 + extra),
      sections: [
        {
          heading: "h".repeat(256 + extra),
          items: Array.from({ length: 25 + extra }, (_, index) => (index === 0 ? { title: "n".repeat(256 + extra), summary: "v".repeat(1024 + extra), sources: [] } : { title: `entry ${index}`, sources: [] })),
        },
      ],
      footer: "f".repeat(2048 + extra),
    });
    await harness.adapter.sender.send(channelChat(at), document(0));
    await harness.adapter.sender.send(channelChat(over), document(1));
    expect(rejected()).toEqual([]);
    const embeds = (channel: string) => harness.fake.channelMessages(channel).flatMap((message) => message.embeds);
    const fields = (channel: string) => embeds(channel).flatMap((embed) => (embed.fields as { name: string; value: string }[] | undefined) ?? []);
    const author = (channel: string) => (embeds(channel).find((embed) => embed.author)?.author as { name: string }).name;
    const footer = (channel: string) => (embeds(channel).at(-1)?.footer as { text: string }).text;
    expect(embeds(at)[0]?.title).toBe("t".repeat(256));
    expect(embeds(over)[0]?.title).toBe(`${"t".repeat(255)}…`);
    expect(embeds(at)[0]?.description).toBe("o".repeat(4096));
    expect(embeds(over)[0]?.description).toBe(`${"o".repeat(4095)}…`);
    expect(author(at)).toBe("h".repeat(256));
    expect(author(over)).toBe(`${"h".repeat(255)}…`);
    expect(fields(at)).toHaveLength(25);
    expect(embeds(at).filter((embed) => embed.fields)).toHaveLength(1);
    expect(fields(over)).toHaveLength(26);
    expect(embeds(over).filter((embed) => embed.fields).map((embed) => (embed.fields as unknown[]).length)).toEqual([25, 1]);
    expect(fields(at)[0]).toEqual({ name: "n".repeat(256), value: "v".repeat(1024) });
    expect(fields(over)[0]).toEqual({ name: `${"n".repeat(255)}…`, value: `${"v".repeat(1023)}…` });
    expect(footer(at)).toBe("f".repeat(2048));
    expect(footer(over)).toBe(`${"f".repeat(2047)}…`);
  });

  it("never lets feed text ping: @everyone, @here, user and role mentions", async () => {
    const channel = harness.newChannel();
    await harness.adapter.sender.send(channelChat(channel), {
      kind: "briefing",
      title: "@everyone Breaking",
      sections: [{ heading: "@here", items: [{ title: "<@123456789012345678> and <@&987654321098765432>", url: "https://x.example/", summary: "@everyone read this", sources: [{ name: "@here News", url: "https://x.example/" }] }] }],
    });
    const [message] = harness.fake.channelMessages(channel);
    expect(message?.allowedMentions).toEqual({ parse: [] });
    expect(message?.pings).toEqual([]);
    expect(embedText([message!])).not.toMatch(/@everyone|@here|<@\d|<@&\d/u);
  });
});

describe("channel failures", () => {
  it("pauses the chat when a follow alert goes to a deleted channel (10003), through the outbox", async () => {
    const channel = harness.newChannel();
    const chat = channelChat(channel);
    await harness.services.chats.follow(chat, "Harbour Bridge", []);
    harness.fake.deleteChannel(channel);
    const article = await harness.saveArticle({ title: "Harbour Bridge reopens after repairs" });
    const queued = await harness.services.alerts.processArticles([article]);
    expect(queued.queued).toBe(1);
    const result = await harness.drain();
    expect(result.failed).toBe(1);
    const settings = await harness.services.chats.get(chat);
    expect(settings.paused?.reason).toContain("Unknown Channel (10003)");
  });

  it("treats a kicked bot, missing permissions and a blocked DM as permanent, a thread as its own target", async () => {
    const failureOf = async (send: () => Promise<void>) => send().then(() => undefined, (error: unknown) => error);
    const doc: BriefingDocument = { kind: "briefing", title: "Hello", sections: [] };
    const muted = harness.newChannel();
    harness.fake.setBotPermissions(muted, PermissionFlagsBits.ViewChannel);
    const noAccess = await failureOf(() => harness.adapter.sender.send(channelChat(muted), doc));
    expect(noAccess).toBeInstanceOf(DeliveryError);
    expect(noAccess).toMatchObject({ failure: "permanent", message: expect.stringContaining("Missing Permissions (50013)") });
    harness.fake.blockDirectMessages(DM);
    expect(await failureOf(() => harness.adapter.sender.send({ platform: "discord", chatId: DM }, doc))).toMatchObject({ failure: "permanent", message: expect.stringContaining("50007") });
    await harness.adapter.sender.send({ platform: "discord", chatId: CHANNEL, threadId: THREAD }, doc);
    expect(harness.fake.channelMessages(THREAD)).toHaveLength(1);
    harness.fake.addGuild({ id: "100000000000000099" });
    harness.fake.addChannel({ id: "200000000000000099", guildId: "100000000000000099" });
    harness.fake.removeBotFromGuild("100000000000000099");
    expect(await failureOf(() => harness.adapter.sender.send(channelChat("200000000000000099"), doc))).toMatchObject({ failure: "permanent", message: expect.stringContaining("Missing Access (50001)") });
  });
});

describe("multi-message progress", () => {
  it("skips the messages already accepted and reports each one before and after", async () => {
    const channel = harness.newChannel();
    const items = Array.from({ length: 12 }, (_, index) => story(`Story ${index}`, "text"));
    const events: string[] = [];
    await harness.adapter.sender.send(channelChat(channel), { kind: "briefing", title: "Two parts", sections: [{ items }] }, {
      skipParts: 1,
      beforePart: async (index, count) => void events.push(`before ${index}/${count}`),
      onPartSent: async (index, count) => void events.push(`sent ${index}/${count}`),
    });
    expect(events).toEqual(["before 1/2", "sent 1/2"]);
    expect(harness.fake.channelMessages(channel)).toHaveLength(1);
    expect(harness.fake.channelMessages(channel)[0]?.embeds).toHaveLength(3);
  });
});

describe("buttons under delivered stories", () => {
  let delivered: RecordedMessage;
  const buttonIds = (message: RecordedMessage) => message.components.flatMap((row) => (row.components as { custom_id?: string }[]).map((component) => component.custom_id));

  beforeAll(async () => {
    await harness.services.chats.subscribe(channelChat(OTHER_CHANNEL), "politics");
    await harness.services.chats.follow(channelChat(OTHER_CHANNEL), "Lighthouse", []);
    const article = await harness.saveArticle({ title: "@everyone Lighthouse keeper retires after 40 years <@&987654321098765432>", summary: "The last keeper of the island lighthouse retired on Sunday. Automation takes over next month." });
    await harness.services.alerts.processArticles([article]);
    await harness.drain();
    delivered = harness.fake.channelMessages(OTHER_CHANNEL).at(-1)!;
  });

  it("arrives through the outbox without pinging anyone, with a Summary button per story and Follow / Unsubscribe under it", () => {
    expect(delivered.allowedMentions).toEqual({ parse: [] });
    expect(delivered.pings).toEqual([]);
    expect(embedText([delivered])).toContain("@\u200beveryone Lighthouse keeper retires after 40 years <\u200b@&987654321098765432>");
    expect(buttonIds(delivered)).toEqual([expect.stringMatching(/^nd:sum:[0-9a-f]{12}$/u), "nd:follow", "nd:unsub"]);
  });

  it("answers Summary privately, deferred (summaries are slow)", async () => {
    const customId = buttonIds(delivered)[0]!;
    const click = harness.fake.clickButton(delivered, customId, { memberPermissions: MEMBER_PERMISSIONS });
    await harness.fake.waitFor(() => click.original);
    expect(click.callback?.type).toBe(5);
    expect(click.original?.ephemeral).toBe(true);
    expect(embedText([click.original!])).toContain("Lighthouse keeper retires");
    expect(click.original?.components).toEqual([]);
  });

  it("offers the channel's sections to an admin and unsubscribes the one chosen", async () => {
    const refused = harness.fake.clickButton(delivered, "nd:unsub", { memberPermissions: MEMBER_PERMISSIONS });
    await harness.fake.waitFor(() => refused.original);
    expect(refused.original?.content).toContain("Only members with the Manage Channels permission can use /unsubscribe here.");
    const click = harness.fake.clickButton(delivered, "nd:unsub", { memberPermissions: ADMIN_PERMISSIONS });
    const menu = await harness.fake.waitFor(() => click.original);
    expect(menu.ephemeral).toBe(true);
    const choice = harness.fake.chooseFromSelect(menu, "nd:unsub-section", ["politics"], { memberPermissions: ADMIN_PERMISSIONS });
    await harness.fake.waitFor(() => choice.original);
    expect(choice.original?.content).toContain("Unsubscribed from Politics.");
    expect((await harness.services.chats.get(channelChat(OTHER_CHANNEL))).sections).toEqual([]);
  });

  it("opens a modal for Follow a topic and follows what an admin submits", async () => {
    const click = harness.fake.clickButton(delivered, "nd:follow", { memberPermissions: ADMIN_PERMISSIONS });
    await harness.fake.waitFor(() => click.modal);
    expect(click.callback?.type).toBe(9);
    const submit = harness.fake.submitModal(click, { topic: "Volcanoes | Eruptions" }, { memberPermissions: ADMIN_PERMISSIONS });
    await harness.fake.waitFor(() => submit.original);
    expect(submit.original?.ephemeral).toBe(true);
    expect(submit.original?.content).toContain("Following Volcanoes (also known as Eruptions).");
    expect((await harness.services.chats.get(channelChat(OTHER_CHANNEL))).follows.map((follow) => follow.topic)).toContain("Volcanoes");
  });

  it("answers an unknown button as expired", async () => {
    const forged = { ...delivered, components: [{ type: 1, components: [{ type: 2, style: 2, custom_id: "nd:bogus", label: "x" }] }] };
    const click = harness.fake.clickButton(forged, "nd:bogus", {});
    await harness.fake.waitFor(() => click.original);
    expect(click.original?.content).toContain("no longer works");
  });
});

describe("resuming", () => {
  it("resumes a paused chat once a command succeeds there with the bot able to post", async () => {
    const chat = channelChat(CHANNEL);
    await harness.services.chats.subscribe(chat, "world");
    await harness.services.chats.pause(chat, "test pause");
    expect((await harness.services.chats.get(chat)).paused).toBeDefined();
    const run = harness.fake.runSlashCommand("sections", {}, { channelId: CHANNEL });
    await harness.fake.waitFor(() => run.original);
    for (let attempt = 0; attempt < 50 && (await harness.services.chats.get(chat)).paused; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await harness.services.chats.get(chat)).paused).toBeUndefined();
  });
});
