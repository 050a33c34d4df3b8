/**
 * The Telegram adapter under test, built from real parts: the fake Bot API server on 127.0.0.1
 * (grammY pointed at it with apiRoot), keyv stores on a real SQLite file, the real core services
 * and command registry. Feeds are not polled; tests store articles directly.
 */
import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { commandRegistry } from "../../../commands/index.js";
import type { SendQueueLimits } from "../../../src/adapters/telegram/send-queue.js";
import { type TelegramAdapter, type TelegramAdapterOptions, startTelegramAdapter } from "../../../src/adapters/telegram/start-telegram-adapter.js";
import type { WebhookOptions } from "../../../src/adapters/telegram/webhook-server.js";
import { type Stores, createStores } from "../../../src/adapters/store/create-stores.js";
import { type Services, buildServices } from "../../../src/build-services.js";
import { loadConfig } from "../../../src/config.js";
import type { Article } from "../../../src/core/articles/article.js";
import type { ChatRef } from "../../../src/core/chats/chat.js";
import type { Pacer } from "../../../src/core/delivery/pacer.js";
import type { RequestWindow } from "../../../src/core/delivery/request-window.js";
import type { Clock } from "../../../src/core/shared/ports.js";
import { loadSourcesFile } from "../../../src/sources-file.js";
import { RecordingLogger } from "../../fakes/memory-ports.js";
import { type FakeTelegram, type FakeTelegramLimits, type RecordedMessage, startFakeTelegram } from "../../fakes/telegram/fake-telegram.js";

export const SOURCES_FILE = path.resolve(import.meta.dirname, "../../fixtures/telegram/sources.yaml");

/** A running adapter with everything around it. */
export interface Harness {
  fake: FakeTelegram;
  adapter: TelegramAdapter;
  stores: Stores;
  services: Services;
  clock: Clock;
  logger: RecordingLogger;
  migrations: [ChatRef, ChatRef][];
  /** Stores an article (defaults: politics, published now, not backfill). */
  saveArticle(fields: Partial<Article> & { title: string }): Promise<Article>;
  /** Stops the adapter (once) and checks the logs never held the token. */
  stopAdapter(): Promise<void>;
  close(): Promise<void>;
}

/** Options of {@link startHarness}. */
export interface HarnessOptions {
  fakeLimits?: Partial<FakeTelegramLimits>;
  limits?: Partial<SendQueueLimits>;
  updateLimits?: TelegramAdapterOptions["updateLimits"];
  /** The global pacer and request window shared with other instances; default the adapter's local ones. */
  sharedPacer?: Pacer;
  sharedWindow?: RequestWindow;
  webhook?: WebhookOptions;
  receiveUpdates?: boolean;
  environment?: Record<string, string>;
  /** An existing fake (a second start against the same server). */
  fake?: FakeTelegram;
  /** Long polling under this lease (several instances). */
  receiverLease?: TelegramAdapterOptions["receiverLease"];
}

/** Starts fake server, stores, services and adapter. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const directory = mkdtempSync(path.join(tmpdir(), "newsdesk-telegram-"));
  const config = loadConfig({ SOURCES_FILE, STORE_URL: `sqlite://${path.join(directory, "store.sqlite")}`, ARTICLE_FETCH: "false", ...options.environment }, undefined);
  const sections = await loadSourcesFile(config.SOURCES_FILE, config.FEED_POLL_INTERVAL);
  const stores = await createStores({ url: config.STORE_URL, retentionMs: 14 * 86_400_000 });
  const clock: Clock = { now: () => Date.now() };
  const logger = new RecordingLogger();
  const services = await buildServices({ config, sections, stores, clock, logger, instanceId: "telegram-test" });
  const fake = options.fake ?? (await startFakeTelegram({ ...(options.fakeLimits ? { limits: options.fakeLimits } : {}), longPollCapMs: 200 }));
  const migrations: [ChatRef, ChatRef][] = [];
  const adapter = await startTelegramAdapter({
    token: fake.token,
    apiRoot: fake.url,
    commands: commandRegistry,
    services: services.commandServices,
    logger,
    onChatMigrated: async (from, to) => {
      migrations.push([from, to]);
      await services.chats.migrate(from, to);
    },
    botInfo: fake.botInfo,
    pollingTimeoutSeconds: 1,
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.updateLimits ? { updateLimits: options.updateLimits } : {}),
    ...(options.sharedPacer ? { sharedPacer: options.sharedPacer } : {}),
    ...(options.sharedWindow ? { sharedWindow: options.sharedWindow } : {}),
    ...(options.webhook ? { webhook: options.webhook } : {}),
    ...(options.receiveUpdates === undefined ? {} : { receiveUpdates: options.receiveUpdates }),
    ...(options.receiverLease ? { receiverLease: options.receiverLease } : {}),
  });
  let stopped = false;
  const stopAdapter = async () => {
    if (stopped) return;
    stopped = true;
    await adapter.stop();
    const logged = JSON.stringify(logger.entries);
    if (logged.includes(fake.token)) throw new Error("a log entry holds the bot token");
  };
  return {
    fake,
    adapter,
    stores,
    services,
    clock,
    logger,
    migrations,
    async saveArticle(fields) {
      const url = fields.url ?? `https://news.example/${encodeURIComponent(fields.title)}`;
      const now = clock.now();
      const article: Article = {
        id: createHash("sha256").update(url).digest("hex").slice(0, 12),
        sectionId: "politics",
        feedUrl: "https://feeds.example/politics.xml",
        source: "The Daily Ledger",
        url,
        summary: "",
        publishedAt: now,
        publishedAtFromFeed: true,
        firstSeenAt: now,
        tags: [],
        backfill: false,
        ...fields,
      };
      await stores.articles.save(article, { url });
      return article;
    },
    stopAdapter,
    async close() {
      await stopAdapter();
      if (!options.fake) await fake.close();
      await services.close();
      await stores.close();
    },
  };
}

/** Polls `check` every 10 ms until it returns something truthy (or throws after `timeoutMs`). */
export async function waitFor<T>(check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 5_000, what = "condition"): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Waits until chat `chatId` holds at least `count` messages on the fake; resolves them all. */
export function messagesIn(fake: Harness["fake"], chatId: number, count: number): Promise<RecordedMessage[]> {
  return waitFor(() => {
    const messages = fake.messagesIn(chatId);
    return messages.length >= count ? messages : undefined;
  }, 5_000, `${count} messages in chat ${chatId}`);
}
