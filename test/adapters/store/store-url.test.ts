import path from "node:path";
import { describe, expect, it } from "vitest";
import { createStores } from "../../../src/adapters/store/create-stores.js";
import { parseStoreUrl } from "../../../src/adapters/store/store-url.js";

describe("parseStoreUrl", () => {
  it("resolves relative and absolute SQLite paths", () => {
    expect(parseStoreUrl("sqlite://data/newsdesk.sqlite")).toEqual({ kind: "sqlite", path: path.resolve("data/newsdesk.sqlite") });
    expect(parseStoreUrl("sqlite:///var/lib/newsdesk.sqlite")).toEqual({ kind: "sqlite", path: "/var/lib/newsdesk.sqlite" });
  });

  it("accepts postgres:// and postgresql:// with a database and hides credentials in the display form", () => {
    expect(parseStoreUrl("postgres://user:pw@db:5433/newsdesk")).toEqual({ kind: "postgres", url: "postgres://user:pw@db:5433/newsdesk", display: "postgres://db:5433/newsdesk" });
    expect(parseStoreUrl("postgresql://127.0.0.1/newsdesk")).toMatchObject({ display: "postgres://127.0.0.1/newsdesk" });
  });

  it.each([
    ["mysql://user:secret@db/newsdesk", /STORE_URL must start with sqlite:\/\/ or postgres:\/\/ \(got scheme mysql:\)/],
    ["redis://user:secret@cache:6379/0", /Redis is no longer a store/],
    ["postgres://user:secret@db:5432/", /STORE_URL must name a PostgreSQL database/],
    ["data/newsdesk.sqlite", /STORE_URL must start with/],
    ["sqlite://:memory:", /STORE_URL must name a SQLite file/],
    ["sqlite://", /STORE_URL must name a SQLite file/],
  ])("rejects %s naming STORE_URL and no credentials", (url, message) => {
    expect(() => parseStoreUrl(url)).toThrow(message);
    expect(() => parseStoreUrl(url)).not.toThrow(/secret/);
  });

  it("makes createStores reject an unsupported URL before touching anything", async () => {
    await expect(createStores({ url: "mongodb://localhost/x", retentionMs: 1000 })).rejects.toThrow(/STORE_URL/);
  });
});
