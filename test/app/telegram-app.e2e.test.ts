/**
 * `npm start` with a Telegram token serves Telegram: the real bin, the real grammY client long-polling
 * the fake Bot API, the bundled sample feeds and a real SQLite file.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram/fake-telegram.js";
import { pollUntil as waitFor } from "../helpers/local.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");
let fake: FakeTelegram | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});


describe("newsdesk serving Telegram", () => {
  it("publishes its command menu, answers commands from the sample feeds, and stops cleanly on SIGTERM", async () => {
    fake = await startFakeTelegram();
    fake.addChat({ id: 7, type: "private", firstName: "Ada" });
    const directory = mkdtempSync(path.join(tmpdir(), "newsdesk-telegram-app-"));
    const child = spawn(process.execPath, [path.join(repoRoot, "bin/newsdesk.js")], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? "", STORE_URL: `sqlite://${path.join(directory, "store.sqlite")}`, TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    try {
      await waitFor(() => ((fake!.commands()?.length ?? 0) > 0 ? true : undefined), 20_000);
      expect(fake.commands()?.map((command) => command.command)).toContain("digest");
      fake.sendUserMessage({ chatId: 7, userId: 7, text: "/subscribe technology" });
      await waitFor(() => fake!.messagesIn(7).find((message) => message.text.includes("Subscribed to Technology")), 10_000);
      fake.sendUserMessage({ chatId: 7, userId: 7, text: "/digest technology" });
      const digest = await waitFor(() => fake!.messagesIn(7).find((message) => message.text.includes("Technology digest")), 10_000);
      // The ministry breach reported by two outlets is one story naming both.
      expect(digest.text).toMatch(/The Daily Ledger[\s\S]*Byte Bulletin|Byte Bulletin[\s\S]*The Daily Ledger/u);
      expect(digest.parseMode).toBe("HTML");
      // A slow command shows "typing…" while it works.
      expect(fake.chatActions.some((action) => action.chatId === 7 && action.action === "typing")).toBe(true);
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
  }, 60_000);
});
