import { describe, expect, it } from "vitest";
import type { BriefingDocument } from "../../../src/core/digests/briefing-document.js";
import { DeliveryError, type ChatSender } from "../../../src/core/delivery/chat-sender.js";
import { FollowAlertService } from "../../../src/core/alerts/follow-alerts.js";
import { loadTranslator } from "../../../src/adapters/i18n/fluent-translator.js";
import { type AlertLedgerEntry } from "../../../src/core/alerts/alert-ledger.js";
import { chatKey, type ChatRef, type ChatSettings } from "../../../src/core/chats/chat.js";
import { type Article } from "../../../src/core/articles/article.js";
import { chatFeedSectionId } from "../../../src/core/chats/mine-section.js";
import { drainOutbox } from "../../../src/core/delivery/drain-outbox.js";
import { ManualClock, MemoryArticleStore, MemoryOutboxStore, MemorySubscriptionStore, RecordingLogger } from "../../fakes/memory-ports.js";

const group: ChatRef = { platform: "telegram", chatId: "-1001" };
const other: ChatRef = { platform: "discord", chatId: "555", threadId: "9" };

class RecordingSender implements ChatSender {
  readonly sent: { chat: ChatRef; document: BriefingDocument }[] = [];
  failFor = new Set<string>();
  async send(chat: ChatRef, document: BriefingDocument) {
    if (this.failFor.has(chat.chatId)) throw new Error("403 Forbidden: bot was blocked by the user");
    this.sent.push({ chat, document });
  }
}

function settings(chat: ChatRef, follows: { topic: string; aliases?: string[] }[], paused = false): ChatSettings {
  return {
    chat,
    sections: [],
    follows: follows.map((follow) => ({ id: follow.topic.toLowerCase(), topic: follow.topic, aliases: follow.aliases ?? [], createdAt: 0 })),
    briefing: { enabled: true, time: "07:00", timezone: "UTC", weekdays: [1, 2, 3, 4, 5, 6, 7] },
    language: "en",
    lastDigestAt: {},
    createdAt: 0,
    updatedAt: 0,
    ...(paused ? { paused: { reason: "blocked", at: 0 } } : {}),
  };
}

let counter = 0;
function article(title: string, overrides: Partial<Article> = {}): Article {
  counter += 1;
  return {
    id: `a${counter}`,
    sectionId: "technology",
    feedUrl: "https://feed.example/rss",
    source: "Byte Bulletin",
    title,
    url: `https://news.example/${counter}`,
    summary: "",
    publishedAt: Date.parse("2026-11-25T07:00:00Z") + counter,
    publishedAtFromFeed: true,
    firstSeenAt: Date.parse("2026-11-25T07:00:00Z"),
    tags: [],
    backfill: false,
    ...overrides,
  };
}

function setup(maxPerHour = 5, paused: ChatRef[] = []) {
  const clock = new ManualClock();
  const articles = new MemoryArticleStore();
  const sender = new RecordingSender();
  const ledgers = new Map<string, { entry: AlertLedgerEntry; dueAt: number | undefined }>();
  const subscriptions = new MemorySubscriptionStore();
  const outbox = new MemoryOutboxStore();
  const logger = new RecordingLogger();
  const service = new FollowAlertService({
    translator: loadTranslator(),
    articles,
    subscriptions,
    ledger: {
      get: async (key) => structuredClone(ledgers.get(key)?.entry),
      put: async (key, entry, dueAt) => void ledgers.set(key, { entry: structuredClone(entry), dueAt }),
      listDue: async (now, limit) =>
        [...ledgers]
          .filter(([, { dueAt }]) => dueAt !== undefined && dueAt <= now)
          .sort(([, left], [, right]) => (left.dueAt ?? 0) - (right.dueAt ?? 0))
          .slice(0, limit)
          .map(([key, { entry }]) => ({ key, entry: structuredClone(entry) })),
    },
    outbox,
    clock,
    logger,
    policy: { maxPerHour, storyWindowMs: 48 * 3_600_000, maxBatchItems: 20 },
    instanceId: "test",
  });
  // The service reads a matched chat's settings from the store: keep the store in step with the index.
  const updateIndex = service.updateChat.bind(service);
  service.updateChat = (chatSettings: ChatSettings) => {
    subscriptions.values.set(chatKey(chatSettings.chat), structuredClone(chatSettings));
    updateIndex(chatSettings);
  };
  const drain = () =>
    drainOutbox({
      outbox,
      sender,
      clock,
      logger,
      owner: "test",
      leaseMs: 60_000,
      maxAttempts: 3,
      concurrency: 4,
      pauseChat: async (chat) => {
        paused.push(chat);
      },
    });
  const ingest = async (...list: Article[]) => {
    for (const item of list) await articles.save(item, {});
    const result = await service.processArticles(list);
    return { ...result, ...(await drain()) };
  };
  const flush = async () => {
    const batches = await service.flushBatches();
    await drain();
    return batches;
  };
  return { clock, sender, service, ingest, flush, outbox };
}

