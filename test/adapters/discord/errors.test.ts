/**
 * Discord failures → DeliveryError failure kinds.
 */
import { DiscordAPIError, HTTPError, RateLimitError } from "discord.js";
import { describe, expect, it } from "vitest";
import { pino } from "pino";
import { InteractionAnswerError, toAnswerError, toDeliveryError } from "../../../src/adapters/discord/errors.js";
import { SendQueueError } from "../../../src/adapters/discord/send-queue.js";

const apiError = (status: number, code: number, message: string) =>
  new DiscordAPIError({ code, message }, code, status, "POST", "https://discord.com/api/v10/channels/1/messages", { body: {}, files: undefined });

describe("toDeliveryError", () => {
  it.each([
    [404, 10003, "Unknown Channel"],
    [404, 10004, "Unknown Guild"],
    [403, 50001, "Missing Access"],
    [403, 50007, "Cannot send messages to this user"],
    [403, 50013, "Missing Permissions"],
    [400, 50083, "Thread is archived"],
    [403, 99999, "Something new"],
  ])("HTTP %i code %i is permanent", (status, code, message) => {
    expect(toDeliveryError(apiError(status, code, message), "1")).toMatchObject({ failure: "permanent", message: expect.stringContaining(String(code)) });
  });

  it("does not pause a chat for a bad token or a rendering bug", () => {
    expect(toDeliveryError(apiError(401, 0, "401: Unauthorized"), "1").failure).toBe("retryable");
    expect(toDeliveryError(apiError(400, 50035, "Invalid Form Body"), "1").failure).toBe("retryable");
  });

  it("carries the wait of a rate limit the adapter would not wait out", () => {
    const error = new RateLimitError({ timeToReset: 120_000, limit: 5, method: "POST", hash: "h", url: "u", route: "/channels/:id/messages", majorParameter: "1", global: false, retryAfter: 120_050, sublimitTimeout: 0, scope: "user" });
    expect(toDeliveryError(error, "1")).toMatchObject({ failure: "retryable", retryAfterMs: 120_050 });
  });

  it("says `unknown` when the post may have arrived, `retryable` when it cannot have", () => {
    expect(toDeliveryError(new HTTPError(502, "Bad Gateway", "POST", "u", { body: {}, files: undefined }), "1").failure).toBe("unknown");
    const timeout = Object.assign(new Error("This operation was aborted"), { name: "AbortError" });
    expect(toDeliveryError(timeout, "1").failure).toBe("unknown");
    const refused = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    expect(toDeliveryError(refused, "1").failure).toBe("retryable");
    expect(toDeliveryError(new SendQueueError("send queue full"), "1").failure).toBe("retryable");
  });
});

describe("toAnswerError", () => {
  it("keeps the interaction token and the message body out of what a logger prints", () => {
    const secretToken = "aW50ZXJhY3Rpb246MTIzOnNlY3JldA";
    const error = new DiscordAPIError({ code: 10062, message: "Unknown interaction" }, 10062, 404, "PATCH", `https://discord.com/api/v10/webhooks/555/${secretToken}/messages/%40original`, {
      body: { content: "feed text body" },
      files: undefined,
    });
    const wrapped = toAnswerError(error);
    expect(wrapped).toBeInstanceOf(InteractionAnswerError);
    expect(wrapped).toMatchObject({ code: 10062, status: 404, message: expect.stringContaining("PATCH /api/v10/webhooks/555/:token/messages/%40original") });
    const printed = JSON.stringify(pino.stdSerializers.err(wrapped as Error));
    expect(printed).not.toContain(secretToken);
    expect(printed).not.toContain("feed text body");
    expect(printed).toContain("Unknown interaction");
  });

  it("passes other errors through", () => {
    const other = new Error("store down");
    expect(toAnswerError(other)).toBe(other);
  });
});
