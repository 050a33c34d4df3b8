/**
 * Several instances writing one chat's settings and one token budget at the same moment, as real
 * processes on the real PostgreSQL: no change is lost, and the budget is never overspent.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createStores } from "../../src/adapters/store/create-stores.js";
import { dropTables, TEST_POSTGRES_URL, uniqueRunPrefix } from "../adapters/store/sql-store-harness.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const runPrefix = uniqueRunPrefix("writes");

afterAll(async () => {
  const pool = new pg.Pool({ connectionString: TEST_POSTGRES_URL, max: 1 });
  await dropTables(pool, runPrefix);
  await pool.end();
});

/** Runs the writer child to completion and resolves its standard output. */
function runWriter(prefix: string, mode: string, instanceId: string, count: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join(repoRoot, "test/delivery/store-writer-child.ts"), TEST_POSTGRES_URL, prefix, mode, instanceId, String(count)],
      { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    let errors = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`writer exited ${code}: ${errors.slice(0, 2000)}`))));
  });
}

describe("two instances writing at once on one PostgreSQL", () => {
  it("lose none of each other's changes to one chat's settings", async () => {
    const prefix = `${runPrefix}_settings`;
    const outputs = await Promise.all([runWriter(prefix, "settings", "instance-0", 25), runWriter(prefix, "settings", "instance-1", 25)]);
    expect(outputs.every((output) => output.includes("DONE"))).toBe(true);
    const stores = await createStores({ url: TEST_POSTGRES_URL, retentionMs: 86_400_000, namespacePrefix: prefix });
    try {
      const settings = await stores.subscriptions.get({ platform: "telegram", chatId: "-100777" });
      expect(settings?.follows).toHaveLength(50);
      expect(new Set(settings?.sections)).toEqual(new Set(Array.from({ length: 50 }, (_, index) => `s${index}`)));
      // Subscribed chats owe a briefing: the schedule index was kept by every change.
      expect(settings?.nextBriefingAt).toBeGreaterThan(Date.now() - 1_000);
    } finally {
      await stores.close();
    }
  });

  it("never overspend the daily token budget, and spend all of it", async () => {
    const prefix = `${runPrefix}_budget`;
    const outputs = await Promise.all([runWriter(prefix, "budget", "instance-0", 5), runWriter(prefix, "budget", "instance-1", 5), runWriter(prefix, "budget", "instance-2", 5)]);
    const granted = outputs.map((output) => Number(/GRANTED (\d+)/u.exec(output)?.[1] ?? Number.NaN));
    // 1,000 tokens at 7 a reservation: exactly 142 reservations fit, whoever makes them.
    expect(granted.reduce((total, value) => total + value, 0)).toBe(142);
  });
});
