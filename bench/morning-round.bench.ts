/**
 * A 100,000-chat morning round on PostgreSQL: every chat's briefing queued by the schedulers into the
 * outbox (each instance claims due chats from the store's index), then sent through the real Telegram
 * adapter (grammY) to the fake Bot API server, by one and by three instances sharing the bot's rate
 * through the store. Baseline: the floor the fake's global limit sets
 * (chats / limit per second). Limits are scaled ×10 (the fake allows 300 messages/s, the adapter
 * paces 295/s, its default 29.5/s × 10) so that one round takes about 35 s rather than 6 minutes; the
 * ratio is what compares.
 * Run alone: `npx tsx bench/morning-round.bench.ts [chats]`.
 */
import { randomBytes } from "node:crypto";
import { pathToFileURL } from "node:url";
import { createClient } from "@keyv/redis";
import pg from "pg";
import { commandRegistry } from "../commands/index.js";
import { createStores, type Stores } from "../src/adapters/store/create-stores.js";
import { startTelegramAdapter, type TelegramAdapter } from "../src/adapters/telegram/start-telegram-adapter.js";
import { buildServices } from "../src/build-services.js";
import { loadConfig } from "../src/config.js";
import { routeByPlatform } from "../src/core/delivery/chat-sender.js";
import { drainOutbox } from "../src/core/delivery/drain-outbox.js";
import { scheduleDueBriefings } from "../src/core/delivery/schedule-briefings.js";
import type { Logger } from "../src/core/shared/ports.js";
import { loadSourcesFile } from "../src/sources-file.js";
import { createSendPacing } from "../src/send-pacing.js";
import { dropTables } from "../test/adapters/store/sql-store-harness.js";
import { seedChats } from "../test/delivery/round-harness.js";
import { startFakeTelegram } from "../test/fakes/telegram/fake-telegram.js";

const STORE_URL = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const REDIS_URL = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379";
const PACING = process.argv.includes("--pacing=store") ? "store" : "redis";
const FAKE_LIMIT = 300;
const ADAPTER_RATE = 295;
const silent: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };

/** One round with `instances` instances; returns its figures. */
async function measureRound(chats: number, instances: number) {
  const prefix = `ndbench_round_${randomBytes(4).toString("hex")}`;
  const fake = await startFakeTelegram({ limits: { perChat: false, perGroup: false, global: { limit: FAKE_LIMIT, windowMs: 1_000 } } });
  for (let index = 1; index <= chats; index += 1) fake.addChat({ id: index, type: "private", firstName: `Reader ${index}` });
  const config = loadConfig({ STORE_URL: STORE_URL, SOURCES_FILE: "samples/sources.yaml", LOG_LEVEL: "silent" }, undefined);
  const sections = await loadSourcesFile(config.SOURCES_FILE, config.FEED_POLL_INTERVAL);
  // As deployed: the instances pace together through Redis (REDIS_URL), or through PostgreSQL (--pacing=store).
  const pacingStores = await createStores({ url: STORE_URL, retentionMs: 86_400_000, namespacePrefix: prefix });
  const pacing = await createSendPacing({ ...(PACING === "redis" ? { redisUrl: REDIS_URL } : {}), stores: pacingStores, logger: silent, prefix });
  const opened: { stores: Stores; adapter: TelegramAdapter; owner: string; services: Awaited<ReturnType<typeof buildServices>> }[] = [];
  for (let index = 0; index < instances; index += 1) {
    const stores = await createStores({ url: STORE_URL, retentionMs: 86_400_000, namespacePrefix: prefix });
    const services = await buildServices({ config, sections, stores, clock: { now: Date.now }, logger: silent, instanceId: `bench-${index}` });
    const adapter = await startTelegramAdapter({
      token: fake.token,
      apiRoot: fake.url,
      receiveUpdates: false,
      commands: commandRegistry,
      services: services.commandServices,
      logger: silent,
      onChatMigrated: async () => undefined,
      limits: { global: { limit: FAKE_LIMIT, pace: ADAPTER_RATE, windowMs: 1_000 }, perChatIntervalMs: 0 },
      ...pacing.shared("telegram", ADAPTER_RATE, 0, FAKE_LIMIT),
    });
    opened.push({ stores, adapter, owner: `bench-${index}`, services });
  }
  await seedChats(STORE_URL, prefix, chats);
  const queueStart = performance.now();
  const queuedPerInstance = await Promise.all(
    opened.map(({ stores, services, owner }) =>
      scheduleDueBriefings({
        subscriptions: stores.subscriptions,
        chats: services.chats,
        briefings: services.briefings,
        outbox: stores.outbox,
        clock: { now: Date.now },
        logger: silent,
        graceMs: 3_600_000,
        instanceId: owner,
      }),
    ),
  );
  const queued = { queued: queuedPerInstance.reduce((total, result) => total + result.queued, 0) };
  const queueSeconds = (performance.now() - queueStart) / 1000;
  const sendStart = performance.now();
  await Promise.all(
    opened.map(async ({ stores, adapter, owner, services }) => {
      for (;;) {
        await drainOutbox({
          outbox: stores.outbox,
          sender: routeByPlatform([adapter.sender]),
          clock: { now: Date.now },
          logger: silent,
          owner,
          leaseMs: 60_000,
          maxAttempts: 10,
          concurrency: 48,
          pauseChat: (chat, reason) => services.chats.pause(chat, reason),
        }, { limit: 1_000 });
        if ((await stores.outbox.countPending()) === 0) return;
      }
    }),
  );
  const sendSeconds = (performance.now() - sendStart) / 1000;
  const delivered = new Set(fake.messages.map((message) => message.chatId)).size;
  const result = { instances, queued: queued.queued, delivered, messages: fake.messages.length, queueSeconds, sendSeconds, count429: fake.count429, floorSeconds: chats / FAKE_LIMIT };
  for (const { adapter, stores } of opened) {
    await adapter.stop();
    await stores.close();
  }
  await fake.close();
  await pacing.close();
  await pacingStores.close();
  if (PACING === "redis") {
    const redis = await createClient({ url: REDIS_URL }).connect();
    await redis.del([`${prefix}:pacer:telegram`, `${prefix}:window:telegram`]);
    await redis.close();
  }
  const pool = new pg.Pool({ connectionString: STORE_URL, max: 1 });
  await dropTables(pool, prefix);
  await pool.end();
  return result;
}

/** Runs the morning-round benchmark with one and with three instances. */
export async function runMorningRoundBench(chats = 100_000): Promise<void> {
  console.log(`morning round on PostgreSQL: ${chats} chats, fake Bot API at ${FAKE_LIMIT} msg/s (Telegram's 30/s scaled), adapter pace ${ADAPTER_RATE}/s shared through ${PACING === "redis" ? "Redis (REDIS_URL)" : "the PostgreSQL store"}`);
  console.log("instances | queued | delivered | messages | queue s | send s | floor s | send/floor | 429s");
  for (const instances of [1, 3]) {
    const r = await measureRound(chats, instances);
    console.log(
      `${String(r.instances).padStart(9)} | ${String(r.queued).padStart(6)} | ${String(r.delivered).padStart(9)} | ${String(r.messages).padStart(8)} | ${r.queueSeconds.toFixed(1).padStart(7)} | ${r.sendSeconds.toFixed(1).padStart(6)} | ${r.floorSeconds.toFixed(1).padStart(7)} | ${(r.sendSeconds / r.floorSeconds).toFixed(2).padStart(10)} | ${r.count429}`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runMorningRoundBench(Number(process.argv.slice(2).find((argument) => /^\d+$/u.test(argument)) ?? 100_000)).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
