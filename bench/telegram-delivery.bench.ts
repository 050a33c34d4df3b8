/**
 * Telegram delivery rate: one alert to each of 2,000 chats (1,000 private chats and 1,000 groups)
 * through the adapter's send queue, against the fake Bot API server enforcing Telegram's limits
 * (30 messages per second overall, 1 per second per chat with a burst of 3, 20 per minute per
 * group). The baseline is the floor those limits set: 2,000 / 30 per second = 66.7 s.
 *
 * Figures: messages per second achieved, as a share of the allowed 30/s; 429s received; total time
 * against the floor. The adapter's default pace is 25/s (83 % of the limit), counted so that
 * network delays cannot bunch messages together on Telegram's side.
 *
 * Run: `npx tsx bench/telegram-delivery.bench.ts` (real limits, about 80 s), or with `--scale=10`
 * to divide every time limit by 10 on both sides (fake server and adapter) for a quick run.
 */
import { pathToFileURL } from "node:url";
import { composeAlert } from "../briefings/compose-alert.js";
import { DEFAULT_SEND_LIMITS } from "../src/adapters/telegram/send-queue.js";
import type { ChatRef } from "../src/core/model.js";
import { startHarness } from "../test/adapters/telegram/telegram-harness.js";

/** What one run measured. */
export interface TelegramDeliveryResult {
  chats: number;
  scale: number;
  delivered: number;
  seconds: number;
  messagesPerSecond: number;
  /** messagesPerSecond / the allowed rate (30/s × scale). */
  shareOfAllowed: number;
  count429: number;
  floorSeconds: number;
}

const ALLOWED_PER_SECOND = 30;

/** Delivers one alert to each of `chats` chats; time limits divided by `scale` on both sides. */
export async function measureTelegramDelivery(chats = 2_000, scale = 1): Promise<TelegramDeliveryResult> {
  const harness = await startHarness({
    fakeLimits: {
      perChat: { limit: 3, windowMs: 3_000 / scale },
      perGroup: { limit: 20, windowMs: 60_000 / scale },
      global: { limit: ALLOWED_PER_SECOND, windowMs: 1_000 / scale },
    },
    limits: {
      global: { limit: DEFAULT_SEND_LIMITS.global.limit, windowMs: DEFAULT_SEND_LIMITS.global.windowMs / scale },
      perChatIntervalMs: DEFAULT_SEND_LIMITS.perChatIntervalMs / scale,
      perGroup: { limit: DEFAULT_SEND_LIMITS.perGroup.limit, windowMs: DEFAULT_SEND_LIMITS.perGroup.windowMs / scale },
    },
  });
  try {
    const targets: ChatRef[] = [];
    for (let index = 0; index < chats; index += 1) {
      const id = index % 2 === 0 ? 200_000 + index : -200_000 - index;
      harness.fake.addChat({ id, type: index % 2 === 0 ? "private" : "group" });
      targets.push({ platform: "telegram", chatId: String(id) });
    }
    const article = await harness.saveArticle({ title: "Storm closes the harbour", summary: "Ships stay in port until Friday." });
    const document = composeAlert(article, "mentions Harbour in the title", Date.now());
    const started = performance.now();
    await Promise.all(targets.map((chat) => harness.adapter.sender.send(chat, document)));
    const seconds = (performance.now() - started) / 1_000;
    const messagesPerSecond = chats / seconds;
    return {
      chats,
      scale,
      delivered: harness.fake.messages.length,
      seconds,
      messagesPerSecond,
      shareOfAllowed: messagesPerSecond / (ALLOWED_PER_SECOND * scale),
      count429: harness.fake.count429,
      floorSeconds: chats / (ALLOWED_PER_SECOND * scale),
    };
  } finally {
    await harness.close();
  }
}

/** Runs the benchmark and prints its figures. */
export async function runTelegramDeliveryBench(options: { chats?: number; scale?: number } = {}): Promise<void> {
  const result = await measureTelegramDelivery(options.chats ?? 2_000, options.scale ?? 1);
  const limits = result.scale === 1 ? "Telegram's limits" : `Telegram's limits with every time divided by ${result.scale}`;
  console.log(`telegram delivery: ${result.chats} chats (half private, half groups), one message each, fake Bot API server at ${limits}`);
  console.log("delivered | seconds | floor s | time / floor | msg/s | % of allowed 30/s | 429s");
  console.log(
    [
      `${result.delivered}/${result.chats}`.padStart(9),
      result.seconds.toFixed(1).padStart(7),
      result.floorSeconds.toFixed(1).padStart(7),
      `${(result.seconds / result.floorSeconds).toFixed(2)}×`.padStart(12),
      (result.messagesPerSecond / result.scale).toFixed(1).padStart(5),
      `${(result.shareOfAllowed * 100).toFixed(0)} %`.padStart(17),
      String(result.count429).padStart(4),
    ].join(" | "),
  );
  if (result.scale !== 1) console.log(`(msg/s is the real-time equivalent: measured ${result.messagesPerSecond.toFixed(1)}/s ÷ ${result.scale})`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const scaleArgument = process.argv.find((argument) => argument.startsWith("--scale="));
  await runTelegramDeliveryBench({ scale: scaleArgument ? Number(scaleArgument.slice("--scale=".length)) : 1 });
}
