/**
 * What a failed Bot API call means for newsdesk. grammY throws `GrammyError` (Telegram answered
 * `ok: false`) or `HttpError` (the request failed). Their payloads hold message text and their
 * causes may hold the token-bearing URL, so logs and error causes only ever get the safe summary
 * built here (method, error code, Telegram's description, a network error code).
 */
import { GrammyError, HttpError } from "grammy";
import { DeliveryError } from "../../core/delivery/chat-sender.js";
import { describeError } from "../../core/shared/errors.js";

/** A failure, as far as sending is concerned. */
export type TelegramFailure =
  | { kind: "rate-limited"; retryAfterMs: number }
  | { kind: "migrated"; toChatId: number }
  /** Blocked, kicked, deleted, no right to post, topic gone: pause the chat. */
  | { kind: "chat-gone" }
  /** Our markup was refused (a bug): resend as plain text. */
  | { kind: "bad-markup" }
  | { kind: "too-long" }
  /** The request never reached Telegram (connection refused, DNS): safe to send again soon. */
  | { kind: "not-sent" }
  /**
   * The request may have reached Telegram (timeout, reset, 5xx, unreadable answer): sending again
   * could post a second copy, so it is not repeated.
   */
  | { kind: "unknown-outcome" }
  /** Anything else Telegram refused. */
  | { kind: "rejected" };

const CHAT_GONE = [
  "chat not found",
  "need administrator rights",
  "not enough rights",
  "have no rights to send",
  "chat_write_forbidden",
  "message thread not found",
  "topic_closed",
  "topic_deleted",
  "group chat was deactivated",
  "peer_id_invalid",
  "channel_private",
  "user is deactivated",
  "bot was kicked",
  "bot is not a member",
];

/** Network errors raised before the request left this process. */
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

/** Classifies anything a Bot API call threw. */
export function classifyTelegramError(error: unknown): TelegramFailure {
  if (error instanceof HttpError) return NOT_SENT_CODES.has(networkCodeOf(error) ?? "") ? { kind: "not-sent" } : { kind: "unknown-outcome" };
  if (!(error instanceof GrammyError)) return { kind: "rejected" };
  const description = error.description.toLowerCase();
  if (error.error_code === 429) return { kind: "rate-limited", retryAfterMs: Math.max(0, error.parameters.retry_after ?? 1) * 1000 };
  const migrateTo = error.parameters.migrate_to_chat_id;
  if (typeof migrateTo === "number") return { kind: "migrated", toChatId: migrateTo };
  if (error.error_code >= 500) return { kind: "unknown-outcome" };
  if (error.error_code === 403 || CHAT_GONE.some((text) => description.includes(text))) return { kind: "chat-gone" };
  if (description.includes("can't parse entities")) return { kind: "bad-markup" };
  if (description.includes("message is too long")) return { kind: "too-long" };
  return { kind: "rejected" };
}

/** A log-safe description of any thrown value (never a payload, a message text or a token). */
export function describeTelegramError(error: unknown): Record<string, string | number> {
  if (error instanceof GrammyError) {
    return { type: "GrammyError", method: error.method, code: error.error_code, description: error.description };
  }
  if (error instanceof HttpError) {
    const code = networkCodeOf(error);
    // The message grammY builds names the method only (sensitiveLogs is off); the inner error may carry the URL.
    return { type: "HttpError", message: error.message, ...(code ? { networkCode: code } : {}) };
  }
  if (error instanceof Error) return { type: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  return { type: typeof error, message: describeError(error) };
}

function networkCodeOf(error: HttpError): string | undefined {
  const inner = error.error;
  return typeof inner === "object" && inner !== null && "code" in inner ? String((inner as { code: unknown }).code) : undefined;
}

/** One line for operators: "sendMessage: 403 Forbidden: bot was blocked by the user". */
export function summarizeTelegramError(error: unknown): string {
  if (error instanceof GrammyError) return `${error.method}: ${error.error_code} ${error.description}`;
  if (error instanceof HttpError) {
    const code = networkCodeOf(error);
    return code ? `${error.message} (${code})` : error.message;
  }
  return describeError(error);
}

/** Whether Telegram refused the token itself (401 Unauthorized, 404 Not Found on getMe): retrying cannot help. */
export function isTokenRefused(error: unknown): boolean {
  return error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404);
}

/** Whether grammY threw it (a Bot API answer or a failed request). */
export function isTelegramError(error: unknown): error is GrammyError | HttpError {
  return error instanceof GrammyError || error instanceof HttpError;
}

/** The DeliveryError the core gets for a failed send (its cause is a log-safe copy). */
export function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const failure = classifyTelegramError(error);
  const cause = new Error(summarizeTelegramError(error));
  if (failure.kind === "chat-gone") return new DeliveryError(summarizeTelegramError(error), "permanent", { cause });
  if (failure.kind === "unknown-outcome") {
    return new DeliveryError(`Telegram may or may not have accepted the message: ${summarizeTelegramError(error)}`, "unknown", { cause });
  }
  return new DeliveryError(`Telegram did not accept the message: ${summarizeTelegramError(error)}`, "retryable", {
    cause,
    ...(failure.kind === "rate-limited" ? { retryAfterMs: failure.retryAfterMs } : {}),
  });
}
