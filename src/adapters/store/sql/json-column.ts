/**
 * How an aggregate sits in a `data` column: JSON of a versioned envelope `{ v, data }`, checked
 * against its zod schema on every read, so that a damaged or foreign row is reported by key rather
 * than passed on.
 */
import type { z } from "zod";
import { StoreError } from "../../../core/shared/errors.js";

/** The schema version written by this code. Readers reject any other version. */
export const ROW_VERSION = 1;

/** The text stored for `value`. */
export function encodeRow(value: unknown): string {
  return JSON.stringify({ v: ROW_VERSION, data: value });
}

/** Parses and validates a stored row; throws a non-retryable StoreError naming `label` when unusable. */
export function decodeRow<T>(text: string, schema: z.ZodType<T>, label: string): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new StoreError(`stored value of ${label} is not valid JSON`, false);
  }
  if (typeof parsed !== "object" || parsed === null || (parsed as { v?: unknown }).v !== ROW_VERSION) {
    throw new StoreError(`stored value of ${label} has an unknown format version`, false);
  }
  const result = schema.safeParse((parsed as { data?: unknown }).data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new StoreError(`stored value of ${label} is invalid (${issue?.path.join(".") || "value"}: ${issue?.message ?? "?"})`, false);
  }
  return result.data;
}
