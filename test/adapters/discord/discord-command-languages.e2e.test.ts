/**
 * Command answers and refusals in the chat's language on Discord, through discord.js and the fake
 * Discord: a German server's channel and a Spanish user's DM get a refusal, /subscriptions,
 * /help follow with its limits, /source list, a refusal from the chat's feeds, /quiet and /briefing
 * in their language; the deployed options carry their descriptions for every Discord locale.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_PERMISSIONS, type FakeOptionValue, MEMBER_PERMISSIONS } from "../../fakes/discord/fake-discord.js";
import { DM, type DiscordHarness, embedText, startDiscordHarness } from "./discord-harness.js";

let harness: DiscordHarness;
beforeAll(async () => {
  harness = await startDiscordHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Runs a slash command and returns what its answer shows (content and embeds, follow-ups included). */
async function run(name: string, options: Record<string, FakeOptionValue>, init: Parameters<DiscordHarness["fake"]["runSlashCommand"]>[2]): Promise<string> {
  const interaction = harness.fake.runSlashCommand(name, options, init);
  // A slow command defers first: its answer is the edit that has content or embeds, or (a refusal) a private follow-up.
  await harness.fake.waitFor(() => (interaction.original !== undefined && !interaction.original.deleted && (interaction.original.content || interaction.original.embeds.length)) || interaction.followUps.length);
  const answers = [interaction.original, ...interaction.followUps].filter((answer): answer is NonNullable<typeof answer> => answer !== undefined && !answer.deleted);
  return answers.flatMap((answer) => [answer.content, embedText([answer])]).filter(Boolean).join("\n");
}

describe("command answers in the chat's language on Discord", () => {
  it("answers a German server's channel in German", async () => {
    const channel = harness.newChannel();
    const admin = { channelId: channel, memberPermissions: ADMIN_PERMISSIONS, locale: "en-US", guildLocale: "de" };
    const member = { ...admin, memberPermissions: MEMBER_PERMISSIONS };
    expect(await run("subscribe", { section: "politics" }, admin)).toContain("Politics abonniert. Versuch jetzt /digest politics");

    const quiet = await run("quiet", { hours: "22-7" }, admin);
    expect(quiet).toBe('"22-7" sind keine Ruhezeiten. Gib Beginn und Ende an, etwa 22:00-07:00, in der Zeitzone dieses Chats. Versuch /quiet 22:00-07:00 oder /quiet off.');
    expect(await run("quiet", { hours: "22:00-07:00" }, admin)).toBe("Ruhezeiten eingestellt: 22:00-07:00 (UTC). Meldungen in dieser Zeit kommen gesammelt, wenn sie endet.");
    expect(await run("briefing", { schedule: "06:45 Europe/Berlin weekends" }, admin)).toBe("Morgenbriefing eingestellt: 06:45 Europe/Berlin, am Wochenende.");

    const subscriptions = await run("subscriptions", {}, member);
    expect(subscriptions).toContain("Abos dieses Chats");
    expect(subscriptions).toContain("Morgenbriefing: 06:45 Europe/Berlin, am Wochenende");
    expect(subscriptions).toContain("Ruhezeiten: 22:00-07:00 Europe/Berlin: Meldungen werden zurückgehalten und kommen danach gesammelt");
    expect(subscriptions).toContain(`Rubriken (1 von ${harness.services.chats.policy.maxSectionsPerChat})`);

    const help = await run("help", { command: "follow" }, member);
    expect(help).toContain("Optionen");
    expect(help).toContain("Grenzen");
    expect(help).toContain(`Ein Chat folgt höchstens ${harness.services.chats.policy.maxFollowsPerChat} Themen.`);
    expect(help).toContain("Wörter, die allein zu häufig sind (the, and, der, la, el, и…), werden abgelehnt.");

    expect(await run("source", { action: "list" }, member)).toBe("Dieser Chat hat keine eigenen Feeds. Füge einen mit /source add https://example.org/feed.xml hinzu.");
    expect(await run("source", { action: "remove", target: "Tagesblatt" }, admin)).toBe(
      '"Tagesblatt" ist keiner der Feeds dieses Chats. Dieser Chat hat keine Feeds hinzugefügt. Sieh sie dir mit /source list an.',
    );
    expect(await run("unsubscribe", { section: "kochen" }, admin)).toContain('"kochen" ist keine Rubrik.');
  });

  it("answers a Spanish user's DM in Spanish", async () => {
    const init = { channelId: DM, locale: "es-ES" };
    expect(await run("quiet", { hours: "08:00-08:00" }, init)).toBe('"08:00-08:00" empieza y termina a la misma hora. Las horas de silencio necesitan dos horas distintas. Prueba /quiet 22:00-07:00.');
    expect(await run("briefing", { schedule: "7 Europe/Madrid" }, init)).toBe(
      '"7" no es una hora. Indica una hora como 07:00 y, si quieres, una zona horaria y días. Prueba /briefing 07:00 Europe/Madrid weekdays, o /briefing off.',
    );
    const subscriptions = await run("subscriptions", {}, init);
    expect(subscriptions).toContain("Suscripciones de este chat");
    expect(subscriptions).toContain("Boletín de la mañana: 07:00 UTC, todos los días");
    expect(subscriptions).toContain("Idioma: español (es)");
    expect(await run("source", { action: "list" }, init)).toBe("Este chat no tiene feeds propios. Añade uno con /source add https://example.org/feed.xml.");
    const help = await run("help", { command: "latest" }, init);
    expect(help).toContain("opcional · un número entero del 1 al 20");
    expect(help).toContain("Ejemplo: /latest 5");
  });

  it("deploys option descriptions localised for every Discord locale a catalogue serves", () => {
    const latest = (harness.fake.commands("global") ?? []).find((command) => command.name === "latest");
    const options = (latest?.options ?? []) as { name: string; description: string; description_localizations?: Record<string, string> }[];
    const count = options.find((option) => option.name === "count");
    expect(count?.description).toBe("How many stories (1-20, default 10)");
    expect(count?.description_localizations).toEqual({
      de: "Wie viele Meldungen (1–20, Standard 10)",
      "es-ES": "Cuántas noticias (1-20, por defecto 10)",
      "es-419": "Cuántas noticias (1-20, por defecto 10)",
      fr: "Combien d’articles (1 à 20, 10 par défaut)",
      ru: "Сколько новостей (1–20, по умолчанию 10)",
    });
  });
});
