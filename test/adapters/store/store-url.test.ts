import path from "node:path";
import { describe, expect, it } from "vitest";
import { createKeyvStores } from "../../../src/adapters/store/create-keyv-stores.js";
import { parseStoreUrl } from "../../../src/adapters/store/store-url.js";

describe("parseStoreUrl", () => {
  it("resolves relative and absolute SQLite paths", () => {
    expect(parseStoreUrl("sqlite://data/newsdesk.sqlite")).toEqual({ kind: "sqlite", path: path.resolve("data/newsdesk.sqlite") });
    expect(parseStoreUrl("sqlite:///var/lib/newsdesk.sqlite")).toEqual({ kind: "sqlite", path: "/var/lib/newsdesk.sqlite" });
  });

  it("accepts redis:// with a database and hides credentials in the display form", () => {
    expect(parseStoreUrl("redis://user:pw@cache:6380/3")).toEqual({ kind: "redis", url: "redis://user:pw@cache:6380/3", display: "redis://cache:6380/3" });
    expect(parseStoreUrl("redis://127.0.0.1:6379")).toMatchObject({ display: "redis://127.0.0.1:6379" });
  });

  it.each([
    ["postgres://user:secret@db/newsdesk", /STORE_URL must start with sqlite:\/\/ or redis:\/\/ \(got scheme postgres:\)/],
    ["data/newsdesk.sqlite", /STORE_URL must start with/],
    ["sqlite://:memory:", /STORE_URL must name a SQLite file/],
    ["sqlite://", /STORE_URL must name a SQLite file/],
    ["redis://host:6379/cache", /STORE_URL's Redis database must be a number/],
  ])("rejects %s naming STORE_URL and no credentials", (url, message) => {
    expect(() => parseStoreUrl(url)).toThrow(message);
    expect(() => parseStoreUrl(url)).not.toThrow(/secret/);
  });

  it("makes createKeyvStores reject an unsupported URL before touching anything", async () => {
    await expect(createKeyvStores({ url: "mongodb://localhost/x", retentionMs: 1000 })).rejects.toThrow(/STORE_URL/);
  });
});
