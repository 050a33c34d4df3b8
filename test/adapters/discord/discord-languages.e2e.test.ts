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
    expect(member.original?.content).toContain("Solo los miembros con el permiso Gestionar canales pueden usar /language aquí.");
    const unknown = harness.fake.runSlashCommand("language", { code: "xx" }, { channelId: channel, memberPermissions: ADMIN_PERMISSIONS, guildLocale: "es-ES" });
    await harness.fake.waitFor(() => unknown.original);
    expect(unknown.original?.content).toContain("«xx» no es un idioma que newsdesk hable.");
    expect((await harness.services.chats.get(channelChat(channel))).languageFrom).toBeUndefined();
  });

  it("writes a French server's digest header in French and a Russian one's with Russian plurals", async () => {
    for (let index = 0; index < 3; index += 1) await harness.saveArticle({ title: `Vote number ${index + 1} on the harbour bill ${"abcdefghij"[index]!.repeat(8)}` });
    const french = harness.newChannel();
    const russian = harness.newChannel();
    for (const [channel, guildLocale] of [[french, "fr"], [russian, "ru"]] as const) {
      const setUp = harness.fake.runSlashCommand("subscribe", { section: "politics" }, { channelId: channel, memberPermissions: ADMIN_PERMISSIONS, guildLocale });
      await harness.fake.waitFor(() => setUp.original);
    }
    const frenchDigest = harness.fake.runSlashCommand("digest", { section: "politics" }, { channelId: french, memberPermissions: MEMBER_PERMISSIONS, guildLocale: "fr" });
    const russianDigest = harness.fake.runSlashCommand("digest", { section: "politics" }, { channelId: russian, memberPermissions: MEMBER_PERMISSIONS, guildLocale: "ru" });
    await harness.fake.waitFor(() => frenchDigest.original?.embeds.length && russianDigest.original?.embeds.length);
    const frenchText = embedText([frenchDigest.original!]);
    const russianText = embedText([russianDigest.original!]);
    expect(frenchText).toContain("Condensé Politics");
    expect(russianText).toContain("Дайджест: Politics");
    const count = (text: string) => /(\d+) (articles?|новост[а-яё]+)/u.exec(text)?.[0];
    const stories = Number(/(\d+) articles?/u.exec(frenchText)?.[1]);
    expect(stories).toBeGreaterThanOrEqual(3);
    expect(count(frenchText)).toBe(`${stories} articles`);
    expect(count(russianText)).toBe(`${stories} ${new Intl.PluralRules("ru").select(stories) === "few" ? "новости" : "новостей"}`);
  });

  it("deploys command descriptions localised for every Discord locale a catalogue serves; names stay English", () => {
    const commands = harness.fake.commands("global") ?? [];
    const digest = commands.find((command) => command.name === "digest");
    expect(digest?.description).toBe("Top stories of a section since your last digest");
    expect(digest?.description_localizations).toEqual({
      de: "Die wichtigsten Meldungen einer Rubrik seit deinem letzten Digest",
      "es-ES": "Las noticias principales de una sección desde tu último resumen",
      "es-419": "Las noticias principales de una sección desde tu último resumen",
      fr: "Les principaux articles d’une rubrique depuis ton dernier condensé",
      ru: "Главные новости раздела с вашего прошлого дайджеста",
    });
    expect(commands.find((command) => command.name === "language")?.description_localizations).toMatchObject({ fr: "La langue des réponses de ce salon : /language fr ; sans code, l’affiche" });
    expect(commands.every((command) => typeof command.name === "string" && /^[a-z]+$/u.test(command.name) && command.name_localizations === undefined)).toBe(true);
  });
});
