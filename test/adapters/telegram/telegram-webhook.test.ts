/**
 * Webhook mode: the adapter registers its webhook (with the secret) on the fake server, which then
 * POSTs updates to it. A wrong or missing secret gets 401 and is not handled.
 */
import { request } from "node:http";
import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { Bot } from "grammy";
import { startFakeTelegram } from "../../fakes/telegram/fake-telegram.js";
import { startWebhookServer, validateWebhookOptions } from "../../../src/adapters/telegram/webhook-server.js";
import type { Logger } from "../../../src/core/shared/ports.js";
import { type Harness, startHarness, waitFor } from "./telegram-harness.js";

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== "object" || address === null) throw new Error("no port");
  return address.port;
}

function post(url: string, body: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** POSTs `size` bytes in chunks, with no Content-Length (chunked transfer encoding). */
function postChunked(url: string, size: number, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", () => undefined);
    const chunk = "y".repeat(64 * 1024);
    let sent = 0;
    const pump = (): void => {
      while (sent < size) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
    req.on("close", () => resolve(0));
    setTimeout(() => reject(new Error("no answer")), 10_000).unref();
  });
}

describe("webhook mode", () => {
  it("registers the webhook with its secret, handles updates with the right secret and refuses the others", async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/telegram/webhook`;
    const h = (harness = await startHarness({ webhook: { url, secret: "s3cret-Token_1", port, host: "127.0.0.1" } }));
    expect(h.fake.webhook).toMatchObject({ url, secretToken: "s3cret-Token_1" });
    expect(h.fake.webhook?.allowedUpdates).toEqual(["message", "channel_post", "callback_query", "my_chat_member"]);
    expect(h.fake.requests.some((entry) => entry.method === "getUpdates")).toBe(false);
    h.fake.addChat({ id: 31, type: "private" });

    const wrong = h.fake.sendUserMessage({ chatId: 31, userId: 31, text: "/help" });
    expect(await h.fake.deliverWebhook(wrong, { secretToken: "wrong-secret" })).toBe(401);
    expect(await h.fake.deliverWebhook(wrong, { secretToken: null })).toBe(401);
    const right = h.fake.sendUserMessage({ chatId: 31, userId: 31, text: "/sections" });
    expect(await h.fake.deliverWebhook(right)).toBe(200);
    const answer = await waitFor(() => h.fake.messagesIn(31)[0], 5_000, "the answer");
    expect(answer.text).toMatch(/^Sections\n/u);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.fake.messagesIn(31)).toHaveLength(1); // nothing for the refused update

    expect(await post(`http://127.0.0.1:${port}/elsewhere`, "{}")).toBe(404);
    // The body limit counts the bytes that arrive: a chunked body without Content-Length is refused
    // once past 1 MB, as is one that declares its size.
    expect(await postChunked(url, 1_200_000, { "x-telegram-bot-api-secret-token": "s3cret-Token_1" })).toBe(413);
    expect(await post(url, "x".repeat(1_100_000), { "x-telegram-bot-api-secret-token": "s3cret-Token_1", "content-length": "1100000" })).toBe(413);
    expect(await post(url, "not json", { "x-telegram-bot-api-secret-token": "s3cret-Token_1" })).toBe(400);
  });

  it("answers Telegram at once, even while a command is still being answered", async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/hook`;
    const h = (harness = await startHarness({ webhook: { url, secret: "another_secret", port, host: "127.0.0.1" } }));
    h.fake.addChat({ id: 32, type: "private" });
    // Three commands in one chat: answers are paced one per second, updates are acknowledged at once.
    for (const text of ["/help", "/sections", "/subscriptions"]) {
      expect(await h.fake.deliverWebhook(h.fake.sendUserMessage({ chatId: 32, userId: 32, text }))).toBe(200);
    }
    // All three acknowledged before the paced answers went out (they leave one per second).
    expect(h.fake.messagesIn(32).length).toBeLessThan(3);
    await waitFor(() => h.fake.messagesIn(32).length === 3, 6_000, "three answers");
    expect(h.fake.messagesIn(32).map((message) => message.text.split("\n")[0])).toEqual(["newsdesk", "Sections", expect.stringMatching(/subscri/iu)]);
  });

  it("answers 429 with Retry-After while update intake is full, so that Telegram delivers again", async () => {
    const port = await freePort();
    const fake = await startFakeTelegram();
    const bot = new Bot(fake.token, { botInfo: fake.botInfo, client: { apiRoot: fake.url } });
    const server = await startWebhookServer(bot, { url: `http://127.0.0.1:${port}/hook`, secret: "s3cret", port, host: "127.0.0.1" }, silent, () => true);
    try {
      expect(await post(`http://127.0.0.1:${port}/hook`, "{}", { "x-telegram-bot-api-secret-token": "s3cret" })).toBe(429);
    } finally {
      await server.close();
      await fake.close();
    }
  });

  it("refuses malformed webhook settings before starting", () => {
    expect(() => validateWebhookOptions({ url: "https://bot.example/hook", secret: "has spaces", port: 8443 })).toThrow("TELEGRAM_WEBHOOK_SECRET");
    expect(() => validateWebhookOptions({ url: "https://bot.example/hook", secret: "x".repeat(257), port: 8443 })).toThrow("TELEGRAM_WEBHOOK_SECRET");
    expect(() => validateWebhookOptions({ url: "bot.example/hook", secret: "ok", port: 8443 })).toThrow("TELEGRAM_WEBHOOK_URL");
    expect(() => validateWebhookOptions({ url: "https://bot.example/hook", secret: "ok", port: 70_000 })).toThrow("TELEGRAM_WEBHOOK_PORT");
    expect(() => validateWebhookOptions({ url: "https://bot.example/hook", secret: "A-z_0-9", port: 8443 })).not.toThrow();
  });
});
