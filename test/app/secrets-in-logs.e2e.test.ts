/**
 * No secret reaches the output: the real bin started with a distinct secret in every setting that
 * holds one (bot tokens, webhook secret, model key, passwords in URLs), driven into failures on
 * Telegram (a chat that blocked the bot), Discord (login and a command) and the model (a base URL
 * with a password, which fetch refuses with an error quoting the URL),
 * with debug logging on; everything it writes to stdout and stderr is searched for each secret.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { commandRegistry } from "../../commands/index.js";
import { deployCommands } from "../../src/adapters/discord/deploy-commands.js";
import { startFakeDiscord, type FakeDiscord } from "../fakes/discord/fake-discord.js";
import { startOpenAiCompatibleServer, type FakeOpenAiServer } from "../fakes/openai-compatible-server.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram/fake-telegram.js";
import { pollUntil as waitFor } from "../helpers/local.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const TELEGRAM_TOKEN = "4242:tgSecretTokenValue";
const DISCORD_TOKEN = "discord.SecretTokenValue.xyz";
const SECRETS = {
  TELEGRAM_BOT_TOKEN: "tgSecretTokenValue",
  DISCORD_TOKEN: "SecretTokenValue.xyz",
  TELEGRAM_WEBHOOK_SECRET: "webhookSecretValue9",
  OPENAI_API_KEY: "sk-openaiSecretKey7",
  OPENAI_BASE_URL: "aiPassSecret5",
};

let telegram: FakeTelegram | undefined;
let discord: FakeDiscord | undefined;
let model: FakeOpenAiServer | undefined;
afterEach(async () => {
  await telegram?.close();
  await discord?.close();
  await model?.close();
});


describe("secrets in the output", () => {
  it("are never written, whatever fails", async () => {
    telegram = await startFakeTelegram({ token: TELEGRAM_TOKEN });
    telegram.addChat({ id: 8, type: "private", firstName: "Blocked reader" });
    telegram.addChat({ id: 9, type: "private", firstName: "Reader" });
    discord = await startFakeDiscord({ token: DISCORD_TOKEN });
    discord.addGuild({ id: "100", name: "Newsroom" });
    discord.addChannel({ id: "200", guildId: "100" });
    await deployCommands({ token: discord.token, applicationId: discord.applicationId, apiRoot: discord.apiRoot, commands: commandRegistry });
    model = await startOpenAiCompatibleServer();
    const modelUrl = new URL(model.baseURL);
    const directory = mkdtempSync(path.join(tmpdir(), "newsdesk-secrets-"));
    const child = spawn(process.execPath, [path.join(repoRoot, "bin/newsdesk.js")], {
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH ?? "",
        LOG_LEVEL: "debug",
        STORE_URL: `sqlite://${path.join(directory, "store.sqlite")}`,
        TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
        TELEGRAM_API_ROOT: telegram.url,
        TELEGRAM_WEBHOOK_SECRET: SECRETS.TELEGRAM_WEBHOOK_SECRET,
        DISCORD_TOKEN,
        DISCORD_APPLICATION_ID: discord.applicationId,
        DISCORD_API_ROOT: discord.apiRoot,
        OPENAI_API_KEY: SECRETS.OPENAI_API_KEY,
        OPENAI_BASE_URL: `http://newsdesk:${SECRETS.OPENAI_BASE_URL}@${modelUrl.host}${modelUrl.pathname}`,
        SUMMARY_MODEL: "secret-test-model",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    try {
      await waitFor(() => ((telegram!.commands()?.length ?? 0) > 0 && discord!.identifies.length > 0 ? true : undefined), 30_000);
      // Telegram: a chat that blocked the bot makes every answer fail with 403.
      telegram.blockBot(8);
      telegram.sendUserMessage({ chatId: 8, userId: 8, text: "/sections" });
      // The model: a summary call is refused with 401 (whose message repeats the key, as OpenAI's does).
      telegram.sendUserMessage({ chatId: 9, userId: 9, text: "/subscribe world" });
      await waitFor(() => telegram!.messagesIn(9).find((message) => message.text.includes("Subscribed")), 15_000);
      telegram.sendUserMessage({ chatId: 9, userId: 9, text: "/briefing" });
      await waitFor(() => telegram!.messagesIn(9).find((message) => message.text.includes("briefing")), 20_000);
      // Discord: a command through the gateway and REST.
      const answer = discord.runSlashCommand("sections", {}, { channelId: "200" });
      await discord.waitFor(() => answer.original, 10_000);

      await waitFor(() => (output.includes("feed") || output.includes("telegram") ? true : undefined), 5_000);
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    // The model call failed with an error naming its URL, password included: written redacted.
    expect(output).toMatch(/"msg":"model summary failed; extractive summary used"/u);
    expect(output).toContain("[redacted]");
    expect(output.length).toBeGreaterThan(0);
    for (const [setting, secret] of Object.entries(SECRETS)) {
      expect(output.includes(secret), `${setting} appears in the output`).toBe(false);
    }
  }, 90_000);
});
