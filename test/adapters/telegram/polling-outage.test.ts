/**
 * A Bot API that fails after start-up is reported: grammY's polling loop retries getUpdates by itself
 * without a word, so newsdesk logs one warning per outage (the error and the retry) and one line when
 * updates flow again. Real grammY polling against a local Bot API whose getUpdates fails twice.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Bot } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { pollUpdates } from "../../../src/adapters/telegram/long-polling.js";
import { RecordingLogger } from "../../fakes/memory-ports.js";

let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

/** A Bot API answering getUpdates with `failures` 502s, then empty batches. */
async function flakyBotApi(failures: number): Promise<{ root: string; getUpdates: () => number }> {
  let calls = 0;
  server = createServer((request, response) => {
    const method = (request.url ?? "").split("/").pop() ?? "";
    const send = (status: number, body: object) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    request.resume();
    if (method === "getMe") return send(200, { ok: true, result: { id: 1, is_bot: true, first_name: "newsdesk", username: "newsdesk_test_bot" } });
    if (method === "deleteWebhook") return send(200, { ok: true, result: true });
    if (method === "getUpdates") {
      calls += 1;
      if (calls <= failures) return send(502, { ok: false, error_code: 502, description: "Bad Gateway" });
      setTimeout(() => send(200, { ok: true, result: [] }), 50);
      return;
    }
    send(404, { ok: false, error_code: 404, description: "Not Found" });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { root: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, getUpdates: () => calls };
}

describe("Telegram polling after start-up", () => {
  it("warns once when getUpdates fails, and says when updates flow again", async () => {
    const api = await flakyBotApi(2);
    const bot = new Bot("1:TEST", { client: { apiRoot: api.root } });
    const logger = new RecordingLogger();
    const stop = new AbortController();
    const polling = pollUpdates(bot, { timeoutSeconds: 1, allowedUpdates: [], logger })(stop.signal, () => undefined);
    const deadline = Date.now() + 20_000;
    while (!logger.entries.some((entry) => entry.message.includes("reachable again")) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    stop.abort();
    await polling;

    const warnings = logger.entries.filter((entry) => entry.level === "warn");
    expect(api.getUpdates()).toBeGreaterThanOrEqual(3);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(/^telegram: Bot API unreachable while receiving updates: .*502.*; retrying every 3 s$/u);
    expect(logger.entries.filter((entry) => entry.message === "telegram: Bot API reachable again; receiving updates")).toHaveLength(1);
  }, 30_000);
});
