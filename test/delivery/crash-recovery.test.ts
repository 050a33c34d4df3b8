/**
 * Exactly-once briefings across crashes: a child process runs a real briefing round for 500 chats
 * (real SQLite file, the real grammY client against the fake Bot API) and is killed with SIGKILL at
 * random points, then restarted, until the round is done. No chat may ever get two briefings; a chat
 * may miss its briefing only when its record says the send was interrupted with an unknown outcome.
 * The kill points are drawn from a seed printed at the start (replay one with TEST_SEED=<seed>).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createStores } from "../../src/adapters/store/create-stores.js";
import { startFakeTelegram } from "../fakes/telegram/fake-telegram.js";
import { seededRandom } from "../helpers/seeded-random.js";
import { seedChats, startChild } from "./round-harness.js";

const CHATS = 500;
const TRIALS = 5;
const KILLS_PER_TRIAL = 3;

/** Where the kills fall: a new seed each run unless TEST_SEED is set. */
const random = seededRandom("crash recovery kill points");

const totals = { trials: 0, kills: 0, killsWhileSending: 0, delivered: 0, duplicates: 0, missing: 0, uncertain: 0 };
afterAll(() => {
  console.log(`crash recovery (seed ${random.seed}): ${JSON.stringify(totals)}`);
});

describe("a briefing round killed at random points", () => {
  it(`delivers each of ${CHATS} chats at most one briefing, and misses only interrupted sends, over ${TRIALS} trials`, async () => {
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const fake = await startFakeTelegram({ limits: { perChat: false, perGroup: false, global: { limit: 3_000, windowMs: 1_000 } } });
      try {
        for (let index = 1; index <= CHATS; index += 1) fake.addChat({ id: index, type: "private", firstName: `Reader ${index}` });
        const directory = mkdtempSync(path.join(tmpdir(), "newsdesk-crash-"));
        const storeUrl = `sqlite://${path.join(directory, "store.sqlite")}`;
        await seedChats(storeUrl, "crash", CHATS);
        for (let run = 0; ; run += 1) {
          const { child, exited } = await startChild(storeUrl, "crash", fake.url, `run-${run}`, 1_000);
          if (run < KILLS_PER_TRIAL) {
            // Kill somewhere in the round: while briefings are being queued, or while they are being sent.
            await new Promise((resolve) => setTimeout(resolve, random.below(1_200)));
            if (child.exitCode === null) {
              const before = fake.messages.length;
              child.kill("SIGKILL");
              totals.kills += 1;
              if (before > 0 && before < CHATS) totals.killsWhileSending += 1;
            }
            await exited;
            continue;
          }
          expect(await exited).toBe(0);
          break;
        }
        const perChat = new Map<string, number>();
        for (const message of fake.messages) perChat.set(String(message.chatId), (perChat.get(String(message.chatId)) ?? 0) + 1);
        const stores = await createStores({ url: storeUrl, retentionMs: 86_400_000, namespacePrefix: "crash" });
        expect(perChat.size).toBeGreaterThan(0);
        const statuses = new Map<string, string>();
        for (let index = 1; index <= CHATS; index += 1) {
          const date = new Date(Date.now() - 60_000).toISOString().slice(0, 10);
          const record = (await stores.outbox.get(`briefing:telegram:${index}:${date}`)) ?? (await stores.outbox.get(`briefing:telegram:${index}:${new Date().toISOString().slice(0, 10)}`));
          statuses.set(String(index), record?.status ?? "missing");
        }
        await stores.close();
        const duplicates = [...perChat.values()].filter((count) => count > 1).length;
        const missing = [...statuses.keys()].filter((chat) => !perChat.has(chat));
        totals.trials += 1;
        totals.delivered += perChat.size;
        totals.duplicates += duplicates;
        totals.missing += missing.length;
        totals.uncertain += [...statuses.values()].filter((status) => status === "uncertain").length;
        expect(duplicates).toBe(0);
        expect([...statuses.values()].every((status) => status === "sent" || status === "uncertain")).toBe(true);
        for (const chat of missing) expect(statuses.get(chat)).toBe("uncertain");
      } finally {
        await fake.close();
      }
    }
  }, 240_000);
});
