/**
 * Several instances sharing the real Redis: two and three child processes run the same briefing
 * round; every chat gets its briefing once. One process killed mid-round: the others finish its work
 * once its leases expire.
 */
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createKeyvStores } from "../../src/adapters/store/create-keyv-stores.js";
import { startFakeTelegram } from "../fakes/telegram/fake-telegram.js";
import { seedChats, startChild } from "./round-harness.js";

const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const CHATS = 300;
const prefixes: string[] = [];

afterAll(async () => {
  // Leave no test keys behind in the shared Redis.
  const { createClient } = await import("@keyv/redis");
  const client = createClient({ url: redisUrl });
  await client.connect();
  for (const prefix of prefixes) {
    for await (const keys of client.scanIterator({ MATCH: `${prefix}:*`, COUNT: 1000 })) if (keys.length > 0) await client.del(keys);
  }
  await client.close();
});

async function runRound(instances: number, killOne: boolean) {
  const prefix = `newsdesk-test-instances-${process.pid}-${randomBytes(4).toString("hex")}`;
  prefixes.push(prefix);
  const fake = await startFakeTelegram({ limits: { perChat: false, perGroup: false, global: { limit: 3_000, windowMs: 1_000 } } });
  try {
    for (let index = 1; index <= CHATS; index += 1) fake.addChat({ id: index, type: "private", firstName: `Reader ${index}` });
    await seedChats(redisUrl, prefix, CHATS);
    const children = await Promise.all(Array.from({ length: instances }, (_, index) => startChild(redisUrl, prefix, fake.url, `instance-${index}`, 1_500)));
    if (killOne) {
      // Kill the first instance once sending is under way.
      while (fake.messages.length < CHATS / 10) await new Promise((resolve) => setTimeout(resolve, 5));
      children[0]!.child.kill("SIGKILL");
    }
    const codes = await Promise.all(children.map((child) => child.exited));
    const perChat = new Map<number, number>();
    for (const message of fake.messages) perChat.set(Number(message.chatId), (perChat.get(Number(message.chatId)) ?? 0) + 1);
    const stores = await createKeyvStores({ url: redisUrl, retentionMs: 86_400_000, namespacePrefix: prefix });
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

describe("several instances on one Redis", () => {
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
