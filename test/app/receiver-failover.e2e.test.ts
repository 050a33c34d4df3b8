/**
 * Failover of the Telegram receiver: two real newsdesk processes (bin/newsdesk.js) long-polling one
 * fake Bot API and sharing the real PostgreSQL (tables of their own prefix). Only the holder of the
 * receiver lease calls getUpdates, so Telegram never answers 409; SIGKILL the holder and the
 * survivor answers a user's command within 30 s (the bound; the lease lets it be ~18 s).
 */
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { tablePrefixOf } from "../../src/adapters/store/sql/sql-database.js";
import { dropTables, TEST_POSTGRES_URL, uniqueRunPrefix } from "../adapters/store/sql-store-harness.js";
import { type FakeTelegram, startFakeTelegram } from "../fakes/telegram/fake-telegram.js";
import { type NewsdeskProcess, startNewsdesk } from "../helpers/newsdesk-process.js";

/** The bound between the holder's death and the survivor's answer. */
const TAKEOVER_LIMIT_MS = 30_000;
/** Start-up of two processes (tsx, first poll round) on a loaded machine. */
const START_MS = 90_000;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

async function waitFor<T>(check: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The owner of the unexpired receiver lease, read from the lease table. */
async function receiverHolder(pool: pg.Pool, prefix: string): Promise<string | undefined> {
  const { rows } = await pool.query<{ owner: string }>(`SELECT owner FROM "${tablePrefixOf(prefix)}_leases" WHERE key = 'telegram-receiver' AND expires_at > $1`, [Date.now()]);
  return rows[0]?.owner;
}

const polls = (line: { msg?: string }) => line.msg === "telegram: receiving updates by long polling";

describe("the Telegram receiver on two instances", () => {
  it("is held by one instance; when it is killed, the other receives and answers within 30 s", async () => {
    const prefix = uniqueRunPrefix("failover");
    const pool = new pg.Pool({ connectionString: TEST_POSTGRES_URL, max: 1 });
    cleanups.push(async () => {
      await dropTables(pool, prefix);
      await pool.end();
    });
    const fake: FakeTelegram = await startFakeTelegram();
    cleanups.push(() => fake.close());
    fake.addChat({ id: 7, type: "private", firstName: "Ada" });
    const instances = new Map<string, NewsdeskProcess>();
    for (const id of ["one", "two"]) {
      const instance = startNewsdesk({
        STORE_URL: TEST_POSTGRES_URL,
        STORE_TABLE_PREFIX: prefix,
        TELEGRAM_BOT_TOKEN: fake.token,
        TELEGRAM_API_ROOT: fake.url,
        INSTANCE_ID: id,
        ARTICLE_FETCH: "false",
        LOG_LEVEL: "info",
      });
      instances.set(id, instance);
      cleanups.push(async () => {
        if (instance.child.exitCode === null && instance.child.signalCode === null) instance.child.kill("SIGKILL");
        await instance.exited;
      });
    }
    await Promise.all([...instances.values()].map((instance) => instance.waitForLog((line) => line.msg === "newsdesk started", START_MS)));

    // One of them holds the lease and polls; the other only sends.
    const holderId = await receiverHolder(pool, prefix);
    expect(["one", "two"]).toContain(holderId);
    const survivorId = holderId === "one" ? "two" : "one";
    const holder = instances.get(holderId!)!;
    const survivor = instances.get(survivorId)!;
    expect(holder.logs().some(polls)).toBe(true);
    expect(survivor.logs().some(polls)).toBe(false);
    fake.sendUserMessage({ chatId: 7, userId: 7, text: "/help" });
    await waitFor(() => fake.messagesIn(7)[0], 20_000);

    holder.child.kill("SIGKILL");
    const killedAt = Date.now();
    await holder.exited;
    const before = fake.messagesIn(7).length;
    fake.sendUserMessage({ chatId: 7, userId: 7, text: "/sections" });
    // Wait past the bound, so that a slow takeover is reported with its figure.
    await waitFor(() => fake.messagesIn(7).slice(before).find((message) => message.text.includes("Sections")), TAKEOVER_LIMIT_MS * 2);
    const takeoverMs = Date.now() - killedAt;
    const tookLease = survivor.logs().find((line) => line.msg === "singleton role: lease taken, playing the role" && typeof line.time === "number");
    console.log(
      `receiver failover: the survivor took the lease ${Number(tookLease?.time) - killedAt} ms and answered ${takeoverMs} ms after the holder's SIGKILL`,
    );
    expect(takeoverMs).toBeLessThan(TAKEOVER_LIMIT_MS);
    expect(survivor.logs().some(polls)).toBe(true);
    expect(await receiverHolder(pool, prefix)).toBe(survivorId);
    // Never two pollers at once: Telegram (and the fake) would have answered 409.
    expect(fake.requests.filter((request) => request.method.toLowerCase() === "getupdates" && request.status === 409)).toEqual([]);

    // A clean stop gives the lease back.
    survivor.child.kill("SIGTERM");
    expect(await survivor.exited).toBe(0);
    expect(await receiverHolder(pool, prefix)).toBeUndefined();
  }, 240_000);
});
