/**
 * Dedupe keys as stored: one signed 64-bit integer per key, the first 8 bytes of the SHA-256 of
 * the key's value, XOR-ed with a constant of its kind (guid, url, title) so that a guid and a URL
 * with the same text stay two keys. All kinds share one table whose primary key is that integer
 * (on SQLite the rowid itself: one B-tree per key, rows of ~30 bytes).
 *
 * Two different values share a key with probability 2^-64 per pair: among ten million stored keys,
 * about one chance in 300,000 that any two collide (an item then taken for a duplicate).
 */
import { hash } from "node:crypto";
import type { DedupeKeys } from "../../../core/ports.js";

/** Key kinds in lookup order, each with the tag of the previous format and its constant. */
const KINDS = [
  ["guid", "guid", 0x5f3a_9c1e_7b24_d806n],
  ["url", "url", 0x2c71_e4b9_0a5d_63f7n],
  ["titleFingerprint", "title", 0x7e0b_58d2_c91f_a43an],
] as const;

const SALT_BY_TAG = new Map<string, bigint>(KINDS.map(([, tag, salt]) => [tag, salt]));

/** The stored key of a value of kind `salt`, from the first 16 hex digits of its SHA-256. */
function fromDigestPrefix(hex16: string, salt: bigint): bigint {
  return BigInt.asIntN(64, BigInt(`0x${hex16}`) ^ salt);
}

/** The stored keys of `keys`, in lookup order (guid, url, title), absent and empty ones left out. */
export function storedKeysOf(keys: DedupeKeys): bigint[] {
  const result: bigint[] = [];
  for (const [field, , salt] of KINDS) {
    const value = keys[field];
    if (value === undefined || value === "") continue;
    const digest = hash("sha256", value, "buffer");
    result.push(BigInt.asIntN(64, digest.readBigUInt64BE(0) ^ salt));
  }
  return result;
}

/**
 * The stored key of a row of the previous `dedupe` table (`tag:` and 40 hex digits of the value's
 * SHA-256): the same integer the value gets now, so that upgraded databases keep their keys.
 * `undefined` for a row that is not of that shape.
 */
export function storedKeyOfPrevious(previous: string): bigint | undefined {
  const match = /^([a-z]+):([0-9a-f]{16})[0-9a-f]*$/u.exec(previous);
  const salt = match ? SALT_BY_TAG.get(match[1] as string) : undefined;
  return match && salt !== undefined ? fromDigestPrefix(match[2] as string, salt) : undefined;
}
