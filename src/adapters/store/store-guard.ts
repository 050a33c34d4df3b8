/**
 * The one boundary every store call passes: a deadline, a closed check, and the mapping of any
 * failure to {@link StoreError} with a `retryable` flag.
 */
import { StoreError, describeError } from "../../core/shared/errors.js";

/** Redis / socket failures that a later attempt may get past (constructor names of node-redis errors). */
const RETRYABLE_ERROR_NAMES = new Set([
  "ClientOfflineError",
  "ConnectionTimeoutError",
  "SocketClosedUnexpectedlyError",
  "SocketTimeoutError",
  "ReconnectStrategyError",
  "TimeoutError",
  "AbortError",
]);
const RETRYABLE_CODES = new Set([
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN",
  "SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_IOERR", "SQLITE_FULL",
  // PostgreSQL: serialization failure, deadlock, shutdown, too many connections.
  "40001", "40P01", "57P01", "57P02", "57P03", "53300",
]);

/** Whether retrying the failed store operation later may succeed. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof StoreError) return error.retryable;
  if (!(error instanceof Error)) return false;
  if (RETRYABLE_ERROR_NAMES.has(error.constructor.name)) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && (RETRYABLE_CODES.has(code) || code.startsWith("08"))) return true;
  // pg's own wording when a connection broke or could not be had in time.
  if (/Connection terminated|timeout exceeded when trying to connect/iu.test(error.message)) return true;
  // @keyv/redis's own wording when it could not connect.
  return error.message.startsWith("Redis client is not connected");
}

/** Options of {@link createStoreGuard}. */
export interface StoreGuardOptions {
  /** Upper bound for one store call, whatever the driver does (ms). */
  timeoutMs: number;
  /** Describes the backend in messages, e.g. `SQLite /data/newsdesk.sqlite` (no credentials). */
  label: string;
  /** The latest connection problem the driver reported, to explain timeouts. */
  lastConnectionError?: () => string | undefined;
  /** Told of every failed or timed-out call (metrics). */
  onError?: (operation: string) => void;
}

/** Runs store calls so that they settle within the deadline and reject only with StoreError. */
export interface StoreGuard {
  /** `timeoutMs` overrides the guard's deadline for slow maintenance calls. */
  run<T>(operation: string, call: () => Promise<T>, timeoutMs?: number): Promise<T>;
  /** After this, every call rejects with a non-retryable StoreError. */
  markClosed(): void;
}

/** Creates the guard shared by every store of one backend. */
export function createStoreGuard(options: StoreGuardOptions): StoreGuard {
  let closed = false;
  return {
    markClosed() {
      closed = true;
    },
    async run<T>(operation: string, call: () => Promise<T>, timeoutMs = options.timeoutMs): Promise<T> {
      if (closed) throw new StoreError(`${options.label}: ${operation} after the store was closed`, false);
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          const hint = options.lastConnectionError?.();
          const reason = hint === undefined ? "" : ` (last connection error: ${hint})`;
          reject(new StoreError(`${options.label}: ${operation} timed out after ${timeoutMs} ms${reason}`, true));
        }, timeoutMs);
      });
      try {
        return await Promise.race([call(), deadline]);
      } catch (error) {
        options.onError?.(operation);
        if (error instanceof StoreError) throw error;
        const retryable = isRetryable(error);
        const hint = retryable ? options.lastConnectionError?.() : undefined;
        const detail = `${describeFailure(error)}${hint === undefined ? "" : ` (last connection error: ${hint})`}`;
        throw new StoreError(`${options.label}: ${operation} failed: ${detail}`, retryable, { cause: error });
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** The message, or the error's class name when it has none (node-redis's TimeoutError). */
function describeFailure(error: unknown): string {
  const message = describeError(error);
  return message === "" && error instanceof Error ? error.constructor.name : message;
}
