/**
 * SIGTERM is honoured at any moment, start-up included: the real bin, started with a Telegram token
 * and a Bot API address where nothing listens (start-up cannot finish), exits within the 10-s stop
 * deadline after one signal, and at once after a second one.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { closedPort } from "../helpers/local.js";

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
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.resume();
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.on("exit", (code) => resolve({ code, at: Date.now() })));
  // Past loading the configuration: start-up is under way.
  for (let waited = 0; !stderr.includes('"configuration"') && waited < 20_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  return { child, exited, stderr: () => stderr };
}

describe("stop signals", () => {
  it("exits within the stop deadline after SIGTERM, even while start-up cannot finish", async () => {
    const { child, exited, stderr } = await startStuck();
    const signalled = Date.now();
    child.kill("SIGTERM");
    const { code, at } = await exited;
    expect(at - signalled).toBeLessThan(13_000);
    // Start-up could not finish, so the orderly stop could not either: the deadline ended it, saying so.
    expect(code).toBe(1);
    expect(stderr()).toContain("still stopping 10 s after SIGTERM; exiting now");
  }, 30_000);

  it("exits at once on a second signal", async () => {
    const { child, exited, stderr } = await startStuck();
    child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 300));
    const second = Date.now();
    child.kill("SIGTERM");
    const { code, at } = await exited;
    expect(at - second).toBeLessThan(2_000);
    expect(code).toBe(130);
    expect(stderr()).toContain("SIGTERM again, exiting now");
  }, 30_000);
});
