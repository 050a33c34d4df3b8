/**
 * Telegram delivery rate: one alert to each of 2,000 chats (1,000 private chats and 1,000 groups)
 * through the adapter's send queue, against the fake Bot API server enforcing Telegram's limits
 * (30 messages per second overall in any rolling second, 1 per second per chat with a burst of 3,
 * 20 per minute per group). The baseline is the floor those limits set: 2,000 / 30 per second = 66.7 s.
 *
 * Twice: one instance (the adapter's local pacer and request window), and two instances (two adapters
 * in this process, each delivering half of the chats, sharing one pacer and one request window through
 * Redis at 127.0.0.1:6379 under keys of their own, deleted afterwards).
 *
 * Figures: messages per second achieved, as a share of the allowed 30/s; 429s received; the busiest
 * rolling second the server saw; total time against the floor.
 *
 * Run: `npx tsx bench/telegram-delivery.bench.ts` (real limits, about 2 × 70 s), or with `--scale=10`
 * to divide every time limit by 10 on both sides (fake server and adapter) for a quick run. Timer and
 * network jitter do not scale, so a scaled run is harsher on the pacing than the real one.
 */
import { randomBytes } from "node:crypto";
import { pathToFileURL } from "node:url";
import { createClient } from "@keyv/redis";
import { composeAlert } from "../briefings/compose-alert.js";
import { loadTranslator } from "../src/adapters/i18n/fluent-translator.js";
import { textIn } from "../src/core/shared/translator.js";
import { createRedisPacer } from "../src/adapters/store/shared-pacer.js";
import { createRedisRequestWindow } from "../src/adapters/store/shared-request-window.js";
import { DEFAULT_SEND_LIMITS } from "../src/adapters/telegram/send-queue.js";
import type { ChatRef } from "../src/core/chats/chat.js";
import { type Harness, startHarness } from "../test/adapters/telegram/telegram-harness.js";

const REDIS_URL = "redis://127.0.0.1:6379";

/** What one run measured. */
export interface TelegramDeliveryResult {
  chats: number;
  scale: number;
  instances: number;
  delivered: number;
  seconds: number;
  messagesPerSecond: number;
  /** messagesPerSecond / the allowed rate (30/s × scale). */
  shareOfAllowed: number;
  count429: number;
  /** Most messages the server accepted in one rolling window of its global limit (allowed: 30). */
  busiestWindow: number;
  floorSeconds: number;
}

const ALLOWED_PER_SECOND = 30;

/** The most timestamps in any window `[t, t + windowMs)`. */
export function busiestWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((left, right) => left - right);
  let busiest = 0;
  for (let start = 0, end = 0; end < sorted.length; end += 1) {
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= windowMs) start += 1;
    busiest = Math.max(busiest, end - start + 1);
  }
  return busiest;
}

