/**
 * What the Discord adapter tells the operations listener: whether its gateway is connected
 * (readiness), and each 429 Discord answers (metrics), through the real discord.js client against
 * the fake Discord.
 */
import { afterEach, describe, expect, it } from "vitest";
import { CHANNEL, channelChat, type DiscordHarness, startDiscordHarness } from "./discord-harness.js";

let harness: DiscordHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe("Discord adapter health", () => {
  it("reports the gateway connected while running, counts a 429 it waited out, and reports stopped after stop", async () => {
    let rateLimited = 0;
    harness = await startDiscordHarness({ onRateLimited: () => (rateLimited += 1) });
    expect(harness.adapter.health()).toEqual({ connected: true, detail: "gateway connected" });
    harness.fake.injectRateLimit({ scope: "user", retryAfterSeconds: 0.2, match: (description) => description.startsWith("POST /channels/") });
    await harness.adapter.sender.send(channelChat(CHANNEL), { kind: "briefing", title: "Morning", sections: [{ items: [{ title: "Budget passes", sources: [] }] }] });
    expect(harness.fake.channelMessages(CHANNEL)).toHaveLength(1);
    expect(rateLimited).toBe(1);
    await harness.adapter.stop();
    expect(harness.adapter.health()).toEqual({ connected: false, detail: "stopped" });
  }, 30_000);
});
