/**
 * Settings that cannot work stop start-up at once with one clear line on stderr and status 2: the
 * real bin, each with one bad setting.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { TEST_POSTGRES_URL } from "../adapters/store/sql-store-harness.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram/fake-telegram.js";
import { repoRoot, runNode } from "../helpers/run-node.js";

let fake: FakeTelegram | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function store(): string {
  return `sqlite://${path.join(mkdtempSync(path.join(tmpdir(), "newsdesk-bad-settings-")), "store.sqlite")}`;
}

async function start(environment: Record<string, string>): Promise<{ code: number | null; lines: string[] }> {
  const { code, stderr } = await runNode([path.join(repoRoot, "bin/newsdesk.js"), "start"], environment);
  // The human lines: log lines (JSON) may go to stderr too.
  return { code, lines: stderr.split("\n").filter((line) => line !== "" && !line.startsWith("{")) };
}

describe("a setting that cannot work", () => {
  it("a PostgreSQL database that does not exist", async () => {
    const url = new URL(TEST_POSTGRES_URL);
    url.pathname = "/newsdesk_no_such_database";
    const { code, lines } = await start({ STORE_URL: url.toString(), TELEGRAM_BOT_TOKEN: "1:never-reached" });
    expect(code).toBe(2);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^newsdesk cannot start: Cannot open PostgreSQL postgres:\/\/127\.0\.0\.1:5432\/newsdesk_no_such_database \(STORE_URL\): .*does not exist/u);
  }, 60_000);

  it("a SQLite path that cannot exist", async () => {
    const { code, lines } = await start({ STORE_URL: "sqlite:///proc/newsdesk/x/store.sqlite" });
    expect(code).toBe(2);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("newsdesk cannot start: Cannot create the directory for the SQLite file of STORE_URL (/proc/newsdesk/x/store.sqlite)");
  }, 60_000);

  it("a sources file that does not exist", async () => {
    const { code, lines } = await start({ STORE_URL: store(), SOURCES_FILE: "/nonexistent/sources.yaml" });
    expect(code).toBe(2);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("/nonexistent/sources.yaml");
  }, 60_000);

  it("a log file that cannot be written", async () => {
    const { code, lines } = await start({ STORE_URL: store(), LOG_FILE: "/proc/newsdesk/newsdesk.log" });
    expect(code).toBe(2);
    expect(lines).toEqual(["LOG_FILE: cannot create the directory of /proc/newsdesk/newsdesk.log (ENOENT)"]);
  }, 60_000);

  it("a Redis database index out of range", async () => {
    const { code, lines } = await start({ STORE_URL: store(), REDIS_URL: "redis://127.0.0.1:6379/99" });
    expect(code).toBe(2);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^newsdesk cannot start: .*DB index is out of range/u);
  }, 60_000);

  it("a TELEGRAM_API_ROOT that is not a URL", async () => {
    const { code, lines } = await start({ STORE_URL: store(), TELEGRAM_BOT_TOKEN: "1:x", TELEGRAM_API_ROOT: "localhost 8081" });
    expect(code).toBe(2);
    expect(lines.join("\n")).toContain("TELEGRAM_API_ROOT");
  }, 60_000);

  it("a token Telegram refuses", async () => {
    fake = await startFakeTelegram();
    const { code, lines } = await start({ STORE_URL: store(), TELEGRAM_BOT_TOKEN: "999:WRONG", TELEGRAM_API_ROOT: fake.url });
    expect(code).toBe(2);
    expect(lines).toEqual(["newsdesk cannot start: Telegram refused TELEGRAM_BOT_TOKEN (getMe: 401 Unauthorized); check the token from @BotFather"]);
  }, 60_000);
});
