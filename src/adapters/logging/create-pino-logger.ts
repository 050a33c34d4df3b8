/**
 * The one logger: pino, JSON lines on stderr (stdout belongs to the terminal chat), or appended to a
 * file (LOG_FILE, or when stderr is the terminal chat's own terminal).
 *
 * Three lines of defence keep secrets and message bodies out of the log: callers log summaries
 * (method, status, description), errors are serialised to a few safe fields (never a request body
 * or payload), and every line is scrubbed of the configuration's secret values (tokens, keys, URL
 * passwords) just before it is written, wherever they appear (a bot token inside a request URL).
 */
import { pino } from "pino";
import type { Logger } from "../../core/shared/ports.js";

/** Options of {@link createPinoLogger}. */
export interface PinoLoggerOptions {
  /** Values that must never be written (see `secretValuesOf` in config.ts). */
  secrets?: readonly string[];
  /** Where lines go; default stderr (or `file`). */
  destination?: { write(line: string): unknown };
  /** Append lines to this file instead of stderr. */
  file?: string;
}

/** Error fields that are safe and useful; anything else (request bodies, payloads, headers) is dropped. */
const SAFE_ERROR_FIELDS = ["code", "status", "method", "error_code", "description", "retryable", "failure"] as const;

/** An error as the log shows it: type, message, stack, and a few safe fields; causes likewise. */
export function serializeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const result: Record<string, unknown> = { type: error.name, message: error.message };
  if (error.stack) result.stack = error.stack;
  const fields = error as unknown as Record<string, unknown>;
  for (const field of SAFE_ERROR_FIELDS) {
    const value = fields[field];
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") result[field] = value;
  }
  if (typeof fields.url === "string") result.path = fields.url.replace(/^[a-z]+:\/\/[^/]+/iu, "").replace(/\?.*$/u, "");
  if (error.cause !== undefined && depth < 3) result.cause = serializeError(error.cause, depth + 1);
  return result;
}

function escapeForPattern(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/** Creates the process logger. */
export function createPinoLogger(level: string, options: PinoLoggerOptions = {}): Logger {
  const secrets = [...new Set(options.secrets ?? [])]
    .filter((value) => value.length >= 6)
    .flatMap((value) => [value, JSON.stringify(value).slice(1, -1), encodeURIComponent(value)])
    .sort((left, right) => right.length - left.length);
  const pattern = secrets.length > 0 ? new RegExp([...new Set(secrets)].map(escapeForPattern).join("|"), "gu") : undefined;
  return pino(
    {
      level,
      base: { app: "newsdesk" },
      redact: { paths: ["token", "*.token", "apiKey", "*.apiKey", "authorization", "*.authorization"], censor: "[redacted]" },
      serializers: { err: serializeError, error: (value: unknown) => (value instanceof Error ? serializeError(value) : value) },
      ...(pattern ? { hooks: { streamWrite: (line: string) => line.replace(pattern, "[redacted]") } } : {}),
    },
    options.destination
      ? (options.destination as pino.DestinationStream)
      : pino.destination(options.file ? { dest: options.file, append: true, sync: true } : { fd: 2, sync: true }),
  );
}
