/**
 * SIGTERM is honoured at any moment, start-up included: the real bin, started with a Telegram token
 * and a Bot API address where nothing listens (start-up cannot finish), stops in order within the
 * 10-s stop deadline after one signal, and exits at once on a second one.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { closedPort, pollUntil } from "../helpers/local.js";
import { startNewsdesk } from "../helpers/newsdesk-process.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");


async function startStuck(): Promise<{ child: ReturnType<typeof spawn>; exited: Promise<{ code: number | null; at: number }>; stderr: () => string }> {
  const directory = mkdtempSync(path.join(tmpdir(), "newsdesk-signals-"));
  const child = spawn(process.execPath, [path.join(repoRoot, "bin/newsdesk.js"), "start"], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? "",
      STORE_URL: `sqlite://${path.join(directory, "store.sqlite")}`,
      TELEGRAM_BOT_TOKEN: "1:unreachable",
      TELEGRAM_API_ROOT: `http://127.0.0.1:${await closedPort()}`,
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.resume();
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.on("exit", (code) => resolve({ code, at: Date.now() })));
  // Start-up is under way, waiting for Telegram.
  for (let waited = 0; !stderr.includes("is unreachable") && waited < 30_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  return { child, exited, stderr: () => stderr };
}

describe("stop signals", () => {
  it("stops in order within the stop deadline after SIGTERM, even while start-up cannot finish", async () => {
    const { child, exited, stderr } = await startStuck();
    const signalled = Date.now();
    child.kill("SIGTERM");
    const { code, at } = await exited;
    expect(at - signalled).toBeLessThan(13_000);
    // Start-up was given up in order (nothing left to the deadline).
    expect(code).toBe(0);
    expect(stderr()).toContain('"msg":"stopped during start-up"');
    expect(stderr()).not.toContain("exiting now");
  }, 60_000);

  it("exits at once on a second signal during an orderly stop", async () => {
    // A terminal chat command reading a page that never comes: the orderly stop waits for it (a few seconds).
    const server = createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    let requested = false;
    server.on("request", () => (requested = true));
    try {
      const directory = mkdtempSync(path.join(tmpdir(), "newsdesk-signals-"));
      const instance = startNewsdesk(
        { STORE_URL: `sqlite://${path.join(directory, "store.sqlite")}`, LOG_LEVEL: "info", FETCH_ALLOW_HOSTS: `127.0.0.1:${port}`, ARTICLE_FETCH_TIMEOUT_MS: "60000" },
        { stdin: "pipe" },
      );
      await instance.waitForLog((line) => line.msg === "newsdesk started", 30_000);
      instance.child.stdin!.write(`/summary http://127.0.0.1:${port}/page\n`);
      await pollUntil(() => (requested ? true : undefined), 30_000);
      instance.child.kill("SIGTERM");
      await instance.waitForLog((line) => line.msg === "stopping", 30_000);
      // The page fetch it would otherwise wait for takes up to 60 s: exit code 130 and the log line
      // say it did not wait.
      instance.child.kill("SIGTERM");
      const code = await instance.exited;
      expect(code).toBe(130);
      expect(instance.logs().some((line) => line.msg === "newsdesk: SIGTERM again, exiting now")).toBe(true);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }, 60_000);
});
