/**
 * Shared by the delivery tests: seeding due chats into a store, and starting delivery child processes.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createStores } from "../../src/adapters/store/create-stores.js";
import type { ChatSettings } from "../../src/core/chats/chat.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");

/** Subscribes `count` private Telegram chats whose briefing is due a minute ago (UTC). */
export async function seedChats(storeUrl: string, prefix: string, count: number): Promise<void> {
  const stores = await createStores({ url: storeUrl, retentionMs: 86_400_000, namespacePrefix: prefix });
  const now = Date.now();
  const due = new Date(now - 60_000);
  const time = `${String(due.getUTCHours()).padStart(2, "0")}:${String(due.getUTCMinutes()).padStart(2, "0")}`;
  for (let index = 1; index <= count; index += 1) {
    const settings: ChatSettings = {
      chat: { platform: "telegram", chatId: String(index) },
      sections: ["world"],
      follows: [],
      briefing: { enabled: true, time, timezone: "UTC", weekdays: [1, 2, 3, 4, 5, 6, 7], since: now - 3_600_000 },
      language: "en",
      lastDigestAt: {},
      createdAt: now - 3_600_000,
      updatedAt: now - 3_600_000,
      nextBriefingAt: now - 60_000,
    };
    await stores.subscriptions.put(settings);
  }
  await stores.close();
}

/** Starts a delivery child; resolves with it once it is ready. */
export function startChild(storeUrl: string, prefix: string, apiRoot: string, instanceId: string, leaseMs: number): Promise<{ child: ChildProcess; exited: Promise<number | null> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, "test/delivery/briefing-round-child.ts"), storeUrl, prefix, apiRoot, instanceId, String(leaseMs)], {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("READY")) resolve({ child, exited });
    });
    let errors = "";
    child.stderr!.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.on("error", reject);
    void exited.then((code) => {
      if (!output.includes("READY")) reject(new Error(`child exited ${code} before ready: ${errors.slice(0, 2000)}`));
    });
  });
}

