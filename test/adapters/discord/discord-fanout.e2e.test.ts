/**
 * A morning fan-out to 2,000 channels through the real discord.js client, with limits scaled by 20
 * to keep the test short: the fake allows 1,000 requests per second (Discord: 50) and the adapter
 * paces at 980 messages per second without burst, its request window at 1,000/s (production: 49/s
 * and 50/s). Proves the queue keeps every one-second window within the global limit (no 429),
 * delivers each channel exactly once, and does not go faster than the pace it was given.
 * `npm run bench` runs the same at Discord's real limits.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { BriefingDocument } from "../../../src/core/digests/briefing-document.js";
import { type DiscordHarness, GUILD, channelChat, startDiscordHarness } from "./discord-harness.js";

const CHANNELS = 2_000;
const GLOBAL_LIMIT = 1_000;
const PACE = 980;

let harness: DiscordHarness;
beforeAll(async () => {
  harness = await startDiscordHarness({
    fake: { limits: { global: { limit: GLOBAL_LIMIT, windowMs: 1000 } } },
    limits: { messagesPerSecond: PACE, burst: 0, concurrency: 32, restGlobalRequestsPerSecond: GLOBAL_LIMIT },
  });
});
afterAll(async () => {
  await harness?.close();
});

it("delivers 2,000 channels once each within the global limit and close to the configured pace", async () => {
  const channels = Array.from({ length: CHANNELS }, (_, index) => String(400_000_000_000_000_000n + BigInt(index)));
  for (const id of channels) harness.fake.addChannel({ id, guildId: GUILD });
  const document: BriefingDocument = {
    kind: "briefing",
    title: "Your briefing",
    sections: [{ heading: "Politics", items: [{ title: "Budget passes", url: "https://ledger.example/budget", summary: "After a long night.", sources: [{ name: "The Daily Ledger", url: "https://ledger.example/budget" }], articleId: "0123456789ab" }] }],
  };
  const started = Date.now();
  await Promise.all(channels.map((id) => harness.adapter.sender.send(channelChat(id), document)));
  const seconds = (Date.now() - started) / 1000;

  expect(harness.fake.count429).toBe(0);
  const posts = harness.fake.requests.filter((request) => request.method === "POST" && request.path.endsWith("/messages"));
  expect(posts).toHaveLength(CHANNELS);
  expect(new Set(harness.fake.messages.filter((message) => message.source === "channel").map((message) => message.channelId)).size).toBe(CHANNELS);
  // Measured where Discord measures (arrival at the server): no one-second window goes over the limit.
  const times = posts.map((request) => request.at).sort((left, right) => left - right);
  let busiest = 0;
  for (let start = 0, end = 0; end < times.length; end += 1) {
    while ((times[end] ?? 0) - (times[start] ?? 0) >= 1000) start += 1;
    busiest = Math.max(busiest, end - start + 1);
  }
  expect(busiest).toBeLessThanOrEqual(GLOBAL_LIMIT);
  const floor = (CHANNELS - 1) / PACE;
  // Paced, not bunched: at least the floor the pace sets. How close it comes to the limit is
  // measured in bench/discord-delivery.bench.ts.
  expect(seconds).toBeGreaterThanOrEqual(floor * 0.95);
  console.log(`fan-out: ${CHANNELS} channels in ${seconds.toFixed(2)} s = ${(CHANNELS / seconds).toFixed(0)} msg/s (pace ${PACE}/s, floor ${floor.toFixed(2)} s), busiest second ${busiest}, 429s ${harness.fake.count429}`);
}, 30_000);
