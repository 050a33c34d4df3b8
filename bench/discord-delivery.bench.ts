/**
 * A morning fan-out on Discord: one briefing to each of 2,000 channels through the real discord.js
 * client and the adapter's send queue (defaults: 48.5 messages/s, no burst, a request window at 50/s),
 * against the fake Discord at Discord's published limits (50 requests in any rolling second, 5
 * messages per 5 s per channel). Baseline: the floor the global limit sets (2,000 / 50 = 40 s).
 *
 * Twice: one instance (the adapter's local pacer and request window), and two instances (two adapters
 * logged in to the same fake, each delivering half of the channels, sharing one pacer and one request
 * window through Redis at 127.0.0.1:6379 under keys of their own, deleted afterwards).
 *
 * Printed: messages per second, share of the allowed global rate, 429s received, the busiest rolling
 * second the server saw, and the total time against the floor.
 *
 * Run: `npx tsx bench/discord-delivery.bench.ts [channels] [--scale=N]` (about 2 × 42 s at the default
 * size), or import {@link runDiscordDeliveryBench}. `--scale=N` multiplies the global limit and the
 * pace by N (the fake allows 50 × N requests/s) for a quicker run.
 */
import { randomBytes } from "node:crypto";
import { pathToFileURL } from "node:url";
import { createClient } from "@keyv/redis";
import { commandRegistry } from "../commands/index.js";
import { DEFAULT_DISCORD_DELIVERY_LIMITS, type DiscordAdapter, startDiscordAdapter } from "../src/adapters/discord/start-discord-adapter.js";
import { createRedisPacer } from "../src/adapters/store/shared-pacer.js";
import { createRedisRequestWindow } from "../src/adapters/store/shared-request-window.js";
import type { BriefingDocument } from "../src/core/digests/briefing-document.js";
import { DEFAULT_DISCORD_LIMITS } from "../test/fakes/discord/fake-discord.js";
import { GUILD, channelChat, startDiscordHarness } from "../test/adapters/discord/discord-harness.js";
import { busiestWindow } from "./telegram-delivery.bench.js";

const REDIS_URL = "redis://127.0.0.1:6379";

/** What one run measured. */
export interface DiscordDeliveryResult {
  channels: number;
  instances: number;
  scale: number;
  seconds: number;
  messagesPerSecond: number;
  allowedPerSecond: number;
  rate429: number;
  busiestSecond: number;
  floorSeconds: number;
}

const briefing: BriefingDocument = {
  kind: "briefing",
  title: "Your briefing — Wednesday 25 November",
  subtitle: "3 stories since 07:00",
  sections: [
    {
      heading: "Politics",
      items: [
        { title: "Budget passes after all-night session", url: "https://ledger.example/budget", summary: "The vote came at dawn.", sources: [{ name: "The Daily Ledger", url: "https://ledger.example/budget" }], articleId: "0123456789ab", detail: "2 h ago" },
        { title: "Coalition talks resume", url: "https://herald.example/talks", summary: "Both sides met again.", sources: [{ name: "Harbor Herald", url: "https://herald.example/talks" }], articleId: "0123456789ac", detail: "3 h ago" },
      ],
    },
    { heading: "World", items: [{ title: "Summit ends with a joint statement", url: "https://wire.example/summit", sources: [{ name: "Civic Wire", url: "https://wire.example/summit" }], articleId: "0123456789ad", detail: "1 h ago" }] },
  ],
};