/** Delivers one alert to each of `chats` chats from `instances` adapters; time limits divided by `scale` on both sides. */
export async function measureTelegramDelivery(chats = 2_000, scale = 1, instances = 1): Promise<TelegramDeliveryResult> {
  const redis = instances > 1 ? await createClient({ url: REDIS_URL }).connect() : undefined;
  const key = `newsdesk-bench-telegram-${process.pid}-${randomBytes(4).toString("hex")}`;
  const { limit, pace, windowMs } = DEFAULT_SEND_LIMITS.global;
  const shared = redis
    ? {
        sharedPacer: createRedisPacer(redis, `${key}:pacer`, (pace * 1_000 * scale) / windowMs, DEFAULT_SEND_LIMITS.burst),
        sharedWindow: createRedisRequestWindow(redis, `${key}:window`, limit, windowMs / scale),
      }
    : {};
  const harnesses: Harness[] = [];
  try {
    for (let index = 0; index < instances; index += 1) {
      harnesses.push(
        await startHarness({
          ...(harnesses[0] ? { fake: harnesses[0].fake } : {}),
          receiveUpdates: false,
          fakeLimits: {
            perChat: { limit: 3, windowMs: 3_000 / scale },
            perGroup: { limit: 20, windowMs: 60_000 / scale },
            global: { limit: ALLOWED_PER_SECOND, windowMs: 1_000 / scale },
          },
          limits: {
            global: { ...DEFAULT_SEND_LIMITS.global, windowMs: windowMs / scale },
            perChatIntervalMs: DEFAULT_SEND_LIMITS.perChatIntervalMs / scale,
            perGroup: { limit: DEFAULT_SEND_LIMITS.perGroup.limit, windowMs: DEFAULT_SEND_LIMITS.perGroup.windowMs / scale },
          },
          ...shared,
        }),
      );
    }
    const [first] = harnesses;
    if (!first) throw new Error("no instance");
    const targets: ChatRef[] = [];
    for (let index = 0; index < chats; index += 1) {
      const id = index % 2 === 0 ? 200_000 + index : -200_000 - index;
      first.fake.addChat({ id, type: index % 2 === 0 ? "private" : "group" });
      targets.push({ platform: "telegram", chatId: String(id) });
    }
    const article = await first.saveArticle({ title: "Storm closes the harbour", summary: "Ships stay in port until Friday." });
    const document = composeAlert(article, "mentions Harbour in the title", Date.now(), { language: "en", text: textIn(loadTranslator(), "en") });
    const started = performance.now();
    // Instance i delivers every chat whose index is i modulo the number of instances.
    await Promise.all(targets.map((chat, index) => harnesses[index % harnesses.length]?.adapter.sender.send(chat, document)));
    const seconds = (performance.now() - started) / 1_000;
    const messagesPerSecond = chats / seconds;
    return {
      chats,
      scale,
      instances,
      delivered: first.fake.messages.length,
      seconds,
      messagesPerSecond,
      shareOfAllowed: messagesPerSecond / (ALLOWED_PER_SECOND * scale),
      count429: first.fake.count429,
      busiestWindow: busiestWindow(first.fake.messages.map((message) => message.at), 1_000 / scale),
      floorSeconds: chats / (ALLOWED_PER_SECOND * scale),
    };
  } finally {
    // The first harness owns the fake: close the others first.
    for (const harness of harnesses.reverse()) await harness.close();
    if (redis) {
      await redis.del([`${key}:pacer`, `${key}:window`]);
      await redis.quit();
    }
  }
}

/** Runs the benchmark with one and with two instances and prints its figures. */
export async function runTelegramDeliveryBench(options: { chats?: number; scale?: number } = {}): Promise<void> {
  const chats = options.chats ?? 2_000;
  const scale = options.scale ?? 1;
  const { limit, pace, windowMs } = DEFAULT_SEND_LIMITS.global;
  const limits = scale === 1 ? "Telegram's limits" : `Telegram's limits with every time divided by ${scale}`;
  console.log(`telegram delivery: ${chats} chats (half private, half groups), one message each, fake Bot API server at ${limits}`);
  console.log(`adapter pace ${(pace * 1_000) / windowMs}/s, burst ${DEFAULT_SEND_LIMITS.burst}, guard ${limit} per ${windowMs} ms; two instances share both through Redis`);
  console.log("instances | delivered | seconds | floor s | time / floor | msg/s | % of allowed 30/s | busiest second | 429s");
  for (const instances of [1, 2]) {
    const result = await measureTelegramDelivery(chats, scale, instances);
    console.log(
      [
        String(instances).padStart(9),
        `${result.delivered}/${result.chats}`.padStart(9),
        result.seconds.toFixed(1).padStart(7),
        result.floorSeconds.toFixed(1).padStart(7),
        `${(result.seconds / result.floorSeconds).toFixed(3)}×`.padStart(12),
        (result.messagesPerSecond / result.scale).toFixed(1).padStart(5),
        `${(result.shareOfAllowed * 100).toFixed(1)} %`.padStart(17),
        `${result.busiestWindow}/${ALLOWED_PER_SECOND}`.padStart(14),
        String(result.count429).padStart(4),
      ].join(" | "),
    );
  }
  if (scale !== 1) console.log(`(msg/s and the busiest second are real-time equivalents: every time was divided by ${scale})`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const scaleArgument = process.argv.find((argument) => argument.startsWith("--scale="));
  await runTelegramDeliveryBench({ scale: scaleArgument ? Number(scaleArgument.slice("--scale=".length)) : 1 });
}
