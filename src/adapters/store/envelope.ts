/**
 * How values sit in keyv: a versioned envelope `{ v: 1, data }`, serialized by our own JSON codec so
 * that a damaged row is reported as such (keyv's default codec would throw a bare SyntaxError, or
 * turn a non-object into a silent `undefined`).
 */
import type { DeserializedData } from "keyv";
import { z } from "zod";
import { StoreError } from "../../core/shared/errors.js";

/** The schema version written by this code. Readers reject any other version. */
export const ENVELOPE_VERSION = 1;

/** What is stored for every value. */
export interface Envelope<T> {
  v: typeof ENVELOPE_VERSION;
  data: T;
}

/** Stands in for a stored value that could not be parsed at all, so the reader can name the key. */
export class CorruptValue {
  readonly reason: string;
  constructor(reason: string) {
    this.reason = reason;
  }
}

/** keyv `serialize`: plain JSON of `{ value, expires }` (the row format the SQLite sweep relies on). */
export function serializeEntry<Value>(data: DeserializedData<Value>): string {
  return JSON.stringify({ value: data.value, expires: data.expires });
}

/** keyv `deserialize`: never throws; an unusable row becomes a {@link CorruptValue}. */
export function deserializeEntry<Value>(text: string): DeserializedData<Value> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { value: new CorruptValue("not valid JSON") as Value };
  }
  if (typeof parsed !== "object" || parsed === null || !("value" in parsed)) {
    return { value: new CorruptValue("not a keyv entry") as Value };
  }
  const { value, expires } = parsed as { value: unknown; expires?: unknown };
  if (expires !== undefined && expires !== null && typeof expires !== "number") {
    return { value: new CorruptValue("expiry is not a number") as Value };
  }
  return { value: value as Value, expires: typeof expires === "number" ? expires : undefined };
}

/** Wraps a value for storage. */
export function wrap<T>(data: T): Envelope<T> {
  return { v: ENVELOPE_VERSION, data };
}

const versionOnly = z.object({ v: z.unknown() });

/**
 * Validates a stored value and returns its data. Throws a non-retryable StoreError naming the key
 * when the value is damaged, has an unknown version, or does not match the schema.
 */
export function unwrap<T>(key: string, stored: unknown, schema: z.ZodType<T>): T {
  if (stored instanceof CorruptValue) throw corrupt(key, stored.reason);
  const version = versionOnly.safeParse(stored);
  if (!version.success) throw corrupt(key, "not a versioned envelope");
  if (version.data.v !== ENVELOPE_VERSION) {
    throw corrupt(key, `unknown schema version ${JSON.stringify(version.data.v) ?? "undefined"}`);
  }
  const data = schema.safeParse((stored as { data?: unknown }).data);
  if (!data.success) {
    const problems = data.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
      .join("; ");
    throw corrupt(key, `invalid data (${problems})`);
  }
  return data.data;
}

function corrupt(key: string, reason: string): StoreError {
  return new StoreError(`Stored value for key "${key}" is unusable: ${reason}`, false);
}
