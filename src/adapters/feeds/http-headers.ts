/**
 * Reading the HTTP response headers that steer polling: `Retry-After` and `Cache-Control`.
 */

/** Server-requested waits longer than this are capped: a typo must not silence a feed for a year. */
export const MAX_RETRY_AFTER_MS = 24 * 3600 * 1000;

/**
 * Milliseconds to wait from a `Retry-After` value: delay-seconds or an HTTP date (relative to
 * `now`), capped at {@link MAX_RETRY_AFTER_MS}; `undefined` when absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(Number(trimmed) * 1000, MAX_RETRY_AFTER_MS);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at) || !/[a-z]{3}/i.test(trimmed)) return undefined;
  return Math.min(Math.max(0, at - now), MAX_RETRY_AFTER_MS);
}

/**
 * `max-age` of a `Cache-Control` value in seconds; `undefined` when absent, unreadable or when
 * `no-store` / `no-cache` say the response must not be reused.
 */
export function parseMaxAge(cacheControl: string | undefined): number | undefined {
  if (cacheControl === undefined) return undefined;
  const directives = cacheControl.split(",").map((directive) => directive.trim().toLowerCase());
  if (directives.some((directive) => directive === "no-store" || directive === "no-cache" || directive.startsWith("no-cache="))) {
    return undefined;
  }
  for (const directive of directives) {
    const match = /^max-age\s*=\s*"?(\d{1,10})"?$/.exec(directive);
    if (match?.[1] !== undefined) return Number(match[1]);
  }
  return undefined;
}

/** Flattens undici's header record (repeated headers arrive as arrays) to lower-case names → strings. */
export function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    flat[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}
