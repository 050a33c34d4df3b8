/**
 * Discord failures → DeliveryError, the core's two-way distinction: `permanent` (the channel is gone
 * for the bot; the core pauses that subscription) or `retryable` (try again later).
 *
 * Permanent: 10003 Unknown Channel (deleted), 10004 Unknown Guild, 10013 Unknown User, 50001 Missing
 * Access (no View Channel, or the bot was kicked), 50007 Cannot send messages to this user (DM
 * blocked), 50013 Missing Permissions, 50083 archived thread, 160005 locked thread, and any other
 * 403/404 of a channel post. Retryable: 401 (the bot's token: not the channel's fault, so no channel
 * is paused for it), 429 beyond the wait the adapter accepts (with `retryAfterMs`), connections that
 * never opened, a full send queue, and 400s (a rendering bug must not pause a subscription).
 * Unknown (the message may have been posted; the core does not send it again): timeouts, connections
 * reset or closed after the request left, and 5xx, each after @discordjs/rest's own retries (which
 * cannot duplicate: every post carries a nonce with `enforce_nonce`).
 */
import { DiscordAPIError, HTTPError, RateLimitError } from "discord.js";
import { DeliveryError } from "../../core/delivery/chat-sender.js";
import { describeError } from "../../core/shared/errors.js";
import { SendQueueError } from "./send-queue.js";

const PERMANENT_CODES = new Map<number, string>([
  [10003, "Unknown Channel"],
  [10004, "Unknown Guild"],
  [10013, "Unknown User"],
  [50001, "Missing Access"],
  [50007, "Cannot send messages to this user"],
  [50013, "Missing Permissions"],
  [50083, "Thread is archived"],
  [160005, "Thread is locked"],
]);

/** Classifies a failure of posting to `target` (a channel or thread id). */
export function toDeliveryError(error: unknown, target: string): DeliveryError {
  if (error instanceof DeliveryError) return error;
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === "number" ? error.code : Number(error.code);
    const known = PERMANENT_CODES.get(code);
    if (known) return new DeliveryError(`Discord refused delivery to channel ${target}: ${known} (${code})`, "permanent", { cause: error });
    if (error.status === 401) return new DeliveryError("Discord rejected the bot token (401); check DISCORD_TOKEN", "retryable", { cause: error });
    if (error.status === 403 || error.status === 404) {
      return new DeliveryError(`Discord refused delivery to channel ${target}: ${error.message} (${code}, HTTP ${error.status})`, "permanent", { cause: error });
    }
    return new DeliveryError(`Discord answered HTTP ${error.status} (${code}) for channel ${target}: ${error.message}`, "retryable", { cause: error });
  }
  if (error instanceof RateLimitError) {
    return new DeliveryError(`Discord rate limit (${error.global ? "global" : error.route}) asks to wait ${Math.round(error.retryAfter)} ms`, "retryable", { cause: error, retryAfterMs: error.retryAfter });
  }
  if (error instanceof HTTPError) return new DeliveryError(`Discord answered HTTP ${error.status} for channel ${target}; the message may have been posted`, "unknown", { cause: error });
  if (error instanceof SendQueueError) return new DeliveryError(error.message, "retryable", { cause: error });
  const code = networkCode(error);
  if (code !== undefined && NOT_CONNECTED.has(code)) return new DeliveryError(`Could not reach Discord (${code})`, "retryable", { cause: error });
  return new DeliveryError(`Delivery to Discord channel ${target} ended without an answer (${describeError(error)}); the message may have been posted`, "unknown", { cause: error });
}

/** Network error codes that mean the request never left. */
const NOT_CONNECTED = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);

function networkCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

/**
 * A failure to answer an interaction, safe to log: DiscordAPIError carries the request body and an
 * URL with the interaction's token as enumerable fields (a logger would print both), this carries
 * only a summary with the token cut out (the cause keeps the details for debugging).
 */
export class InteractionAnswerError extends Error {
  override readonly name = "InteractionAnswerError";
  readonly code: number | string | undefined;
  readonly status: number | undefined;
  constructor(message: string, details: { code?: number | string; status?: number; cause: unknown }) {
    super(message, { cause: details.cause });
    this.code = details.code;
    this.status = details.status;
  }
}

/** Wraps Discord REST errors of interaction answers into {@link InteractionAnswerError}; others pass. */
export function toAnswerError(error: unknown): unknown {
  if (error instanceof DiscordAPIError || error instanceof HTTPError || error instanceof RateLimitError) {
    const code = error instanceof DiscordAPIError ? error.code : undefined;
    const status = error instanceof RateLimitError ? 429 : error.status;
    const route = redactTokens(new URL(error.url, "https://discord.invalid").pathname);
    return new InteractionAnswerError(`Discord refused an interaction answer: ${error.message} (${code ?? "no code"}, HTTP ${status}, ${error.method.toUpperCase()} ${route})`, {
      ...(code !== undefined ? { code } : {}),
      status,
      cause: error,
    });
  }
  return error;
}

/** Removes interaction tokens from webhook and callback paths. */
export function redactTokens(path: string): string {
  return path.replace(/\/(webhooks|interactions)\/(\d+)\/[^/]+/gu, "/$1/$2/:token");
}
