/**
 * The two error families of newsdesk.
 *
 * - {@link UserFacingError}: a stable `code` and a message that is safe to show to the user as is.
 * - Everything else is internal: adapters log it with context and show a short generic apology.
 *
 * I/O errors say whether retrying may help ({@link RetryableError}).
 */
import type { Text } from "./translator.js";

/**
 * An error that may be shown to the user, written in the one style of user-messages.ts
 * (`"<typed>" is not <what>. <What is allowed>. <Next step>.`; build it with `refuse`).
 *
 * Its sentences are catalogue messages (MessageRef in translator.ts), translated into the chat's language
 * where it is answered (`userText` in user-messages.ts); `message` names them for logs.
 */
export class UserFacingError extends Error {
  override readonly name = "UserFacingError";
  /** Stable machine-readable code, e.g. `unknown-section`, `limit-reached`. */
  readonly code: string;
  /** The sentences shown to the user, each a message or text already in the user's language. */
  readonly parts: readonly Text[];
  constructor(code: string, message: string | readonly Text[], options?: { cause?: unknown }) {
    const parts = typeof message === "string" ? [message] : message;
    super(parts.map((part) => (typeof part === "string" ? part : `[${part.id}${part.args ? ` ${JSON.stringify(part.args)}` : ""}]`)).join(" "), options);
    this.code = code;
    this.parts = parts;
  }
}

/** An I/O failure that says whether trying again later may succeed. */
export class IoError extends Error {
  override readonly name: string = "IoError";
  /** Whether trying again later may succeed. */
  readonly retryable: boolean;
  constructor(message: string, retryable: boolean, options?: { cause?: unknown; retryAfterMs?: number }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.retryable = retryable;
    this.retryAfterMs = options?.retryAfterMs;
  }
  /** A server-requested wait before retrying (Retry-After, retry_after), when known. */
  readonly retryAfterMs: number | undefined;
}

/** A feed could not be fetched (network, HTTP status, size or time limit). */
export class FeedFetchError extends IoError {
  override readonly name = "FeedFetchError";
}

/** A fetched document is not a usable feed; the message says why in operator terms. */
export class FeedParseError extends Error {
  override readonly name = "FeedParseError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The store failed; never to be read as "nothing stored". */
export class StoreError extends IoError {
  override readonly name = "StoreError";
}

/** Configuration is invalid; the message lists every problem. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.problems = problems;
  }
}

/** A short description of any thrown value, for logs and operator messages (never for users). */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
