import { DiscordAPIError } from "discord.js";
import { describe, expect, it } from "vitest";
import { createPinoLogger } from "../../../src/adapters/logging/create-pino-logger.js";
import { loadConfig, secretValuesOf } from "../../../src/config.js";

function capture(secrets: string[] = []) {
  const lines: string[] = [];
  const logger = createPinoLogger("debug", { secrets, destination: { write: (line: string) => lines.push(line) } });
  return { logger, text: () => lines.join("") };
}

describe("the logger", () => {
  it("writes no request body or payload of a failed platform call, only what identifies the failure", () => {
    const { logger, text } = capture();
    const error = new DiscordAPIError(
      { code: 50013, message: "Missing Permissions" },
      50013,
      403,
      "POST",
      "https://discord.com/api/v10/channels/200/messages",
      { body: undefined, files: undefined, json: { content: "PRIVATE MESSAGE BODY" } } as never,
    );
    logger.warn({ err: error }, "discord delivery failed");
    const line = text();
    expect(line).toContain("Missing Permissions");
    expect(line).toContain('"status":403');
    expect(line).toContain('"path":"/api/v10/channels/200/messages"');
    expect(line).not.toContain("PRIVATE MESSAGE BODY");
  });

  it("scrubs every secret value of the configuration from every line, wherever it appears", () => {
    const config = loadConfig(
      {
        TELEGRAM_BOT_TOKEN: "4242:tg-Secret-Token-Value",
        DISCORD_TOKEN: "discord.Secret.Token",
        DISCORD_APPLICATION_ID: "123456789012345678",
        OPENAI_API_KEY: "sk-openai-Secret-Key",
        OPENAI_BASE_URL: "http://user:ai-Secret-Pass@127.0.0.1:11434/v1",
        STORE_URL: "postgres://newsdesk:pg-Secret-Pass@db:5432/newsdesk",
      },
      undefined,
    );
    const { logger, text } = capture(secretValuesOf(config));
    logger.error({ url: "https://api.telegram.org/bot4242:tg-Secret-Token-Value/sendMessage", header: "Bot discord.Secret.Token" }, "failed with sk-openai-Secret-Key");
    logger.error({ err: new Error("connect to postgres://newsdesk:pg-Secret-Pass@db failed (ai-Secret-Pass)") }, "store");
    const written = text();
    for (const secret of ["tg-Secret-Token-Value", "discord.Secret.Token", "sk-openai-Secret-Key", "pg-Secret-Pass", "ai-Secret-Pass"]) {
      expect(written).not.toContain(secret);
    }
    expect(written).toContain("[redacted]");
  });
});
