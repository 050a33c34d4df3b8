/**
 * Dedupe keys as stored: one signed 64-bit integer per key, the first 8 bytes of the SHA-256 of
 * the key's value. All kinds share one table whose primary key is that integer (on SQLite the
 * rowid itself: one B-tree per key, rows of ~30 bytes). The kind is not part of the key: a guid
 * and a URL with the same text (a permalink guid, the common case) are one key, one insert fewer,
 * and they name the same article anyway (short guids are scoped by host and title fingerprints
 * by scope, see dedupe-keys.ts, so neither reads like a URL).
 *
 * Two different values share a key with probability 2^-64 per pair: among ten million stored keys,
 * about one chance in 300,000 that any two collide (an item then taken for a duplicate).
 */
import { hash } from "node:crypto";
import type { DedupeKeys } from "../../../core/articles/article-ports.js";

/** Key kinds in lookup order. */
const KINDS = ["guid", "url", "titleFingerprint"] as const;

/** The stored key of a value whose SHA-256 begins with the 16 hex digits `hex16`. */
function fromDigestPrefix(hex16: string): bigint {
  return BigInt.asIntN(64, BigInt(`0x${hex16}`));
}

/** The stored keys of `keys`, in lookup order (guid, url, title), absent and empty ones left out. */
export function storedKeysOf(keys: DedupeKeys): bigint[] {
  const result: bigint[] = [];
  for (const field of KINDS) {
    const value = keys[field];
    if (value === undefined || value === "") continue;
    // Hex and BigInt: about half the cost of a Buffer digest read with readBigInt64BE (same value).
    result.push(fromDigestPrefix(hash("sha256", value, "hex").slice(0, 16)));
  }
  return result;
}

/**
 * The stored key of a row of the previous `dedupe` table (`tag:` and 40 hex digits of the value's
 * SHA-256): the same integer the value gets now, so that upgraded databases keep their keys.
 * `undefined` for a row that is not of that shape.
 */
export function storedKeyOfPrevious(previous: string): bigint | undefined {
  const match = /^(?:guid|url|title):([0-9a-f]{16})[0-9a-f]*$/u.exec(previous);
  return match ? fromDigestPrefix(match[1] as string) : undefined;
}
