/**
 * Documents in a chat's language on Telegram, through grammY and the fake Bot API: a German and a
 * Russian chat get their digests (headers, dates, ages, footers, empty digests, "More" pages and
 * the refusal at the end), buttons, follow alerts with the reason, and feed-health notices in their
 * own language; an English chat beside them stays English.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FeedHealthNotices } from "../../../src/core/alerts/feed-health-notices.js";
import { drainOutbox } from "../../../src/core/delivery/drain-outbox.js";
import { ingestFeed, type IngestDependencies } from "../../../src/core/feeds/ingest-feed.js";
import type { FeedFetchResult } from "../../../src/core/feeds/feed-ports.js";
import { FeedFetchError } from "../../../src/core/shared/errors.js";
import type { RecordedMessage } from "../../fakes/telegram/fake-telegram.js";
import { ManualClock } from "../../fakes/memory-ports.js";
import { type Harness, messagesIn as messagesInChat, startHarness } from "./telegram-harness.js";

const HOUR = 3_600_000;
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ environment: { DIGEST_SIZE: "3" } });
});
afterAll(async () => {
  await harness?.close();
});

const messagesIn = (chatId: number, count: number): Promise<RecordedMessage[]> => messagesInChat(harness.fake, chatId, count);
const labelsOf = (message: RecordedMessage | undefined) => message?.replyMarkup?.inline_keyboard.flat().map((button) => button.text) ?? [];
const buttonData = (message: RecordedMessage | undefined, label: string) => {
  const button = message?.replyMarkup?.inline_keyboard.flat().find((candidate) => candidate.text === label);
  return button && "callback_data" in button ? (button.callback_data ?? "") : "";
};
const drain = (clock = harness.clock) =>
  drainOutbox({
    outbox: harness.stores.outbox, sender: harness.adapter.sender, clock, logger: harness.logger, owner: "telegram-test",
    leaseMs: 60_000, maxAttempts: 3, concurrency: 4, pauseChat: (chat, reason) => harness.services.chats.pause(chat, reason),
  });

describe("documents in a chat's language on Telegram", () => {
  it("writes digests, their pages, empty digests and buttons in German and Russian", async () => {
    const { fake } = harness;
    fake.addChat({ id: 701, type: "private", firstName: "Jonas" });
    fake.addChat({ id: 702, type: "private", firstName: "Olga" });
    fake.sendUserMessage({ chatId: 701, userId: 701, text: "/subscribe politics", languageCode: "de" });
    fake.sendUserMessage({ chatId: 702, userId: 702, text: "/subscribe politics", languageCode: "ru" });
    await messagesIn(701, 1);
    await messagesIn(702, 1);

    // Nothing stored in World yet: the empty digest says so in the chat's language.
    fake.sendUserMessage({ chatId: 701, userId: 701, text: "/digest world", languageCode: "de" });
    fake.sendUserMessage({ chatId: 702, userId: 702, text: "/digest world", languageCode: "ru" });
    expect((await messagesIn(701, 2))[1]?.text).toBe("Digest World\n0 Meldungen\n\nNoch keine Meldungen in World. Neue kommen, sobald die Feeds abgerufen werden.");
    expect((await messagesIn(702, 2))[1]?.text).toContain("В разделе «World» пока нет новостей. Новые появятся, когда ленты будут опрошены.");

    const words = ["Haushalt", "Wahlrecht", "Rentenreform", "Mietpreisbremse", "Bürgergeld"];
    for (const word of words) await harness.saveArticle({ title: `${word} im Bundestag`, publishedAt: Date.now() - 3 * HOUR, firstSeenAt: Date.now() - 3 * HOUR, source: word === "Haushalt" ? "Tagesblatt" : "The Daily Ledger" });
    fake.sendUserMessage({ chatId: 701, userId: 701, text: "/digest politics", languageCode: "de" });
    fake.sendUserMessage({ chatId: 702, userId: 702, text: "/digest politics", languageCode: "ru" });
    const german = (await messagesIn(701, 3))[2];
    const russian = (await messagesIn(702, 3))[2];

    expect(german?.text).toMatch(/^Digest Politics\n3 von 5 Meldungen · veröffentlicht \d\d:\d\d\n/u);
    expect(german?.text).toContain("vor 3 Std.");
    expect(german?.text).toContain("2 weitere Meldungen: /more politics");
    expect(labelsOf(german)).toEqual(["Zusammenfassung 1", "Zusammenfassung 2", "Zusammenfassung 3", "Mehr aus Politics", "Politics abbestellen"]);

    expect(russian?.text).toMatch(/^Дайджест: Politics\n3 из 5 новостей · опубликовано \d\d:\d\d\n/u);
    expect(russian?.text).toContain("3 ч назад");
    expect(russian?.text).toContain("ещё 2 новости: /more politics");
    expect(labelsOf(russian)).toEqual(["Пересказ 1", "Пересказ 2", "Пересказ 3", "Ещё из раздела «Politics»", "Отписаться от «Politics»"]);

    // "More" pages on in German; at the end, /more is refused in German.
    fake.pressButton({ chatId: 701, userId: 701, messageId: german!.messageId, data: buttonData(german, "Mehr aus Politics") });
    const next = (await messagesIn(701, 4))[3];
    expect(next?.text).toMatch(/^Digest Politics, Fortsetzung\nMeldungen 4–5 von 5 · /u);
    fake.sendUserMessage({ chatId: 701, userId: 701, text: "/more politics", languageCode: "de" });
    expect((await messagesIn(701, 5))[4]?.text).toBe("Du hast alle Meldungen des letzten Digests Politics gesehen. Was seitdem eingetroffen ist, zeigt /digest politics.");

    fake.pressButton({ chatId: 702, userId: 702, messageId: russian!.messageId, data: buttonData(russian, "Ещё из раздела «Politics»") });
    expect((await messagesIn(702, 4))[3]?.text).toMatch(/^Дайджест: Politics, продолжение\nновости 4–5 из 5 · опубликовано /u);
  });

  it("alerts a German and a Russian chat with the reason, the age and the buttons in their language", async () => {
    const { fake } = harness;
    fake.addChat({ id: 711, type: "private", firstName: "Greta" });
    fake.addChat({ id: 712, type: "private", firstName: "Ivan" });
    fake.addChat({ id: 713, type: "private", firstName: "Ann" });
    fake.sendUserMessage({ chatId: 711, userId: 711, text: "/follow Haushalt", languageCode: "de" });
    fake.sendUserMessage({ chatId: 712, userId: 712, text: "/follow Бюджет", languageCode: "ru" });
    fake.sendUserMessage({ chatId: 713, userId: 713, text: "/follow Haushalt", languageCode: "en" });
    await messagesIn(711, 1);
    await messagesIn(712, 1);
    await messagesIn(713, 1);

    const two = Date.now() - 2 * HOUR;
    const haushalt = await harness.saveArticle({ title: "Haushalt für 2027 beschlossen", tags: ["Parlament"], publishedAt: two, sectionId: "world" });
    const budget = await harness.saveArticle({ title: "Бюджет на 2027 год принят", tags: ["Парламент"], publishedAt: two, sectionId: "world" });
    expect((await harness.services.alerts.processArticles([haushalt, budget])).queued).toBe(3);
    expect(await drain()).toMatchObject({ sent: 3 });

    const german = (await messagesIn(711, 2))[1];
    expect(german?.text).toMatch(/^Themenmeldung\n\n1\. Haushalt für 2027 beschlossen\nWarum: erwähnt Haushalt im Titel\n/u);
    expect(german?.text).toContain("vor 2 Std.");
    expect(labelsOf(german)).toEqual(["Zusammenfassung 1", "Parlament folgen"]);

    const russian = (await messagesIn(712, 2))[1];
    expect(russian?.text).toMatch(/^Оповещение по теме\n\n1\. Бюджет на 2027 год принят\nПочему: упоминает Бюджет в заголовке\n/u);
    expect(russian?.text).toContain("2 ч назад");
    expect(labelsOf(russian)).toEqual(["Пересказ 1", "Следить: Парламент"]);

    const english = (await messagesIn(713, 2))[1];
    expect(english?.text).toMatch(/^Follow alert\n\n1\. Haushalt für 2027 beschlossen\nWhy: mentions Haushalt in the title\n/u);
    expect(english?.text).toContain("2 h ago");
    expect(labelsOf(english)).toEqual(["Summary 1", "Follow Parlament"]);
  });

  it("tells a German and a Russian chat that a feed fails and works again, in their language", async () => {
    const { fake } = harness;
    const clock = new ManualClock(Date.now() - 9 * HOUR);
    fake.addChat({ id: 721, type: "private" });
    fake.addChat({ id: 722, type: "private" });
    fake.sendUserMessage({ chatId: 721, userId: 721, text: "/subscribe technology", languageCode: "de" });
    fake.sendUserMessage({ chatId: 722, userId: 722, text: "/subscribe technology", languageCode: "ru" });
    await messagesIn(721, 1);
    await messagesIn(722, 1);

    let next: () => FeedFetchResult = () => {
      throw new FeedFetchError("https://feeds.example/technology.xml: HTTP 502", true);
    };
    const ingest: IngestDependencies = {
      fetcher: { fetch: async () => next() },
      parser: { parse: () => ({ title: "Circuit Weekly", format: "rss", items: [] }) },
      articles: harness.stores.articles,
      feedStates: harness.stores.feedStates,
      clock,
      logger: harness.logger,
      policy: { failuresBeforeUnhealthy: 5, maxBackoffSeconds: 6 * 3600, maxItemsPerFetch: 100, random: () => 0.5 },
      health: new FeedHealthNotices({
        subscriptions: harness.stores.subscriptions,
        outbox: harness.stores.outbox,
        clock,
        logger: harness.logger,
        failingNoticeAfterMs: 6 * HOUR,
        sectionTitle: (id) => harness.services.catalog.get(id)?.title ?? id,
        instanceId: "telegram-test",
        translator: harness.services.commandServices.translator,
      }),
    };
    const feed = harness.services.catalog.get("technology")!.feeds[0]!;
    await ingestFeed(feed, ingest);
    clock.advance(7 * HOUR);
    await ingestFeed(feed, ingest);
    expect(await drain(clock)).toMatchObject({ sent: 2 });

    const german = (await messagesIn(721, 2))[1];
    expect(german?.text).toBe(
      [
        "Feed gestört: Circuit Weekly",
        "",
        "1. Der Feed Circuit Weekly (Technology) ist vor 7 Std. ausgefallen und funktioniert noch immer nicht",
        "Grund: der Server hat ein Problem (HTTP 502). Seine Meldungen fehlen in den Digests dieser Rubrik, bis er wieder funktioniert; du erfährst es, sobald das der Fall ist. Der Betreiber wurde über die Logs informiert.",
        "",
        "Diese Hinweise schaltest du mit /status off ab.",
      ].join("\n"),
    );
    const russian = (await messagesIn(722, 2))[1];
    expect(russian?.text).toMatch(/^Лента не работает: Circuit Weekly\n\n1\. Лента Circuit Weekly \(Technology\) перестала работать 7 ч назад и до сих пор не работает\nПричина: /u);
    expect(russian?.text).toContain("Отключить эти уведомления: /status off.");

    next = () => ({ status: "not-modified" });
    clock.advance(2 * HOUR);
    await ingestFeed(feed, ingest);
    expect(await drain(clock)).toMatchObject({ sent: 2 });
    expect((await messagesIn(721, 3))[2]?.text).toContain("Der Feed Circuit Weekly (Technology) funktioniert wieder\nEr war 9 Std. lang gestört; seine neuen Meldungen sind wieder in den Digests dieser Rubrik.");
    expect((await messagesIn(722, 3))[2]?.text).toMatch(/^Лента снова работает: Circuit Weekly\n\n1\. Лента Circuit Weekly \(Technology\) снова работает\nОна не работала 9 ч;/u);
  });
});