/** Delivers one briefing to each of `channels` channels from `instances` adapters and reports the figures. */
export async function measureDiscordDelivery(channels: number, instances = 1, scale = 1): Promise<DiscordDeliveryResult> {
  const global = DEFAULT_DISCORD_LIMITS.global;
  if (global === false) throw new Error("the fake's global limit is off");
  const allowedPerSecond = (global.limit * 1000 * scale) / global.windowMs;
  const defaults = DEFAULT_DISCORD_DELIVERY_LIMITS;
  const limits = { messagesPerSecond: defaults.messagesPerSecond * scale, restGlobalRequestsPerSecond: defaults.restGlobalRequestsPerSecond * scale };
  const redis = instances > 1 ? await createClient({ url: REDIS_URL }).connect() : undefined;
  const key = `newsdesk-bench-discord-${process.pid}-${randomBytes(4).toString("hex")}`;
  const shared = redis
    ? {
        sharedPacer: createRedisPacer(redis, `${key}:pacer`, limits.messagesPerSecond, defaults.burst),
        sharedWindow: createRedisRequestWindow(redis, `${key}:window`, limits.restGlobalRequestsPerSecond, 1_000),
      }
    : {};
  const harness = await startDiscordHarness({ fake: { limits: { global: { limit: global.limit * scale, windowMs: global.windowMs } } }, limits, ...shared });
  const others: DiscordAdapter[] = [];
  try {
    for (let index = 1; index < instances; index += 1) {
      const { fake } = harness;
      others.push(
        await startDiscordAdapter({ token: fake.token, applicationId: fake.applicationId, apiRoot: fake.apiRoot, commands: commandRegistry, services: harness.services.commandServices, logger: harness.logger, limits, ...shared }),
      );
    }
    const senders = [harness.adapter.sender, ...others.map((adapter) => adapter.sender)];
    const ids = Array.from({ length: channels }, (_, index) => String(400_000_000_000_000_000n + BigInt(index)));
    for (const id of ids) harness.fake.addChannel({ id, guildId: GUILD });
    const before = harness.fake.count429;
    const started = performance.now();
    // Instance i delivers every channel whose index is i modulo the number of instances.
    await Promise.all(ids.map((id, index) => senders[index % senders.length]?.send(channelChat(id), briefing)));
    const seconds = (performance.now() - started) / 1000;
    const posts = harness.fake.requests.filter((request) => request.method === "POST" && request.path.endsWith("/messages") && request.status === 200);
    if (posts.length !== channels) throw new Error(`expected ${channels} messages, the fake accepted ${posts.length}`);
    return {
      channels,
      instances,
      scale,
      seconds,
      messagesPerSecond: channels / seconds,
      allowedPerSecond,
      rate429: harness.fake.count429 - before,
      busiestSecond: busiestWindow(
        posts.map((request) => request.at),
        1000,
      ),
      floorSeconds: channels / allowedPerSecond,
    };
  } finally {
    for (const adapter of others) await adapter.stop();
    await harness.close();
    if (redis) {
      await redis.del([`${key}:pacer`, `${key}:window`]);
      await redis.quit();
    }
  }
}

/** `npm run bench` entry: 2,000 channels at Discord's limits, with one and with two instances. */
export async function runDiscordDeliveryBench(channels = 2_000, scale = 1): Promise<void> {
  const limits = DEFAULT_DISCORD_DELIVERY_LIMITS;
  const scaled = scale === 1 ? "" : `, every rate × ${scale}`;
  console.log(
    `Discord delivery: ${channels} channels, fake at Discord's limits (50 req/s global, 5 msg/5 s per channel${scaled}); adapter pace ${limits.messagesPerSecond} msg/s, burst ${limits.burst}, window ${limits.restGlobalRequestsPerSecond}/s, ${limits.concurrency} in flight; two instances share pacer and window through Redis`,
  );
  console.log("instances | seconds | floor s | time / floor | msg/s | % of allowed | busiest second | 429s");
  for (const instances of [1, 2]) {
    const result = await measureDiscordDelivery(channels, instances, scale);
    console.log(
      [
        String(instances).padStart(9),
        result.seconds.toFixed(1).padStart(7),
        result.floorSeconds.toFixed(1).padStart(7),
        `${(result.seconds / result.floorSeconds).toFixed(3)}×`.padStart(12),
        (result.messagesPerSecond / scale).toFixed(1).padStart(5),
        `${((result.messagesPerSecond / result.allowedPerSecond) * 100).toFixed(1)} % of ${result.allowedPerSecond / scale}/s`.padStart(12),
        `${result.busiestSecond}/${result.allowedPerSecond}`.padStart(14),
        String(result.rate429).padStart(4),
      ].join(" | "),
    );
  }
  if (scale !== 1) console.log(`(msg/s is the real-rate equivalent: measured ÷ ${scale})`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const scaleArgument = process.argv.find((argument) => argument.startsWith("--scale="));
  const channels = Number(process.argv.slice(2).find((argument) => !argument.startsWith("--")) ?? 2_000);
  await runDiscordDeliveryBench(Number.isInteger(channels) && channels > 0 ? channels : 2_000, scaleArgument ? Number(scaleArgument.slice("--scale=".length)) : 1);
}
