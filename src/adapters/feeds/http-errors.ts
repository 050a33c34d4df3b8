/**
 * Turning HTTP failures into `FeedFetchError`s with the right `retryable` flag: network errors,
 * timeouts, 5xx, 408 and 429 may succeed later; other 4xx, oversized bodies, refused addresses
 * and unsupported schemes will not.
 */
import { FeedFetchError } from "../../core/shared/errors.js";
import { AddressRefusedError } from "./address-policy.js";
import { DecodedTooLargeError, UnsupportedEncodingError } from "./decompress-body.js";
import { parseRetryAfter } from "./http-headers.js";

/** Whether an HTTP status is worth retrying. */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

/** The error for a non-2xx, non-304 final response; `Retry-After` is read on 429 and 503. */
export function statusError(url: string, status: number, headers: Record<string, string>, now: number): FeedFetchError {
  const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(headers["retry-after"], now) : undefined;
  const message = `${url}: HTTP ${status}${status >= 300 && status < 400 ? " (redirect without a Location)" : ""}`;
  return new FeedFetchError(message, isRetryableStatus(status), retryAfterMs === undefined ? undefined : { retryAfterMs });
}

/** The error for a body over the size limit. Not retryable. */
export function tooLarge(url: string, detail: string): FeedFetchError {
  return new FeedFetchError(`${url}: response too large: ${detail}`, false);
}

/** The first error of `type` in the chain of causes of `error`. */
export function findCause<T>(error: unknown, type: abstract new (...args: never[]) => T): T | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    if (current instanceof type) return current;
    current = current.cause;
  }
  return undefined;
}

/** Any failure of a GET as a `FeedFetchError`. */
export function classifyFailure(
  error: unknown,
  url: string,
  state: { timedOut: boolean; timeoutMs: number; aborted: boolean },
): FeedFetchError {
  if (error instanceof FeedFetchError) return error;
  const options = { cause: error };
  const refused = findCause(error, AddressRefusedError);
  if (refused) return new FeedFetchError(`${url}: refused: ${refused.message}`, false, options);
  if (state.timedOut) return new FeedFetchError(`${url}: no complete response within ${state.timeoutMs} ms`, true, options);
  if (state.aborted) return new FeedFetchError(`${url}: the request was cancelled`, true, options);
  const tooBig = findCause(error, DecodedTooLargeError);
  if (tooBig) return tooLarge(url, tooBig.message);
  const invalidUrl = error instanceof Error && "code" in error && error.code === "ERR_INVALID_URL";
  if (findCause(error, UnsupportedEncodingError) || invalidUrl) {
    return new FeedFetchError(`${url}: ${error instanceof Error ? error.message : String(error)}`, false, options);
  }
  const detail = error instanceof Error ? `${error.message}${"code" in error ? ` (${String(error.code)})` : ""}` : String(error);
  return new FeedFetchError(`${url}: network error: ${detail}`, true, options);
}
