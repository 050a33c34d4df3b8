/**
 * Bot API error envelopes and payload readers for the fake Telegram server.
 *
 * Handlers throw {@link FakeApiError}; the router turns it into the Bot API envelope
 * `{ ok: false, error_code, description, parameters? }` with the same HTTP status.
 * Payload readers accept both JSON values and the strings that form-urlencoded bodies carry.
 */

/** `parameters` of a failed Bot API response (ResponseParameters). */
export interface ErrorParameters {
  retry_after?: number;
  migrate_to_chat_id?: number;
}

/** A Bot API failure with the exact HTTP status, description and parameters Telegram sends. */
export class FakeApiError extends Error {
  readonly errorCode: number;
  readonly description: string;
  readonly parameters: ErrorParameters | undefined;

  constructor(errorCode: number, description: string, parameters?: ErrorParameters) {
    super(description);
    this.errorCode = errorCode;
    this.description = description;
    this.parameters = parameters;
    this.name = "FakeApiError";
  }

  /** The JSON body Telegram answers with. */
  toBody(): { ok: false; error_code: number; description: string; parameters?: ErrorParameters } {
    const body = { ok: false as const, error_code: this.errorCode, description: this.description };
    return this.parameters === undefined ? body : { ...body, parameters: this.parameters };
  }
}

/** 400 `Bad Request: <detail>`. */
export function badRequest(detail: string, parameters?: ErrorParameters): FakeApiError {
  return new FakeApiError(400, `Bad Request: ${detail}`, parameters);
}

/** 403 `Forbidden: <detail>`. */
export function forbidden(detail: string): FakeApiError {
  return new FakeApiError(403, `Forbidden: ${detail}`);
}

/** 429 with `retry_after`, byte for byte what the official Bot API server sends. */
export function tooManyRequests(retryAfterSeconds: number): FakeApiError {
  return new FakeApiError(429, `Too Many Requests: retry after ${retryAfterSeconds}`, { retry_after: retryAfterSeconds });
}

/** A decoded request payload: JSON object fields, or strings from query/form bodies. */
export type Payload = Record<string, unknown>;

/** Reads an integer that may arrive as a number or a numeric string; `undefined` when absent. */
export function readInteger(payload: Payload, field: string): number | undefined {
  const value = payload[field];
  if (value === undefined || value === null || value === "") return undefined;
  const parsed = typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN;
  if (!Number.isInteger(parsed)) throw badRequest(`invalid ${field} specified`);
  return parsed;
}

/** Reads a string field; numbers are stringified as the Bot API does. */
export function readString(payload: Payload, field: string): string | undefined {
  const value = payload[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw badRequest(`field "${field}" must be of type String`);
}

/** Reads a boolean that may arrive as `true` or `"true"`. */
export function readBoolean(payload: Payload, field: string): boolean {
  const value = payload[field];
  return value === true || value === "true" || value === "1" || value === 1;
}

/** Reads an object field that may arrive as an object or as a JSON string (form bodies). */
export function readObject(payload: Payload, field: string): Payload | undefined {
  const value = readJson(payload, field);
  if (value === undefined) return undefined;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw badRequest(`field "${field}" must be a JSON-serialized object`);
  }
  return value as Payload;
}

/** Reads an array field that may arrive as an array or as a JSON string (form bodies). */
export function readArray(payload: Payload, field: string): unknown[] | undefined {
  const value = readJson(payload, field);
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw badRequest(`field "${field}" must be an Array`);
  return value;
}

function readJson(payload: Payload, field: string): unknown {
  const value = payload[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw badRequest(`can't parse ${field} JSON object`);
  }
}

/**
 * A Bot API method implementation: returns the `result`, or throws {@link FakeApiError}.
 * `signal` aborts when the client closes the connection (long polling uses it).
 */
export type MethodHandler = (payload: Payload, signal: AbortSignal) => unknown;
