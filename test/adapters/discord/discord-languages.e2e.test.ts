/**
 * A chat's language on Discord, through discord.js and the fake Discord: a channel adopts the
 * server's `guild_locale` when an admin sets it up (not the locale of whoever typed), a DM the
 * user's `locale`; /help answers in it; /language changes it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_PERMISSIONS, MEMBER_PERMISSIONS } from "../../fakes/discord/fake-discord.js";
import { DM, type DiscordHarness, channelChat, embedText, startDiscordHarness } from "./discord-harness.js";

let harness: DiscordHarness;
beforeAll(async () => {
  harness = await startDiscordHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe("a chat's language on Discord", () => {
  it("a French server's channel adopts French at set-up; /help answers in French whoever asks", async () => {
    const channel = harness.newChannel();
    const setUp = harness.fake.runSlashCommand("subscribe", { section: "politics" }, { channelId: channel, memberPermissions: ADMIN_PERMISSIONS, locale: "en-GB", guildLocale: "fr" });
    await harness.fake.waitFor(() => setUp.original);
    expect(await harness.services.chats.get(channelChat(channel))).toMatchObject({ language: "fr", languageFrom: "setup" });

    const help = harness.fake.runSlashCommand("help", {}, { channelId: channel, memberPermissions: MEMBER_PERMISSIONS, locale: "de", guildLocale: "fr" });
    await harness.fake.waitFor(() => help.original);
    const text = embedText([help.original!]);
    expect(text).toContain("Briefings d’actualité : condensés par rubrique, résumés et alertes de sujets.");
    expect(text).toContain("Les principaux articles d’une rubrique depuis ton dernier condensé");
    expect(text).not.toContain("Top stories of a section");
  });

  it("a Russian user's DM answers in Russian; /language de switches it to German", async () => {
    const help = harness.fake.runSlashCommand("help", {}, { channelId: DM, locale: "ru" });
    await harness.fake.waitFor(() => help.original);
    expect(embedText([help.original!])).toContain("Новостные брифинги: дайджесты разделов, пересказы и оповещения о темах.");

    const language = harness.fake.runSlashCommand("language", { code: "de" }, { channelId: DM, locale: "ru" });
    await harness.fake.waitFor(() => language.original);
    expect(language.original?.content).toBe("Ab jetzt antwortet newsdesk in diesem Chat auf Deutsch (de).");

    const again = harness.fake.runSlashCommand("help", {}, { channelId: DM, locale: "ru" });
    await harness.fake.waitFor(() => again.original);
    expect(embedText([again.original!])).toContain("Nachrichten-Briefings");
  });

  it("refuses /language to a member without Manage Channels, and an unknown code to an admin", async () => {
    const channel = harness.newChannel();
    const member = harness.fake.runSlashCommand("language", { code: "es" }, { channelId: channel, memberPermissions: MEMBER_PERMISSIONS, guildLocale: "es-ES" });
    await harness.fake.waitFor(() => member.original);
    expect(member.original?.content).toContain("Only members with the Manage Channels permission can use /language here.");
    const unknown = harness.fake.runSlashCommand("language", { code: "xx" }, { channelId: channel, memberPermissions: ADMIN_PERMISSIONS, guildLocale: "es-ES" });
    await harness.fake.waitFor(() => unknown.original);
    expect(unknown.original?.content).toContain("«xx» no es un idioma que newsdesk hable.");
    expect((await harness.services.chats.get(channelChat(channel))).languageFrom).toBeUndefined();
  });
});
