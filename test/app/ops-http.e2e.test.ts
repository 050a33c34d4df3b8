/**
 * The real bin with HTTP_PORT: serving Telegram (fake Bot API) with the status listener on
 * 127.0.0.1, ready once started, metrics of its own first poll round, closed on SIGTERM; and a
 * listener open to the network without STATUS_TOKEN refused at start-up in one line.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram/fake-telegram.js";
import { closedPort } from "../helpers/local.js";
import { startNewsdesk } from "../helpers/newsdesk-process.js";
import { runNode, repoRoot } from "../helpers/run-node.js";

let fake: FakeTelegram | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe("newsdesk with HTTP_PORT", () => {
  it("serves readiness and metrics while running, and closes the listener on SIGTERM", async () => {
    fake = await startFakeTelegram({ longPollCapMs: 200 });
    const port = await closedPort();
    const directory = mkdtempSync(path.join(tmpdir(), "newsdesk-ops-app-"));
    const newsdesk = startNewsdesk({ STORE_URL: `sqlite://${path.join(directory, "store.sqlite")}`, TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.url, HTTP_PORT: String(port) });
    try {
      await newsdesk.waitForLog((line) => line.msg === "status and metrics listener started", 30_000);
      const base = `http://127.0.0.1:${port}`;
      expect(await (await fetch(`${base}/healthz`)).text()).toBe("ok\n");
      // Ready once the first ticks have come (the runtime has just started).
      let readiness: { status: number; body: string } | undefined;
      for (let attempt = 0; attempt < 100 && readiness?.status !== 200; attempt += 1) {
        const answer = await fetch(`${base}/readyz`);
        readiness = { status: answer.status, body: await answer.text() };
        if (answer.status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(readiness).toEqual({ status: 200, body: `${JSON.stringify({ ready: true, checks: [{ name: "store", ok: true }, { name: "telegram", ok: true }, { name: "scheduler", ok: true }] })}\n` });
      const metrics = await (await fetch(`${base}/metrics`)).text();
      // The first poll round of the bundled sample feeds, before the platforms started.
      expect(metrics).toMatch(/^newsdesk_feed_polls_total\{result="ok"\} [1-9]/mu);
      expect(metrics).toMatch(/^newsdesk_outbox_pending 0$/mu);
    } finally {
      newsdesk.child.kill("SIGTERM");
    }
    expect(await newsdesk.exited).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  }, 60_000);

  it("refuses to start a listener open to the network without STATUS_TOKEN, in one line", async () => {
    const result = await runNode([path.join(repoRoot, "bin/newsdesk.js"), "start"], { HTTP_PORT: "9464", HTTP_HOST: "0.0.0.0", CONSOLE: "true" });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("STATUS_TOKEN: required when HTTP_HOST is not a loopback address");
  }, 30_000);
});
