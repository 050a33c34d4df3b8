/**
 * A dependency newsdesk cannot reach is said so at once (which one, the error in words, when it is
 * tried again), and SIGTERM still stops newsdesk in order while it waits: the real bin, each
 * dependency pointed at a closed port on 127.0.0.1.
 */
import { createServer, type Server } from "node:http";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { tablePrefixOf } from "../../src/adapters/store/sql/sql-database.js";
import { dropTables, TEST_POSTGRES_URL, uniqueRunPrefix } from "../adapters/store/sql-store-harness.js";
import { startFakeTelegram } from "../fakes/telegram/fake-telegram.js";
import { closedPort } from "../helpers/local.js";
import { type LogLine, type NewsdeskProcess, startNewsdesk } from "../helpers/newsdesk-process.js";

const WAIT_MS = 30_000;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function sqliteStore(): string {
  return `sqlite://${path.join(mkdtempSync(path.join(tmpdir(), "newsdesk-unreachable-")), "store.sqlite")}`;
}

function track(instance: NewsdeskProcess): NewsdeskProcess {
  cleanups.push(async () => {
    if (instance.child.exitCode === null && instance.child.signalCode === null) instance.child.kill("SIGKILL");
    await instance.exited;
  });
  return instance;
}

const retrying = (dependency: string) => (line: LogLine) =>
  line.level === 40 && typeof line.msg === "string" && line.msg.startsWith(`${dependency} is unreachable: `) && /; retrying in \d+(\.\d)? s$/u.test(line.msg);

describe("an unreachable dependency at start-up", () => {
  it("Telegram: says so with the error and the retry, retries with a growing pause, and SIGTERM stops start-up in order", async () => {
    const port = await closedPort();
    const instance = track(startNewsdesk({ STORE_URL: sqliteStore(), TELEGRAM_BOT_TOKEN: "1:unreachable", TELEGRAM_API_ROOT: `http://127.0.0.1:${port}` }));
    const first = await instance.waitForLog(retrying(`Telegram Bot API (http://127.0.0.1:${port})`), WAIT_MS);
    expect(first.msg).toContain("ECONNREFUSED");
    expect(first.retryInMs).toBe(1_000);
    const second = await instance.waitForLog((line) => retrying(`Telegram Bot API (http://127.0.0.1:${port})`)(line) && line.attempt === 2, WAIT_MS);
    expect(second.retryInMs).toBe(2_000);
    instance.child.kill("SIGTERM");
    expect(await instance.exited).toBe(0);
    expect(instance.logs().some((line) => line.msg === "stopped during start-up")).toBe(true);
  }, 60_000);

  it("Discord: says so with the error and the retry; SIGTERM stops it", async () => {
    const port = await closedPort();
    const instance = track(
      startNewsdesk({ STORE_URL: sqliteStore(), DISCORD_TOKEN: "unreachable.token.value", DISCORD_APPLICATION_ID: "1", DISCORD_API_ROOT: `http://127.0.0.1:${port}/api` }),
    );
    const line = await instance.waitForLog(retrying(`Discord (http://127.0.0.1:${port})`), WAIT_MS);
    expect(line.msg).toContain("ECONNREFUSED");
    instance.child.kill("SIGTERM");
    expect(await instance.exited).toBe(0);
  }, 60_000);

  it("PostgreSQL: says so with the error and the retry; SIGTERM stops it", async () => {
    const port = await closedPort();
    const instance = track(startNewsdesk({ STORE_URL: `postgres://postgres@127.0.0.1:${port}/test`, TELEGRAM_BOT_TOKEN: "1:never-reached" }));
    const line = await instance.waitForLog(retrying(`PostgreSQL store (postgres://127.0.0.1:${port}/test)`), WAIT_MS);
    expect(line.msg).toContain("ECONNREFUSED");
    instance.child.kill("SIGTERM");
    expect(await instance.exited).toBe(0);
  }, 60_000);

  it("the summary model server: not fatal, summaries extractive meanwhile, and an info line once it answers", async () => {
    const port = await closedPort();
    const instance = track(
      startNewsdesk(
        { STORE_URL: sqliteStore(), LOG_LEVEL: "info", SUMMARY_MODEL: "test-model", OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1` },
        { stdin: "pipe" },
      ),
    );
    const warned = await instance.waitForLog(retrying(`summary model server (http://127.0.0.1:${port})`), WAIT_MS);
    expect(warned.msg).toContain("summaries are extractive until it answers");
    // The chat works meanwhile.
    instance.child.stdin!.write("/sections\n");
    await instance.waitForLog(() => instance.stdout().includes("== Sections =="), WAIT_MS);
    let probed = 0;
    const server: Server = createServer((request, response) => {
      if (request.url === "/v1/models") probed += 1;
      response.writeHead(200, { "content-type": "application/json" }).end('{"object":"list","data":[]}');
    });
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    await instance.waitForLog((line) => line.level === 30 && line.msg === `summary model server (http://127.0.0.1:${port}) is reachable`, WAIT_MS);
    expect(probed).toBeGreaterThan(0);
    instance.child.kill("SIGTERM");
    expect(await instance.exited).toBe(0);
  }, 90_000);
});

describe("SIGTERM while one platform is still unreachable", () => {
  it("stops the platform that started, gives its receiver lease back at once, and closes the store", async () => {
    const prefix = uniqueRunPrefix("startstop");
    const pool = new pg.Pool({ connectionString: TEST_POSTGRES_URL, max: 1 });
    cleanups.push(async () => {
      await dropTables(pool, prefix);
      await pool.end();
    });
    const fake = await startFakeTelegram();
    cleanups.push(() => fake.close());
    const discordPort = await closedPort();
    const instance = track(
      startNewsdesk({
        STORE_URL: TEST_POSTGRES_URL,
        STORE_TABLE_PREFIX: prefix,
        LOG_LEVEL: "info",
        INSTANCE_ID: "stopping-one",
        ARTICLE_FETCH: "false",
        TELEGRAM_BOT_TOKEN: fake.token,
        TELEGRAM_API_ROOT: fake.url,
        DISCORD_TOKEN: "unreachable.token.value",
        DISCORD_APPLICATION_ID: "1",
        DISCORD_API_ROOT: `http://127.0.0.1:${discordPort}/api`,
      }),
    );
    await instance.waitForLog((line) => line.msg === "telegram: receiving updates by long polling", WAIT_MS);
    await instance.waitForLog(retrying(`Discord (http://127.0.0.1:${discordPort})`), WAIT_MS);
    const leases = `"${tablePrefixOf(prefix)}_leases"`;
    const held = await pool.query(`SELECT owner FROM ${leases} WHERE key = 'telegram-receiver'`);
    expect(held.rows).toEqual([{ owner: "stopping-one" }]);
    instance.child.kill("SIGTERM");
    expect(await instance.exited).toBe(0);
    // Given back, not left to expire: another instance can take the receiver at once.
    const after = await pool.query(`SELECT owner FROM ${leases} WHERE key = 'telegram-receiver'`);
    expect(after.rows).toEqual([]);
    expect(instance.logs().some((line) => line.msg === "stopped during start-up")).toBe(true);
    expect(instance.logs().some((line) => line.level === 40 && String(line.msg).startsWith("stop failed"))).toBe(false);
  }, 90_000);
});
