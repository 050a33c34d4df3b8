/**
 * A chat's language on Telegram, through grammY and the fake Bot API: adopted from the
 * `language_code` of whoever sets the chat up, /help in that language, /language to change it
 * (admins only, validated against the shipped catalogues), shown in /subscriptions.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordedMessage } from "../../fakes/telegram/fake-telegram.js";
import { type Harness, startHarness, waitFor, messagesIn as messagesInChat } from "./telegram-harness.js";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const messagesIn = (chatId: number, count: number): Promise<RecordedMessage[]> => messagesInChat(harness.fake, chatId, count);

const settingsOf = (chatId: number) => harness.services.chats.get({ platform: "telegram", chatId: String(chatId) });

describe("a chat's language on Telegram", () => {
  it("answers a German user's /help in German, and an English user's in English", async () => {
    const { fake } = harness;
    fake.addChat({ id: 501, type: "private", firstName: "Greta" });
    fake.addChat({ id: 502, type: "private", firstName: "Ann" });
    fake.sendUserMessage({ chatId: 501, userId: 501, text: "/help", languageCode: "de" });
    fake.sendUserMessage({ chatId: 502, userId: 502, text: "/help", languageCode: "en" });
    const [german] = await messagesIn(501, 1);
    const [english] = await messagesIn(502, 1);
    expect(german?.text).toContain("Nachrichten-Briefings: Rubrik-Digests, Zusammenfassungen und Themenmeldungen.");
    expect(german?.text).toContain("Die wichtigsten Meldungen einer Rubrik seit deinem letzten Digest");
    expect(german?.text).toContain("Optionen und Grenzen eines Befehls: /help follow");
    expect(german?.text).not.toContain("Top stories of a section");
    expect(english?.text).toContain("Top stories of a section since your last digest");
    expect(english?.text).toContain("Options and limits of one command: /help follow");
  });

  it("adopts the language of the admin who sets a group up, keeps it for others, and /language changes it", async () => {
    const { fake } = harness;
    fake.addChat({ id: -510, type: "supergroup", title: "Редакция" });
    fake.setMember(-510, 5101, "creator");
    fake.setMember(-510, 5102, "member");
    fake.sendUserMessage({ chatId: -510, userId: 5101, text: "/subscribe politics", languageCode: "ru" });
    await messagesIn(-510, 1);
    expect(await settingsOf(-510)).toMatchObject({ language: "ru", languageFrom: "setup" });

    // A member whose app is in English reads the chat's language.
    fake.sendUserMessage({ chatId: -510, userId: 5102, text: "/help", languageCode: "en" });
    const help = (await messagesIn(-510, 2))[1];
    expect(help?.text).toContain("Главные новости раздела с вашего прошлого дайджеста");

    // Members may not change it; the creator may.
    fake.sendUserMessage({ chatId: -510, userId: 5102, text: "/language en", languageCode: "en" });
    fake.sendUserMessage({ chatId: -510, userId: 5101, text: "/language fr", languageCode: "ru" });
    await waitFor(() => harness.fake.messagesIn(-510).find((message) => message.text.includes("Désormais")), 5_000, "French confirmation");
    expect(fake.messagesIn(-510).map((message) => message.text)).toContain("Désormais newsdesk répond dans ce salon en français (fr).");
    expect(await settingsOf(-510)).toMatchObject({ language: "fr", languageFrom: "command" });

    // A later settings command by someone else does not change the chosen language.
    fake.sendUserMessage({ chatId: -510, userId: 5101, text: "/subscribe world", languageCode: "de" });
    fake.sendUserMessage({ chatId: -510, userId: 5101, text: "/subscriptions", languageCode: "de" });
    // /subscriptions is answered in the chat's language (French) whatever the sender's app says.
    const subscriptions = await waitFor(() => harness.fake.messagesIn(-510).find((message) => message.text.includes("Langue :")), 5_000, "/subscriptions");
    expect(subscriptions.text).toContain("Langue : français (fr)");
    expect((await settingsOf(-510)).language).toBe("fr");
  });

  it("refuses a language that is not shipped, listing the shipped ones in the chat's language", async () => {
    const { fake } = harness;
    fake.addChat({ id: 520, type: "private", firstName: "Lucía" });
    fake.sendUserMessage({ chatId: 520, userId: 520, text: "/language klingon", languageCode: "es" });
    fake.sendUserMessage({ chatId: 520, userId: 520, text: "/language pt-BR", languageCode: "es" });
    const [klingon, portuguese] = await messagesIn(520, 2);
    expect(klingon?.text).toBe("«klingon» no es un idioma que newsdesk hable. Idiomas: en (English), de (Deutsch), es (español), fr (français), ru (русский). Prueba /language en.");
    expect(portuguese?.text).toContain("«pt-BR» no es un idioma que newsdesk hable.");
    expect((await settingsOf(520)).languageFrom).toBeUndefined();

    fake.sendUserMessage({ chatId: 520, userId: 520, text: "/language DE-at", languageCode: "es" });
    fake.sendUserMessage({ chatId: 520, userId: 520, text: "/language", languageCode: "es" });
    const [, , set, current] = await messagesIn(520, 4);
    expect(set?.text).toBe("Ab jetzt antwortet newsdesk in diesem Chat auf Deutsch (de).");
    expect(current?.text).toContain("Die Sprache dieses Chats ist Deutsch (de).");
  });

  it("writes a German chat's digest and briefing headers in German, an English chat's in English", async () => {
    const { fake } = harness;
    fake.addChat({ id: 530, type: "private", firstName: "Jonas" });
    fake.addChat({ id: 531, type: "private", firstName: "Ann" });
    await harness.saveArticle({ title: "Haushalt beschlossen", summary: "Der Bundestag stimmt zu." });
    await harness.saveArticle({ title: "Wahltermin steht fest", summary: "Gewählt wird im Mai." });
    fake.sendUserMessage({ chatId: 530, userId: 530, text: "/subscribe politics", languageCode: "de-DE" });
    fake.sendUserMessage({ chatId: 531, userId: 531, text: "/subscribe politics", languageCode: "en" });
    await messagesIn(530, 1);
    await messagesIn(531, 1);
    fake.sendUserMessage({ chatId: 530, userId: 530, text: "/digest politics" });
    fake.sendUserMessage({ chatId: 531, userId: 531, text: "/digest politics" });
    const german = (await messagesIn(530, 2))[1];
    const english = (await messagesIn(531, 2))[1];
    expect(german?.text).toContain("Digest Politics");
    expect(german?.text).toMatch(/\b2 Meldungen · /u);
    expect(english?.text).toContain("Politics digest");
    expect(english?.text).toMatch(/\b2 stories · /u);

    fake.sendUserMessage({ chatId: 530, userId: 530, text: "/briefing" });
    const briefing = (await messagesIn(530, 3))[2];
    const weekday = new Intl.DateTimeFormat("de", { weekday: "long", timeZone: harness.services.chats.policy.defaultTimezone }).format(harness.clock.now());
    expect(briefing?.text).toContain(`Dein Briefing — ${weekday}`);
  });

  it("registers a command menu per shipped language with setMyCommands, English as the default", () => {
    const { fake } = harness;
    const describe = (languageCode: string, name: string) => fake.commands(undefined, languageCode)?.find((command) => command.command === name)?.description;
    expect(describe("", "digest")).toBe("Top stories of a section since your last digest");
    expect(describe("de", "digest")).toBe("Die wichtigsten Meldungen einer Rubrik seit deinem letzten Digest");
    expect(describe("ru", "language")).toBe("Язык ответов в этом чате: /language ru; без кода показывает его");
    expect(describe("es", "help")).toBe("Lo que hace newsdesk; /help <comando> para las opciones y límites de un comando");
    expect(describe("fr", "subscribe")).toBe("Abonner ce salon aux condensés et au briefing du matin d’une rubrique");
    // The same commands in the same order in every language; the operators' /admin in none.
    const names = (languageCode: string) => fake.commands(undefined, languageCode)?.map((command) => command.command);
    for (const languageCode of ["de", "es", "fr", "ru"]) expect(names(languageCode)).toEqual(names(""));
    expect(names("de")).not.toContain("admin");
    expect(fake.commands(undefined, "pt")).toBeUndefined();
  });
});
