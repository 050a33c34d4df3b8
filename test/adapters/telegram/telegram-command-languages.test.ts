/**
 * Command answers and refusals in the chat's language on Telegram, through grammY and the fake Bot
 * API: a German and a Russian private chat (the language adopted from the user's app) get an option
 * refusal, /subscriptions, /help follow with its limits, /source list, a refusal from the chat's
 * feeds, /quiet and /briefing in their language; an English chat keeps the English wording.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordedMessage } from "../../fakes/telegram/fake-telegram.js";
import { type Harness, messagesIn as messagesInChat, startHarness } from "./telegram-harness.js";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Sends each command in turn, waiting for its answer; the answers' texts. */
async function ask(chatId: number, languageCode: string, commands: readonly string[]): Promise<string[]> {
  const before = harness.fake.messagesIn(chatId).length;
  const answers: string[] = [];
  for (const [index, text] of commands.entries()) {
    harness.fake.sendUserMessage({ chatId, userId: chatId, text, languageCode });
    const messages: RecordedMessage[] = await messagesInChat(harness.fake, chatId, before + index + 1);
    answers.push(messages[before + index]?.text ?? "");
  }
  return answers;
}

describe("command answers in the chat's language on Telegram", () => {
  it("answers a German chat in German: refusals, settings, /help with limits, feeds, quiet hours and the briefing", async () => {
    harness.fake.addChat({ id: 601, type: "private", firstName: "Greta" });
    const [latest, subscriptions, help, sources, remove, quiet, briefing, custom] = await ask(601, "de", [
      "/latest 99",
      "/subscriptions",
      "/help follow",
      "/source list",
      "/source remove Tagesblatt",
      "/quiet 22:00-07:00",
      "/briefing 07:00 Europe/Berlin weekdays",
      "/briefing 06:30 mon,wed,fri",
    ]);
    expect(latest).toBe('"99" liegt außerhalb des Bereichs für „Anzahl der Meldungen“. Gib eine ganze Zahl von 1 bis 20 an. Versuch /latest 5.');
    expect(subscriptions).toContain("Abos dieses Chats");
    expect(subscriptions).toContain("Morgenbriefing: 07:00 UTC, täglich");
    expect(subscriptions).toContain("Ruhezeiten: keine: Meldungen kommen sofort");
    expect(subscriptions).toContain("Sprache: Deutsch (de)");
    expect(subscriptions).toContain("Noch keine Rubriken. Sieh dir /sections an, dann /subscribe <Rubrik>.");
    expect(subscriptions).not.toMatch(/Morning briefing|Quiet hours|Language:/u);
    expect(help).toContain("/follow <Thema>");
    expect(help).toContain("Thema, dann optional Aliasse nach |, z. B. APT31 | Zirconium");
    expect(help).toContain("erforderlich · höchstens 400 Zeichen");
    expect(help).toContain(`Ein Chat folgt höchstens ${harness.services.chats.policy.maxFollowsPerChat} Themen.`);
    expect(help).toContain("Höchstens 10 Aliasse pro Thema.");
    expect(help).toContain("Beispiel: /follow APT31 | Judgement Panda | Zirconium");
    expect(help).toContain("In Gruppen und Kanälen dürfen ihn nur die verwenden, die den Chat verwalten.");
    expect(help).not.toMatch(/\b(required|Limits|Example)\b/u);
    expect(sources).toBe("Dieser Chat hat keine eigenen Feeds. Füge einen mit /source add https://example.org/feed.xml hinzu.");
    expect(remove).toBe('"Tagesblatt" ist keiner der Feeds dieses Chats. Dieser Chat hat keine Feeds hinzugefügt. Sieh sie dir mit /source list an.');
    expect(quiet).toBe("Ruhezeiten eingestellt: 22:00-07:00 (UTC). Meldungen in dieser Zeit kommen gesammelt, wenn sie endet.");
    expect(briefing).toBe("Morgenbriefing eingestellt: 07:00 Europe/Berlin, werktags. Abonniere zuerst eine Rubrik: /sections.");
    expect(custom).toContain("Morgenbriefing eingestellt: 06:30 Europe/Berlin, Montag, Mittwoch und Freitag.");
  });

  it("answers a Russian chat in Russian, with the plural forms its numbers ask for", async () => {
    harness.fake.addChat({ id: 602, type: "private", firstName: "Анна" });
    const [latest, subscribe, subscriptions, help, quiet, badQuiet, schedule] = await ask(602, "ru", [
      "/latest 0",
      "/subscribe politics",
      "/subscriptions",
      "/help subscribe",
      "/quiet 23:00-06:30",
      "/quiet 7pm",
      "/briefing 8am",
    ]);
    expect(latest).toBe('"0" вне допустимого диапазона для параметра «количество новостей». Укажите целое число от 1 до 20. Попробуйте /latest 5.');
    expect(subscribe).toContain("Подписка на раздел «Politics» оформлена. Попробуйте /digest politics прямо сейчас");
    expect(subscriptions).toContain("Подписки этого чата");
    expect(subscriptions).toContain("Утренний брифинг: 07:00 UTC, ежедневно");
    expect(subscriptions).toContain(`Разделы (1 из ${harness.services.chats.policy.maxSectionsPerChat})`);
    expect(subscriptions).toContain("Язык: русский (ru)");
    const max = harness.services.chats.policy.maxSectionsPerChat;
    const sections = { one: "раздела", few: "разделов", many: "разделов", other: "разделов" }[new Intl.PluralRules("ru").select(max) as "one" | "few" | "many" | "other"];
    expect(help).toContain(`В чате может быть не более ${max} ${sections}.`);
    expect(help).toContain("Параметры");
    expect(help).toContain("обязательный");
    expect(quiet).toBe("Тихие часы заданы: 23:00-06:30 (UTC). Оповещения за это время придут вместе, когда они закончатся.");
    expect(badQuiet).toBe('"7pm" — не тихие часы. Укажите начало и конец, напр. 22:00-07:00, в часовом поясе этого чата. Попробуйте /quiet 22:00-07:00 или /quiet off.');
    expect(schedule).toBe('"8am" — не время. Укажите время вроде 07:00, затем по желанию часовой пояс и дни. Попробуйте /briefing 07:00 Europe/Moscow weekdays или /briefing off.');
  });

  it("keeps the English wording for an English chat", async () => {
    harness.fake.addChat({ id: 603, type: "private", firstName: "Ann" });
    const [latest, quiet, sources] = await ask(603, "en", ["/latest 99", "/quiet 22:00-07:00", "/source list"]);
    expect(latest).toBe('"99" is out of range for the number of stories. Give a whole number from 1 to 20. Try /latest 5.');
    expect(quiet).toBe("Quiet hours set: 22:00-07:00 (UTC). Alerts during them arrive together when they end.");
    expect(sources).toBe("This chat has no feeds of its own. Add one with /source add https://example.org/feed.xml.");
  });
});
