/**
 * Several instances sharing the real PostgreSQL: two and three child processes run the same briefing
 * round; every chat gets its briefing once. One process killed mid-round: the others finish its work
 * once its leases expire.
 */
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createStores } from "../../src/adapters/store/create-stores.js";
import { startFakeTelegram } from "../fakes/telegram/fake-telegram.js";
import { dropTables, TEST_POSTGRES_URL, uniqueRunPrefix } from "../adapters/store/sql-store-harness.js";
import { seedChats, startChild } from "./round-harness.js";

const storeUrl = TEST_POSTGRES_URL;
const CHATS = 300;
const runPrefix = uniqueRunPrefix("instances");
let rounds = 0;

afterAll(async () => {
  // Leave no test tables behind in the shared database.
  const pool = new pg.Pool({ connectionString: storeUrl, max: 1 });
  await dropTables(pool, runPrefix);
  await pool.end();
});

async function runRound(instances: number, killOne: boolean) {
  const prefix = `${runPrefix}_${(rounds += 1)}`;
  const fake = await startFakeTelegram({ limits: { perChat: false, perGroup: false, global: { limit: 3_000, windowMs: 1_000 } } });
  try {
    for (let index = 1; index <= CHATS; index += 1) fake.addChat({ id: index, type: "private", firstName: `Reader ${index}` });
    await seedChats(storeUrl, prefix, CHATS);
    const children = await Promise.all(Array.from({ length: instances }, (_, index) => startChild(storeUrl, prefix, fake.url, `instance-${index}`, 1_500)));
    if (killOne) {
      // Kill the first instance once sending is under way.
      while (fake.messages.length < CHATS / 10) await new Promise((resolve) => setTimeout(resolve, 5));
      children[0]!.child.kill("SIGKILL");
    }
    const codes = await Promise.all(children.map((child) => child.exited));
    const perChat = new Map<number, number>();
    for (const message of fake.messages) perChat.set(Number(message.chatId), (perChat.get(Number(message.chatId)) ?? 0) + 1);
    const stores = await createStores({ url: storeUrl, retentionMs: 86_400_000, namespacePrefix: prefix });
    const uncertain = (await Promise.all(
      Array.from({ length: CHATS }, async (_, index) => {
        for (const date of new Set([new Date(Date.now() - 60_000).toISOString().slice(0, 10), new Date().toISOString().slice(0, 10)])) {
          const record = await stores.outbox.get(`briefing:telegram:${index + 1}:${date}`);
          if (record) return record.status === "uncertain" ? index + 1 : undefined;
        }
        return undefined;
      }),
    )).filter((chat): chat is number => chat !== undefined);
    await stores.close();
    return { codes, perChat, uncertain };
  } finally {
    await fake.close();
  }
}

describe("several instances on one PostgreSQL", () => {
  it("two instances deliver every chat's briefing exactly once", async () => {
    const { codes, perChat } = await runRound(2, false);
    expect(codes).toEqual([0, 0]);
    expect(perChat.size).toBe(CHATS);
    expect([...perChat.values()].every((count) => count === 1)).toBe(true);
  }, 120_000);

  it("three instances deliver every chat's briefing exactly once", async () => {
    const { codes, perChat } = await runRound(3, false);
    expect(codes).toEqual([0, 0, 0]);
    expect(perChat.size).toBe(CHATS);
    expect([...perChat.values()].every((count) => count === 1)).toBe(true);
  }, 120_000);

  it("when one of three is killed mid-round, the others finish its work and nothing is sent twice", async () => {
    const { codes, perChat, uncertain } = await runRound(3, true);
    expect(codes.slice(1)).toEqual([0, 0]);
    expect([...perChat.values()].every((count) => count === 1)).toBe(true);
    const missing = Array.from({ length: CHATS }, (_, index) => index + 1).filter((chat) => !perChat.has(chat));
    for (const chat of missing) expect(uncertain).toContain(chat);
    expect(perChat.size).toBeGreaterThanOrEqual(CHATS - uncertain.length);
  }, 120_000);
});
