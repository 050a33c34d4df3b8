/**
 * What a failed Bot API call means: which failures pause a chat, which are waited out, and which
 * are never repeated because Telegram may already have posted the message. Logs get no payloads.
 */
import { GrammyError, HttpError } from "grammy";
import { describe, expect, it } from "vitest";
import { classifyTelegramError, describeTelegramError, toDeliveryError } from "../../../src/adapters/telegram/errors.js";
import { telegramVerdict } from "../../../src/adapters/telegram/telegram-sender.js";

function apiError(code: number, description: string, parameters: { retry_after?: number; migrate_to_chat_id?: number } = {}): GrammyError {
  return new GrammyError(`Call to 'sendMessage' failed! (${code}: ${description})`, { ok: false, error_code: code, description, parameters }, "sendMessage", {
    chat_id: 7,
    text: "secret message text",
  });
}

function networkError(code: string): HttpError {
  return new HttpError("Network request for 'sendMessage' failed!", Object.assign(new Error(`request to http://x/bot123:TEST/sendMessage failed, reason: ${code}`), { code }));
}

describe("Telegram errors", () => {
  it("classifies Telegram's answers", () => {
    expect(classifyTelegramError(apiError(429, "Too Many Requests: retry after 5", { retry_after: 5 }))).toEqual({ kind: "rate-limited", retryAfterMs: 5_000 });
    expect(classifyTelegramError(apiError(400, "Bad Request: group chat was upgraded to a supergroup chat", { migrate_to_chat_id: -100 }))).toEqual({ kind: "migrated", toChatId: -100 });
    for (const gone of [
      apiError(403, "Forbidden: bot was blocked by the user"),
      apiError(403, "Forbidden: bot was kicked from the supergroup chat"),
      apiError(400, "Bad Request: chat not found"),
      apiError(400, "Bad Request: need administrator rights in the channel chat"),
      apiError(400, "Bad Request: message thread not found"),
    ]) {
      expect(classifyTelegramError(gone).kind).toBe("chat-gone");
      expect(toDeliveryError(gone).failure).toBe("permanent");
    }
    expect(classifyTelegramError(apiError(400, "Bad Request: can't parse entities: Unsupported start tag")).kind).toBe("bad-markup");
    expect(classifyTelegramError(apiError(400, "Bad Request: message is too long")).kind).toBe("too-long");
    expect(toDeliveryError(apiError(429, "Too Many Requests: retry after 300", { retry_after: 300 }))).toMatchObject({ failure: "retryable", retryAfterMs: 300_000 });
  });

  it("retries only requests that never left, and never repeats one that may have arrived", () => {
    expect(classifyTelegramError(networkError("ECONNREFUSED")).kind).toBe("not-sent");
    expect(telegramVerdict(networkError("ECONNREFUSED"))).toEqual({ kind: "transient" });
    for (const maybeArrived of [networkError("ECONNRESET"), networkError("ETIMEDOUT"), new HttpError("timed out", new Error("timed out")), apiError(502, "Bad Gateway")]) {
      expect(classifyTelegramError(maybeArrived).kind).toBe("unknown-outcome");
      expect(telegramVerdict(maybeArrived)).toEqual({ kind: "final" });
      expect(toDeliveryError(maybeArrived).failure).toBe("unknown");
    }
    expect(telegramVerdict(apiError(429, "Too Many Requests: retry after 2", { retry_after: 2 }))).toEqual({ kind: "retry-after", delayMs: 2_000 });
  });

  it("describes errors for logs without payloads, texts or tokens", () => {
    const logged = JSON.stringify([describeTelegramError(apiError(403, "Forbidden: bot was blocked by the user")), describeTelegramError(networkError("ECONNRESET"))]);
    expect(logged).toContain("bot was blocked by the user");
    expect(logged).toContain("ECONNRESET");
    expect(logged).not.toContain("secret message text");
    expect(logged).not.toContain("123:TEST");
    const delivery = toDeliveryError(networkError("ECONNRESET"));
    expect(JSON.stringify({ message: delivery.message, cause: String(delivery.cause) })).not.toContain("123:TEST");
  });
});
