/**
 * Rate limits and lost answers, end to end through discord.js REST and the fake's limits (scaled
 * down: global 10 requests/s, 2 messages/s per channel; the adapter deliberately paced above the global
 * limit here). Proves: 429 + Retry-After is waited out and the message goes once; a wait beyond what
 * the adapter accepts becomes a retryable DeliveryError with retryAfterMs; per-route buckets are
 * honoured from the X-RateLimit headers without 429s; a fan-out too fast for the global limit still
 * delivers everything exactly once; a lost answer is retried without a duplicate (nonce), and an
 * answer that never comes is reported as `unknown`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BriefingDocument } from "../../../src/core/digests/briefing-document.js";
import { DeliveryError } from "../../../src/core/delivery/chat-sender.js";
import { type DiscordHarness, channelChat, startDiscordHarness } from "./discord-harness.js";

let harness: DiscordHarness;

beforeAll(async () => {
  harness = await startDiscordHarness({
    fake: { limits: { global: { limit: 10, windowMs: 1000 }, channelMessages: { limit: 2, windowMs: 1000 } } },
    limits: { messagesPerSecond: 100, burst: 20, concurrency: 16, restGlobalRequestsPerSecond: 100, requestTimeoutMs: 400 },
  });
});
afterAll(async () => {
  await harness?.close();
});


const alert: BriefingDocument = { kind: "briefing", title: "Follow alert", sections: [{ items: [{ title: "Storm reaches the coast", url: "https://wx.example/1", sources: [] }] }] };
const failureOf = (promise: Promise<void>) => promise.then(() => undefined, (error: unknown) => error);

describe("429 handling", () => {
  it("waits out a 429 with Retry-After and delivers the message once", async () => {
    const channel = harness.newChannel();
    const before = harness.fake.count429;
    harness.fake.injectRateLimit({ scope: "user", retryAfterSeconds: 1, match: (request) => request.includes(channel) });
    const started = Date.now();
    await harness.adapter.sender.send(channelChat(channel), alert);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(harness.fake.count429 - before).toBe(1);
    expect(harness.fake.channelMessages(channel)).toHaveLength(1);
  });

  it("gives up at once, retryable with retryAfterMs, when Discord asks for a longer wait than the adapter accepts", async () => {
    const channel = harness.newChannel();
    harness.fake.injectRateLimit({ scope: "user", retryAfterSeconds: 120, match: (request) => request.includes(channel) });
    // Waiting the 120 s asked would outlast the test: the failure says when to try again instead.
    const failure = await failureOf(harness.adapter.sender.send(channelChat(channel), alert));
    expect(failure).toBeInstanceOf(DeliveryError);
    expect(failure).toMatchObject({ failure: "retryable" });
    expect((failure as DeliveryError).retryAfterMs).toBeGreaterThanOrEqual(120_000);
    expect(harness.fake.channelMessages(channel)).toEqual([]);
  });

  it("paces a long document by the channel's bucket headers, without a 429", async () => {
    const channel = harness.newChannel();
    const before = harness.fake.count429;
    const items = Array.from({ length: 45 }, (_, index) => ({ title: `Item ${index}`, url: `https://wx.example/${index}`, sources: [] }));
    const started = Date.now();
    await harness.adapter.sender.send(channelChat(channel), { kind: "briefing", title: "Long", sections: [{ items }] });
    expect(harness.fake.channelMessages(channel)).toHaveLength(5);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
    expect(harness.fake.count429).toBe(before);
  });

  it("delivers every message of a fan-out paced above the global limit exactly once, waiting out the 429s", async () => {
    const channels = Array.from({ length: 30 }, () => harness.newChannel());
    const before = harness.fake.count429;
    await Promise.all(channels.map((channel) => harness.adapter.sender.send(channelChat(channel), alert)));
    expect(harness.fake.count429 - before).toBeGreaterThan(0);
    expect(harness.fake.requests.some((request) => request.status === 429 && request.global)).toBe(true);
    expect(channels.map((channel) => harness.fake.channelMessages(channel).length)).toEqual(channels.map(() => 1));
  });
});

describe("lost answers", () => {
  it("repeats a post whose answer was lost with the same nonce: Discord returns the first message, no copy", async () => {
    const channel = harness.newChannel();
    harness.fake.stallNextResponse({ match: (request) => request === `POST /channels/${channel}/messages` });
    await harness.adapter.sender.send(channelChat(channel), alert);
    expect(harness.fake.channelMessages(channel)).toHaveLength(1);
    // At least the one replay (a busy machine may let a replay's answer miss the 400 ms deadline
    // too, and replay again): however many, the channel holds one message.
    expect(harness.fake.nonceReplays).toBeGreaterThanOrEqual(1);
  });

  it("reports `unknown` when no answer ever comes (the message may be there; the core will not resend it)", async () => {
    const channel = harness.newChannel();
    for (let attempt = 0; attempt < 4; attempt += 1) harness.fake.stallNextResponse({ match: (request) => request === `POST /channels/${channel}/messages` });
    const failure = await failureOf(harness.adapter.sender.send(channelChat(channel), alert));
    expect(failure).toMatchObject({ failure: "unknown" });
    expect(harness.fake.channelMessages(channel)).toHaveLength(1);
  });
});
