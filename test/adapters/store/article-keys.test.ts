import { hash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { storedKeysOf, storedKeyOfPrevious } from "../../../src/adapters/store/sql/article-keys.js";

describe("stored dedupe keys", () => {
  it("are the first 8 bytes of each value's SHA-256 as a signed 64-bit integer, guid, url, title in that order", () => {
    const values = { guid: "tag:example.com,2026:1", url: "https://example.com/a", titleFingerprint: "example.com|council approves plan" };
    const expected = [values.guid, values.url, values.titleFingerprint].map((value) => hash("sha256", value, "buffer").readBigInt64BE(0));
    expect(storedKeysOf(values)).toEqual(expected);
    // Both signs occur among many values, and every one matches the digest's first 8 bytes.
    const many = Array.from({ length: 200 }, (_, index) => `https://example.com/${index}`);
    const keys = many.map((url) => storedKeysOf({ url })[0] as bigint);
    expect(keys).toEqual(many.map((url) => hash("sha256", url, "buffer").readBigInt64BE(0)));
    expect(keys.some((key) => key < 0n) && keys.some((key) => key > 0n)).toBe(true);
  });

  it("leave out absent and empty kinds, and match the previous table's rows of the same value", () => {
    expect(storedKeysOf({ guid: "", url: "https://example.com/a" })).toHaveLength(1);
    const digest = hash("sha256", "https://example.com/a", "hex");
    expect(storedKeyOfPrevious(`url:${digest.slice(0, 40)}`)).toBe(storedKeysOf({ url: "https://example.com/a" })[0]);
  });
});
