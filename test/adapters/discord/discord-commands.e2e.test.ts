/**
 * Slash commands end to end: the real discord.js client on the fake Discord (REST + gateway), real
 * services on SQLite. Proves permissions (member refused, bot's own posting rights), the 3-second rule
 * (defer then edit), ephemeral errors and settings, autocomplete, threads and DMs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandRegistry } from "../../../commands/index.js";
import { ADMIN_PERMISSIONS, DEFAULT_BOT_PERMISSIONS, MEMBER_PERMISSIONS } from "../../fakes/discord/fake-discord.js";
import { PermissionFlagsBits } from "discord.js";
import { CHANNEL, DM, DM_USER, type DiscordHarness, OTHER_CHANNEL, THREAD, channelChat, embedText, startDiscordHarness } from "./discord-harness.js";

let harness: DiscordHarness;

beforeAll(async () => {
  harness = await startDiscordHarness();
});
afterAll(async () => {
  await harness?.close();
});

const admin = { memberPermissions: ADMIN_PERMISSIONS };

describe("command deployment", () => {
  it("registers every registry command with Discord's shapes", () => {
    const commands = harness.fake.commands("global") ?? [];
    expect(commands.map((command) => command.name)).toEqual(commandRegistry.map((command) => command.name));
    const subscribe = commands.find((command) => command.name === "subscribe");
    expect(subscribe?.default_member_permissions).toBe(String(PermissionFlagsBits.ManageChannels));
    expect(subscribe?.contexts).toEqual([0, 1]);
    expect(subscribe?.options).toEqual([expect.objectContaining({ name: "section", type: 3, required: true, autocomplete: true, max_length: 64 })]);
    expect(commands.find((command) => command.name === "digest")?.default_member_permissions).toBeNull();
    expect(commands.find((command) => command.name === "latest")?.options).toEqual([expect.objectContaining({ type: 4, min_value: 1, max_value: 20 })]);
  });
});

describe("permissions", () => {
  it("refuses /subscribe to a member without Manage Channels, privately, and changes nothing", async () => {
    const run = harness.fake.runSlashCommand("subscribe", { section: "world" }, { channelId: OTHER_CHANNEL, memberPermissions: MEMBER_PERMISSIONS });
    await harness.fake.waitFor(() => run.original);
    expect(run.callback?.type).toBe(4);
    expect(run.original?.ephemeral).toBe(true);
    expect(run.original?.content).toBe(
      "Only members with the Manage Channels permission can use /subscribe here. Anyone can use /digest, /latest, /sections and /summary. Ask one of them to do it.",
    );
    expect((await harness.services.chats.get(channelChat(OTHER_CHANNEL))).sections).toEqual([]);
  });

  it("tells an admin which of the bot's permissions are missing in the channel, and does not subscribe", async () => {
    harness.fake.setBotPermissions(OTHER_CHANNEL, PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages);
    try {
      const run = harness.fake.runSlashCommand("subscribe", { section: "world" }, { channelId: OTHER_CHANNEL, ...admin });
      await harness.fake.waitFor(() => run.original);
      expect(run.original?.ephemeral).toBe(true);
      expect(run.original?.content).toContain("I'm missing Embed Links");
      expect((await harness.services.chats.get(channelChat(OTHER_CHANNEL))).sections).toEqual([]);
      const member = harness.fake.runSlashCommand("subscribe", { section: "world" }, { channelId: OTHER_CHANNEL, memberPermissions: MEMBER_PERMISSIONS });
      await harness.fake.waitFor(() => member.original);
      expect(member.original?.content).toContain("Only members with the Manage Channels permission");
    } finally {
      harness.fake.setBotPermissions(OTHER_CHANNEL, DEFAULT_BOT_PERMISSIONS);
    }
  });
});

describe("an admin's /subscribe and /digest", () => {
  it("subscribes the channel and confirms privately", async () => {
    const run = harness.fake.runSlashCommand("subscribe", { section: "politics" }, { channelId: CHANNEL, ...admin });
    await harness.fake.waitFor(() => run.original);
    expect(run.callback?.type).toBe(4);
    expect(run.original?.ephemeral).toBe(true);
    expect(run.original?.content).toContain("Subscribed to Politics.");
    expect(run.original?.allowedMentions).toEqual({ parse: [] });
    expect((await harness.services.chats.get(channelChat(CHANNEL))).sections).toEqual(["politics"]);
  });

  it("defers /digest within 3 seconds, then edits the answer into the digest, with Summary buttons and no pings", async () => {
    const story = await harness.saveArticle({ title: "@everyone Budget passes <@123456789012345678> after **all-night** session" });
    const run = harness.fake.runSlashCommand("digest", { section: "politics" }, { channelId: CHANNEL, memberPermissions: MEMBER_PERMISSIONS });
    await harness.fake.waitFor(() => run.original);
    expect(run.callback?.type).toBe(5);
    expect((run.callback?.at ?? Infinity) - run.dispatchedAt).toBeLessThan(3_000);
    expect(run.original?.ephemeral).toBe(false);
    const text = embedText([run.original!]);
    expect(text).toContain("Politics digest");
    expect(text).toContain("@\u200beveryone Budget passes <\u200b@123456789012345678> after \\\\*\\\\*all-night\\\\*\\\\* session");
    expect(run.original?.pings).toEqual([]);
    expect(run.original?.allowedMentions).toEqual({ parse: [] });
    const buttons = run.original?.components.flatMap((row) => row.components as Record<string, unknown>[]) ?? [];
    expect(buttons.map((button) => button.custom_id)).toContain(`nd:sum:${story.id}`);
    expect(run.failures).toEqual([]);
  });

  it("answers an error after a public deferral privately: the 'thinking' message goes, an ephemeral follow-up explains", async () => {
    const run = harness.fake.runSlashCommand("digest", { section: "poltics" }, { channelId: CHANNEL, memberPermissions: MEMBER_PERMISSIONS });
    await harness.fake.waitFor(() => run.followUps[0]);
    expect(run.callback?.type).toBe(5);
    expect(run.original?.deleted).toBe(true);
    expect(run.followUps[0]?.ephemeral).toBe(true);
    expect(run.followUps[0]?.content).toBe('"poltics" is not a section. Did you mean politics? See them all with /sections.');
  });

  it("answers settings views privately", async () => {
    const run = harness.fake.runSlashCommand("subscriptions", {}, { channelId: CHANNEL, memberPermissions: MEMBER_PERMISSIONS });
    await harness.fake.waitFor(() => run.original);
    expect(run.original?.ephemeral).toBe(true);
    expect(embedText([run.original!])).toContain("politics — Politics");
  });
});

describe("autocomplete", () => {
  it("suggests sections matching what was typed", async () => {
    const run = harness.fake.autocomplete("subscribe", { section: "pol" }, "section", { channelId: CHANNEL, ...admin });
    await harness.fake.waitFor(() => run.choices);
    expect(run.callback?.type).toBe(8);
    expect(run.choices).toEqual([{ name: "Politics (politics)", value: "politics" }]);
    const all = harness.fake.autocomplete("digest", { section: "" }, "section", { channelId: CHANNEL });
    await harness.fake.waitFor(() => all.choices);
    expect(all.choices?.map((choice) => choice.value)).toEqual(["politics", "world", "technology"]);
  });

  it("suggests the chat's followed topics for /unfollow, by topic or alias", async () => {
    const follow = harness.fake.runSlashCommand("follow", { topic: "APT31 | Judgement Panda | Zirconium" }, { channelId: CHANNEL, ...admin });
    await harness.fake.waitFor(() => follow.original);
    expect(follow.original?.content).toContain("Following APT31");
    const run = harness.fake.autocomplete("unfollow", { topic: "panda" }, "topic", { channelId: CHANNEL, ...admin });
    await harness.fake.waitFor(() => run.choices);
    expect(run.choices).toEqual([{ name: "APT31 — also Judgement Panda, Zirconium", value: "APT31" }]);
    const elsewhere = harness.fake.autocomplete("unfollow", { topic: "" }, "topic", { channelId: OTHER_CHANNEL, ...admin });
    await harness.fake.waitFor(() => elsewhere.callback);
    expect(elsewhere.choices).toEqual([]);
  });
});

describe("threads and DMs", () => {
  it("keeps a thread's subscriptions apart from its channel's (chatId = parent, threadId = thread)", async () => {
    const run = harness.fake.runSlashCommand("subscribe", { section: "world" }, { channelId: THREAD, ...admin });
    await harness.fake.waitFor(() => run.original);
    expect(run.original?.content).toContain("Subscribed to World.");
    expect((await harness.services.chats.get({ platform: "discord", chatId: CHANNEL, threadId: THREAD })).sections).toEqual(["world"]);
    expect((await harness.services.chats.get(channelChat(CHANNEL))).sections).toEqual(["politics"]);
  });

  it("lets a user follow a topic in a DM with the bot, without any server permission", async () => {
    const run = harness.fake.runSlashCommand("follow", { topic: "Mars | Red Planet" }, { channelId: DM, user: DM_USER });
    await harness.fake.waitFor(() => run.original);
    expect(run.original?.content).toContain("Following Mars (also known as Red Planet).");
    const settings = await harness.services.chats.get({ platform: "discord", chatId: DM });
    expect(settings.follows.map((follow) => follow.topic)).toEqual(["Mars"]);
  });

});

describe("one voice in every answer", () => {
  it("takes option values and article ids in any case", async () => {
    const story = await harness.saveArticle({ title: "Port authority approves new ferry terminal" });
    const digest = harness.fake.runSlashCommand("digest", { section: "POLITICS" }, { channelId: CHANNEL, memberPermissions: MEMBER_PERMISSIONS });
    await harness.fake.waitFor(() => digest.original);
    expect(embedText([digest.original!])).toContain("Politics digest");
    const summary = harness.fake.runSlashCommand("summary", { article: story.id.toUpperCase() }, { channelId: CHANNEL, memberPermissions: MEMBER_PERMISSIONS });
    await harness.fake.waitFor(() => summary.original);
    expect(embedText([summary.original!])).toContain("Port authority approves new ferry terminal");
  });

  it("explains a refused value with what was typed, what is allowed and what to try, privately", async () => {
    const latest = harness.fake.runSlashCommand("latest", { count: 0 }, { channelId: CHANNEL, memberPermissions: MEMBER_PERMISSIONS });
    await harness.fake.waitFor(() => latest.followUps[0] ?? (latest.original?.ephemeral ? latest.original : undefined));
    const refusal = latest.followUps[0] ?? latest.original;
    expect(refusal?.ephemeral).toBe(true);
    expect(refusal?.content).toBe('"0" is out of range for the number of stories. Give a whole number from 1 to 20. Try /latest 5.');
    const follow = harness.fake.runSlashCommand("follow", { topic: "the" }, { channelId: CHANNEL, ...admin });
    await harness.fake.waitFor(() => follow.original);
    expect(follow.original?.ephemeral).toBe(true);
    expect(follow.original?.content).toMatch(/^"the" is too common a word to follow: it would match almost every story\. /u);
  });

  it("says when a topic is already followed, whatever its case", async () => {
    const first = harness.fake.runSlashCommand("follow", { topic: "Volcanoes" }, { channelId: OTHER_CHANNEL, ...admin });
    await harness.fake.waitFor(() => first.original);
    const again = harness.fake.runSlashCommand("follow", { topic: "volcanoes" }, { channelId: OTHER_CHANNEL, ...admin });
    await harness.fake.waitFor(() => again.original);
    expect(again.original?.content).toBe("You already follow Volcanoes. To change its aliases: /follow Volcanoes | alias | alias.");
    expect((await harness.services.chats.get(channelChat(OTHER_CHANNEL))).follows.filter((follow) => follow.id === "volcanoes")).toHaveLength(1);
  });

  it("shows one command's options and limits with /help, and completes command names", async () => {
    const help = harness.fake.runSlashCommand("help", { command: "subscribe" }, { channelId: CHANNEL, memberPermissions: MEMBER_PERMISSIONS });
    await harness.fake.waitFor(() => help.original);
    const text = embedText([help.original!]);
    expect(text).toContain("/subscribe <section>");
    expect(text).toContain("A chat has at most 20 sections.");
    expect(text).toContain("at most 64 characters");
    const unknown = harness.fake.runSlashCommand("help", { command: "folow" }, { channelId: CHANNEL, memberPermissions: MEMBER_PERMISSIONS });
    await harness.fake.waitFor(() => unknown.original);
    expect(unknown.original?.content).toBe('"/folow" is not a command. Did you mean /follow? See every command with /help.');
    const complete = harness.fake.autocomplete("help", { command: "fol" }, "command", { channelId: CHANNEL });
    await harness.fake.waitFor(() => complete.choices);
    expect(complete.choices?.map((choice) => choice.value)).toEqual(["follow", "following", "unfollow"]);
  });
});

describe("the client", () => {
  it("identified with the Guilds and Direct Messages intents only (no privileged intent), and logged no interaction failure", () => {
    expect(harness.fake.identifies.map((identify) => identify.intents)).toEqual([1 | (1 << 12)]);
    expect(harness.logger.entries.filter((entry) => entry.level === "error")).toEqual([]);
  });
});
