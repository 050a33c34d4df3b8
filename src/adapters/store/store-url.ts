/**
 * Parsing of STORE_URL: which database the stores use and where it lives.
 */
import path from "node:path";
import type { SqlLocation } from "./sql/sql-database.js";

/** A parsed STORE_URL. */
export type StoreLocation = SqlLocation;

/**
 * Parses `sqlite://relative/or/absolute/path.sqlite` or `postgres://user:password@host:port/database`
 * (also `postgresql://`). Relative SQLite paths resolve against the working directory. Throws an
 * Error naming STORE_URL for anything else; the message never echoes credentials.
 */
export function parseStoreUrl(url: string): StoreLocation {
  if (url.startsWith("sqlite://")) {
    const file = url.slice("sqlite://".length);
    if (file === "" || file === ":memory:") {
      throw new Error("STORE_URL must name a SQLite file (sqlite://path/to/file.sqlite); in-memory databases are not supported");
    }
    return { kind: "sqlite", path: path.resolve(file) };
  }
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Error("STORE_URL is not a valid postgres:// URL");
    }
    if (parsed.hostname === "" && !parsed.searchParams.has("host")) {
      throw new Error("STORE_URL must name a PostgreSQL host (postgres://user@host:5432/database)");
    }
    const database = decodeURIComponent(parsed.pathname.replace(/^\//u, ""));
    if (database === "") throw new Error("STORE_URL must name a PostgreSQL database (postgres://user@host:5432/database)");
    return { kind: "postgres", url, display: `postgres://${parsed.host}/${database}` };
  }
  if (url.startsWith("redis://") || url.startsWith("rediss://")) {
    throw new Error(
      "STORE_URL: Redis is no longer a store (see docs/adr/0009-sql-stores.md); use postgres://… for several instances, or sqlite://… for one",
    );
  }
  const scheme = /^[a-z][a-z0-9+.-]*:/iu.exec(url)?.[0] ?? "(none)";
  throw new Error(`STORE_URL must start with sqlite:// or postgres:// (got scheme ${scheme})`);
}
