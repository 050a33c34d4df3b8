/**
 * A morning fan-out on Discord: one briefing to each of 2,000 channels through the real discord.js
 * client and the adapter's send queue (defaults: 40 messages/s, burst 2), against the fake Discord at
 * Discord's published limits (50 requests/s global, 5 messages per 5 s per channel). Printed: messages
 * per second, share of the allowed global rate, 429s received, the busiest one-second window seen by
 * the server, and the total time against the floor the global limit sets (2,000 / 50 = 40 s).
 *
 * Run: `npx tsx bench/discord-delivery.bench.ts [channels]`, or import {@link runDiscordDeliveryBench}.
 * Takes about 50 s at the default size: the point is to stay under the limit, not to be fast.
 */
import { pathToFileURL } from "node:url";
import type { BriefingDocument } from "../src/core/briefing-document.js";
import { DEFAULT_DISCORD_DELIVERY_LIMITS } from "../src/adapters/discord/start-discord-adapter.js";
import { DEFAULT_DISCORD_LIMITS } from "../test/fakes/discord/fake-discord.js";
import { GUILD, channelChat, startDiscordHarness } from "../test/adapters/discord/discord-harness.js";

/** What one run measured. */
export interface DiscordDeliveryResult {
  channels: number;
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

/** Delivers one briefing to each of `channels` channels and reports the figures. */
export async function measureDiscordDelivery(channels: number): Promise<DiscordDeliveryResult> {
  const harness = await startDiscordHarness();
  try {
    const ids = Array.from({ length: channels }, (_, index) => String(400_000_000_000_000_000n + BigInt(index)));
    for (const id of ids) harness.fake.addChannel({ id, guildId: GUILD });
    const before = harness.fake.count429;
    const started = performance.now();
    await Promise.all(ids.map((id) => harness.adapter.sender.send(channelChat(id), briefing)));
    const seconds = (performance.now() - started) / 1000;
    const posts = harness.fake.requests.filter((request) => request.method === "POST" && request.path.endsWith("/messages") && request.status === 200);
    if (posts.length !== channels) throw new Error(`expected ${channels} messages, the fake accepted ${posts.length}`);
    const times = posts.map((request) => request.at).sort((left, right) => left - right);
    let busiest = 0;
    for (let start = 0, end = 0; end < times.length; end += 1) {
      while ((times[end] ?? 0) - (times[start] ?? 0) >= 1000) start += 1;
      busiest = Math.max(busiest, end - start + 1);
    }
    const global = DEFAULT_DISCORD_LIMITS.global;
    const allowedPerSecond = global === false ? Number.POSITIVE_INFINITY : (global.limit * 1000) / global.windowMs;
    return { channels, seconds, messagesPerSecond: channels / seconds, allowedPerSecond, rate429: harness.fake.count429 - before, busiestSecond: busiest, floorSeconds: channels / allowedPerSecond };
  } finally {
    await harness.close();
  }
}

/** `npm run bench` entry: 2,000 channels at Discord's limits. */
export async function runDiscordDeliveryBench(channels = 2_000): Promise<void> {
  const limits = DEFAULT_DISCORD_DELIVERY_LIMITS;
  console.log(`Discord delivery: ${channels} channels, fake at Discord's limits (50 req/s global, 5 msg/5 s per channel); adapter pace ${limits.messagesPerSecond} msg/s, burst ${limits.burst}, ${limits.concurrency} in flight`);
  const result = await measureDiscordDelivery(channels);
  console.log(
    [
      `messages/s            ${result.messagesPerSecond.toFixed(1)}`,
      `of the allowed rate   ${((result.messagesPerSecond / result.allowedPerSecond) * 100).toFixed(0)}% of ${result.allowedPerSecond}/s`,
      `busiest second        ${result.busiestSecond} requests (limit ${result.allowedPerSecond})`,
      `429s received         ${result.rate429}`,
      `total time            ${result.seconds.toFixed(1)} s; floor set by the global limit ${result.floorSeconds.toFixed(1)} s; ratio ${(result.seconds / result.floorSeconds).toFixed(2)}`,
    ].join("\n"),
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const channels = Number(process.argv[2] ?? 2_000);
  await runDiscordDeliveryBench(Number.isInteger(channels) && channels > 0 ? channels : 2_000);
}
