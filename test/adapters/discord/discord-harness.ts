/**
 * Shared set-up of the Discord end-to-end tests: the fake Discord, real core services on a real
 * SQLite file (sections from test/fixtures/discord/sources.yaml), the command registry deployed to the
 * fake with deployCommands, and the adapter logged in through the real discord.js client.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { commandRegistry } from "../../../commands/index.js";
import { deployCommands } from "../../../src/adapters/discord/deploy-commands.js";
import { type DiscordAdapter, type DiscordDeliveryLimits, startDiscordAdapter } from "../../../src/adapters/discord/start-discord-adapter.js";
import { type Stores, createStores } from "../../../src/adapters/store/create-stores.js";
import { type Services, buildServices } from "../../../src/build-services.js";
import { loadConfig } from "../../../src/config.js";
import type { CommandDefinition } from "../../../src/core/commands/command.js";
import type { Article } from "../../../src/core/articles/article.js";
import type { ChatRef } from "../../../src/core/chats/chat.js";
import type { Pacer } from "../../../src/core/delivery/pacer.js";
import type { RequestWindow } from "../../../src/core/delivery/request-window.js";
import { type DrainResult, drainOutbox } from "../../../src/core/delivery/drain-outbox.js";
import { loadSourcesFile } from "../../../src/sources-file.js";
import { type FakeDiscord, type FakeDiscordOptions, startFakeDiscord } from "../../fakes/discord/fake-discord.js";
import { RecordingLogger } from "../../fakes/memory-ports.js";

export const GUILD = "100000000000000001";
export const CHANNEL = "200000000000000001";
export const OTHER_CHANNEL = "200000000000000002";
export const THREAD = "210000000000000001";
export const DM = "300000000000000001";
export const DM_USER = { id: "700000000000000009", username: "solo" };

/** A running fake, services and adapter. */
export interface DiscordHarness {
  fake: FakeDiscord;
  adapter: DiscordAdapter;
  services: Services;
  stores: Stores;
  logger: RecordingLogger;
  /** Saves an article (first seen now unless given), returns it. */
  saveArticle(overrides: Partial<Article> & { title: string }): Promise<Article>;
  /** Adds a fresh channel to the test guild and returns its id. */
  newChannel(): string;
  /** One outbox pass through the adapter's sender. */
  drain(): Promise<DrainResult>;
  close(): Promise<void>;
}

const sourcesFile = path.resolve(import.meta.dirname, "../../fixtures/discord/sources.yaml");

/** Starts everything; a guild with CHANNEL, OTHER_CHANNEL, THREAD (in CHANNEL) and a DM exist. */
export async function startDiscordHarness(
  options: {
    fake?: FakeDiscordOptions;
    limits?: Partial<DiscordDeliveryLimits>;
    commands?: readonly CommandDefinition[];
    autoDeferMs?: number;
    sharedPacer?: Pacer;
    sharedWindow?: RequestWindow;
    onRateLimited?: () => void;
    /** More settings (FETCH_ALLOW_HOSTS for a local site). */
    environment?: Record<string, string>;
  } = {},
): Promise<DiscordHarness> {
  const directory = mkdtempSync(path.join(tmpdir(), "newsdesk-discord-"));
  const config = loadConfig({ SOURCES_FILE: sourcesFile, STORE_URL: `sqlite://${path.join(directory, "store.sqlite")}`, ARTICLE_FETCH: "false", ...options.environment }, undefined);
  const sections = await loadSourcesFile(config.SOURCES_FILE, config.FEED_POLL_INTERVAL);
  const stores = await createStores({ url: config.STORE_URL, retentionMs: config.ARTICLE_RETENTION_DAYS * 86_400_000 });
  const clock = { now: () => Date.now() };
  const logger = new RecordingLogger();
  const services = await buildServices({ config, sections, stores, clock, logger, instanceId: "discord-test" });
  const fake = await startFakeDiscord(options.fake);
  const commands = options.commands ?? commandRegistry;
  await deployCommands({ token: fake.token, applicationId: fake.applicationId, apiRoot: fake.apiRoot, commands });
  fake.addGuild({ id: GUILD, name: "Newsroom" });
  fake.addChannel({ id: CHANNEL, guildId: GUILD, name: "news" });
  fake.addChannel({ id: OTHER_CHANNEL, guildId: GUILD, name: "other" });
  fake.addChannel({ id: THREAD, guildId: GUILD, kind: "public-thread", parentId: CHANNEL, name: "election night" });
  fake.addChannel({ id: DM, recipientId: DM_USER.id });
  const adapter = await startDiscordAdapter({
    token: fake.token,
    applicationId: fake.applicationId,
    apiRoot: fake.apiRoot,
    commands,
    services: services.commandServices,
    logger,
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.autoDeferMs ? { autoDeferMs: options.autoDeferMs } : {}),
    ...(options.sharedPacer ? { sharedPacer: options.sharedPacer } : {}),
    ...(options.sharedWindow ? { sharedWindow: options.sharedWindow } : {}),
    ...(options.onRateLimited ? { onRateLimited: options.onRateLimited } : {}),
  });
  let nextChannel = 250_000_000_000_000_000n;
  return {
    fake,
    adapter,
    services,
    stores,
    logger,
    newChannel() {
      nextChannel += 1n;
      const id = String(nextChannel);
      fake.addChannel({ id, guildId: GUILD });
      return id;
    },
    async saveArticle(overrides) {
      const now = Date.now();
      const id = overrides.id ?? randomBytes(6).toString("hex");
      const article: Article = {
        id,
        sectionId: "politics",
        feedUrl: "https://ledger.example/politics.xml",
        source: "The Daily Ledger",
        url: `https://ledger.example/story/${id}`,
        summary: "Lawmakers met late into the night. The vote is expected on Friday.",
        publishedAt: now - 3_600_000,
        publishedAtFromFeed: true,
        firstSeenAt: now,
        tags: [],
        backfill: false,
        ...overrides,
      };
      await stores.articles.save(article, { guid: article.url, url: article.url });
      return article;
    },
    drain: () =>
      drainOutbox({
        outbox: stores.outbox,
        sender: adapter.sender,
        clock,
        logger,
        owner: "discord-test",
        leaseMs: 60_000,
        maxAttempts: 10,
        concurrency: 4,
        pauseChat: (chat: ChatRef, reason: string) => services.chats.pause(chat, reason),
      }),
    async close() {
      await adapter.stop();
      await fake.close();
      await services.close();
      await stores.close();
    },
  };
}

/** The ChatRef of a server channel. */
export function channelChat(channelId: string): ChatRef {
  return { platform: "discord", chatId: channelId };
}

/** Plain text of every embed (title, description, fields, footer, author) of some messages. */
export function embedText(messages: readonly { embeds: readonly Record<string, unknown>[] }[]): string {
  return messages
    .flatMap((message) => message.embeds)
    .map((embed) => JSON.stringify([embed.title, embed.description, embed.fields, embed.footer, embed.author]))
    .join("\n");
}