const reasonOf = (document: BriefingDocument) => document.sections[0]?.items[0]?.reason;

describe("follow alerts", () => {
  it("alerts from a feed a chat added only that chat, not other chats following the same topic", async () => {
    const { service, sender, ingest } = setup();
    const own = "https://club.example/members.xml";
    service.updateChat({ ...settings(group, [{ topic: "Budget" }]), sources: [{ url: own, name: "Club", addedAt: 0 }] });
    service.updateChat(settings(other, [{ topic: "Budget" }]));
    await ingest(article("Club budget approved at the annual meeting", { feedUrl: own, sectionId: chatFeedSectionId(own), source: "Club" }));
    expect(sender.sent.map((sent) => sent.chat.chatId)).toEqual([group.chatId]);
    // An article of the operator's sections still reaches every chat that follows its topic.
    await ingest(article("Parliament passes the budget"));
    expect(sender.sent.map((sent) => sent.chat.chatId).sort()).toEqual([group.chatId, group.chatId, other.chatId].sort());
  });

  it("tells the chat why, naming the alias that matched", async () => {
    const { service, sender, ingest } = setup();
    service.updateChat(settings(group, [{ topic: "APT31", aliases: ["Judgement Panda", "Zirconium"] }]));
    await ingest(article("Ministry breach blamed on hackers", { summary: "Investigators named the Zirconium group." }));
    expect(sender.sent).toHaveLength(1);
    expect(reasonOf(sender.sent[0]!.document)).toBe("mentions Zirconium, also known as APT31, in the summary");
  });

  it("alerts once per story even when several outlets carry it", async () => {
    const { service, sender, ingest } = setup();
    service.updateChat(settings(group, [{ topic: "APT31" }]));
    await ingest(article("Security firm links ministry data breach to APT31", { summary: "A security firm said the hacking group APT31 was behind last month's breach at the transport ministry." }));
    await ingest(
      article("Ministry data breach linked to APT31 by security firm - Harbor Herald", {
        source: "Harbor Herald",
        summary: "Hackers of the APT31 group broke into the transport ministry last month, a security firm said on Tuesday.",
      }),
    );
    await ingest(article("APT31 targets shipping companies in new campaign"));
    expect(sender.sent.map((sent) => sent.document.sections[0]?.items[0]?.title)).toEqual([
      "Security firm links ministry data breach to APT31",
      "APT31 targets shipping companies in new campaign",
    ]);
  });

  it("matches whole words only and ignores backfill of newly added feeds", async () => {
    const { service, sender, ingest } = setup();
    service.updateChat(settings(group, [{ topic: "China" }]));
    await ingest(article("Chinatown street festival returns"), article("China's exports rise", { backfill: true }));
    expect(sender.sent).toHaveLength(0);
    await ingest(article("China's exports rise again in October"));
    expect(sender.sent).toHaveLength(1);
  });

  it("caps bursts: past the hourly limit the rest arrive as one batched message after the hour", async () => {
    const { service, sender, ingest, clock, flush } = setup(3);
    service.updateChat(settings(group, [{ topic: "Mars" }]));
    const topics = ["rover", "orbiter", "dust storm", "lander", "sample return", "helicopter", "crater", "moon Phobos"];
    await ingest(...topics.map((topic, index) => article(`Mars ${topic} update number ${index} ${"xyzw".repeat(index)}`)));
    expect(sender.sent).toHaveLength(3);
    expect(await flush()).toBe(0);
    clock.advance(3_600_000);
    expect(await flush()).toBe(1);
    const batch = sender.sent[3]!.document;
    expect(batch.title).toBe("More stories about topics you follow");
    expect(batch.sections[0]!.items).toHaveLength(5);
    expect(await flush()).toBe(0);
  });

  it("tells each following chat, skips paused chats, and stops after unfollow", async () => {
    const { service, sender, ingest } = setup();
    service.updateChat(settings(group, [{ topic: "Škoda" }]));
    service.updateChat(settings(other, [{ topic: "Skoda" }]));
    await ingest(article("Skoda recalls electric SUVs"));
    expect(sender.sent.map((sent) => sent.chat.chatId).sort()).toEqual(["-1001", "555"]);
    service.updateChat(settings(group, [{ topic: "Škoda" }], true));
    service.updateChat(settings(other, []));
    await ingest(article("Škoda opens a new plant in the north"));
    expect(sender.sent).toHaveLength(2);
  });

  it("keeps going when one chat cannot be reached", async () => {
    const { service, sender, ingest } = setup();
    service.updateChat(settings(group, [{ topic: "Mars" }]));
    service.updateChat(settings(other, [{ topic: "Mars" }]));
    sender.failFor.add("-1001");
    const result = await ingest(article("Mars rover finds ancient lake bed"));
    expect(result).toMatchObject({ queued: 2, sent: 1, retried: 1 });
    expect(sender.sent[0]!.chat.chatId).toBe("555");
  });

  it("pauses a chat the platform says is gone, and stops trying it", async () => {
    const paused: ChatRef[] = [];
    const { service, sender, ingest } = setup(5, paused);
    service.updateChat(settings(group, [{ topic: "Mars" }]));
    let attempts = 0;
    sender.send = async () => {
      attempts += 1;
      throw new DeliveryError("Forbidden: bot was kicked from the group chat", "permanent");
    };
    await ingest(article("Mars rover finds ancient lake bed"));
    expect(paused).toEqual([group]);
    expect(attempts).toBe(1);
  });

  it("holds alerts during the chat's quiet hours and sends them together when they end", async () => {
    const { service, sender, ingest, clock, flush } = setup();
    // 08:00 UTC now; quiet 07:00-09:00 UTC.
    service.updateChat({ ...settings(group, [{ topic: "Mars" }]), quietHours: { start: "07:00", end: "09:00" } });
    await ingest(article("Mars rover finds ancient lake bed"), article("Mars orbiter maps water ice near the pole"));
    expect(sender.sent).toHaveLength(0);
    expect(await flush()).toBe(0);
    clock.advance(60 * 60_000);
    expect(await flush()).toBe(1);
    expect(sender.sent[0]!.document.sections[0]!.items.map((item) => item.title)).toEqual([
      "Mars rover finds ancient lake bed",
      "Mars orbiter maps water ice near the pole",
    ]);
  });

  it("never queues the same alert twice, even when the same articles are processed again", async () => {
    const { service, sender, ingest, outbox } = setup();
    service.updateChat(settings(group, [{ topic: "Mars" }]));
    const story = article("Mars rover finds ancient lake bed");
    await ingest(story);
    await ingest(story);
    expect(sender.sent).toHaveLength(1);
    expect([...outbox.records.keys()]).toEqual([`alert:telegram:-1001:${story.id}`]);
  });
});
