/**
 * Documents in a chat's language on Discord, through discord.js and the fake Discord: a German and a
 * Russian server's channels get their digests (embeds, ages, footers, empty digests), buttons
 * ("Zusammenfassung: …", "Mehr aus …", "Einem Thema folgen…"), follow alerts with the reason, the
 * section menu, the expired-button answer and feed-health notices in their own language.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FeedHealthNotices } from "../../../src/core/alerts/feed-health-notices.js";
import { ingestFeed, type IngestDependencies } from "../../../src/core/feeds/ingest-feed.js";
import { FeedFetchError } from "../../../src/core/shared/errors.js";
import { drainOutbox } from "../../../src/core/delivery/drain-outbox.js";
import { ADMIN_PERMISSIONS, MEMBER_PERMISSIONS, type RecordedMessage } from "../../fakes/discord/fake-discord.js";
import { ManualClock } from "../../fakes/memory-ports.js";
import { type DiscordHarness, channelChat, embedText, startDiscordHarness } from "./discord-harness.js";

const HOUR = 3_600_000;
let harness: DiscordHarness;
let german: string;
let russian: string;
beforeAll(async () => {
  harness = await startDiscordHarness({ environment: { DIGEST_SIZE: "3" } });
  german = harness.newChannel();
  russian = harness.newChannel();
  for (const [channel, guildLocale] of [[german, "de"], [russian, "ru"]] as const) {
    const setUp = harness.fake.runSlashCommand("subscribe", { section: "politics" }, { channelId: channel, memberPermissions: ADMIN_PERMISSIONS, guildLocale });
    await harness.fake.waitFor(() => setUp.original);
  }
});
afterAll(async () => {
  await harness?.close();
});

const labels = (message: RecordedMessage | undefined) => (message?.components ?? []).flatMap((row) => (row.components as { label?: string; placeholder?: string }[]).map((component) => component.label ?? component.placeholder));
const localeOf = (channel: string) => (channel === german ? "de" : "ru");
const digest = async (channel: string, section: string) => {
  const run = harness.fake.runSlashCommand("digest", { section }, { channelId: channel, memberPermissions: MEMBER_PERMISSIONS, guildLocale: localeOf(channel) });
  return harness.fake.waitFor(() => (run.original?.embeds.length ? run.original : undefined));
};

describe("documents in a chat's language on Discord", () => {
  it("writes the empty digest, the digest page, its ages, footer and buttons in German and Russian", async () => {
    expect(embedText([await digest(german, "world")])).toContain("Noch keine Meldungen in World. Neue kommen, sobald die Feeds abgerufen werden.");
    expect(embedText([await digest(russian, "world")])).toContain("В разделе «World» пока нет новостей.");

    for (const word of ["Haushalt", "Wahlrecht", "Rentenreform", "Mietpreisbremse", "Bürgergeld"]) await harness.saveArticle({ title: `${word} im Bundestag`, publishedAt: Date.now() - 3 * HOUR });
    const de = await digest(german, "politics");
    const deText = embedText([de]);
    expect(deText).toContain("Digest Politics");
    expect(deText).toMatch(/3 von 5 Meldungen · veröffentlicht \d\d:\d\d/u);
    expect(deText).toContain("vor 3 Std.");
    expect(deText).toContain("2 weitere Meldungen: /more politics");
    expect(labels(de)).toEqual([expect.stringMatching(/^Zusammenfassung: .+ im Bundestag$/u), expect.stringMatching(/^Zusammenfassung: /u), expect.stringMatching(/^Zusammenfassung: /u), "Mehr aus Politics"]);

    const ru = await digest(russian, "politics");
    const ruText = embedText([ru]);
    expect(ruText).toContain("Дайджест: Politics");
    expect(ruText).toMatch(/3 из 5 новостей · опубликовано \d\d:\d\d/u);
    expect(ruText).toContain("3 ч назад");
    expect(ruText).toContain("ещё 2 новости: /more politics");
    expect(labels(ru).at(0)).toMatch(/^Пересказ: .+ im Bundestag$/u);
    expect(labels(ru).at(-1)).toBe("Ещё из раздела «Politics»");

    // "More" pages on in the channel's language.
    const more = harness.fake.clickButton(de, "nd:more:politics", { memberPermissions: MEMBER_PERMISSIONS, guildLocale: "de" });
    const next = await harness.fake.waitFor(() => (more.original?.embeds.length ? more.original : undefined));
    expect(embedText([next])).toContain("Digest Politics, Fortsetzung");
    expect(embedText([next])).toContain("Meldungen 4–5 von 5");
  });

  it("delivers a follow alert with its reason and the delivery buttons in German and Russian; the menu and an expired button too", async () => {
    await harness.services.chats.follow(channelChat(german), "Haushaltsloch", []);
    await harness.services.chats.follow(channelChat(russian), "Бюджет", []);
    const two = Date.now() - 2 * HOUR;
    const de = await harness.saveArticle({ title: "Haushaltsloch größer als gedacht", publishedAt: two, sectionId: "world" });
    const ru = await harness.saveArticle({ title: "Бюджет на 2027 год принят", publishedAt: two, sectionId: "world" });
    expect((await harness.services.alerts.processArticles([de, ru])).queued).toBe(2);
    expect(await harness.drain()).toMatchObject({ sent: 2 });

    const deAlert = harness.fake.channelMessages(german).at(-1)!;
    expect(embedText([deAlert])).toContain("Themenmeldung");
    expect(embedText([deAlert])).toContain("**Warum:** erwähnt Haushaltsloch im Titel");
    expect(embedText([deAlert])).toContain("vor 2 Std.");
    expect(labels(deAlert)).toEqual(["Zusammenfassung: Haushaltsloch größer als gedacht", "Einem Thema folgen…", "Abbestellen…"]);

    const ruAlert = harness.fake.channelMessages(russian).at(-1)!;
    expect(embedText([ruAlert])).toContain("Оповещение по теме");
    expect(embedText([ruAlert])).toContain("**Почему:** упоминает Бюджет в заголовке");
    expect(embedText([ruAlert])).toContain("2 ч назад");
    expect(labels(ruAlert)).toEqual(["Пересказ: Бюджет на 2027 год принят", "Следить за темой…", "Отписаться…"]);

    const menu = harness.fake.clickButton(deAlert, "nd:unsub", { memberPermissions: ADMIN_PERMISSIONS, guildLocale: "de" });
    const offered = await harness.fake.waitFor(() => menu.original);
    expect(offered.content).toBe("Welche Rubrik soll hier nicht mehr zugestellt werden?");
    expect(labels(offered)).toEqual(["Abzubestellende Rubrik"]);

    const modal = harness.fake.clickButton(ruAlert, "nd:follow", { memberPermissions: ADMIN_PERMISSIONS, guildLocale: "ru", locale: "ru" });
    await harness.fake.waitFor(() => modal.modal);
    expect(modal.modal?.title).toBe("Следить за темой");

    const forged = { ...ruAlert, components: [{ type: 1, components: [{ type: 2, style: 2, custom_id: "nd:bogus", label: "x" }] }] };
    const expired = harness.fake.clickButton(forged, "nd:bogus", { guildLocale: "ru" });
    await harness.fake.waitFor(() => expired.original);
    expect(expired.original?.content).toBe("Эта кнопка больше не работает. Что умеет newsdesk, покажет /help.");
  });

  it("posts a feed-health notice in each channel's language", async () => {
    const clock = new ManualClock(Date.now() - 8 * HOUR);
    for (const channel of [german, russian]) await harness.services.chats.subscribe(channelChat(channel), "technology");
    const ingest: IngestDependencies = {
      fetcher: {
        fetch: async () => {
          throw new FeedFetchError("https://bytes.example/feed: HTTP 503", true);
        },
      },
      parser: { parse: () => ({ title: "Byte Street", format: "rss", items: [] }) },
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
        instanceId: "discord-test",
        translator: harness.services.commandServices.translator,
      }),
    };
    const feed = harness.services.catalog.get("technology")!.feeds[0]!;
    await ingestFeed(feed, ingest);
    clock.advance(7 * HOUR);
    await ingestFeed(feed, ingest);
    const drained = await drainOutbox({
      outbox: harness.stores.outbox, sender: harness.adapter.sender, clock, logger: harness.logger, owner: "discord-test",
      leaseMs: 60_000, maxAttempts: 3, concurrency: 4, pauseChat: (chat, reason) => harness.services.chats.pause(chat, reason),
    });
    expect(drained).toMatchObject({ sent: 2 });
    const deNotice = embedText([harness.fake.channelMessages(german).at(-1)!]);
    expect(deNotice).toContain("Feed gestört: Byte Street");
    expect(deNotice).toContain("Der Feed Byte Street (Technology) ist vor 7 Std. ausgefallen und funktioniert noch immer nicht");
    expect(deNotice).toContain("Diese Hinweise schaltest du mit /status off ab.");
    const ruNotice = embedText([harness.fake.channelMessages(russian).at(-1)!]);
    expect(ruNotice).toContain("Лента не работает: Byte Street");
    expect(ruNotice).toContain("Лента Byte Street (Technology) перестала работать 7 ч назад и до сих пор не работает");
    expect(ruNotice).toContain("Отключить эти уведомления: /status off.");
  });
});
