/**
 * Parsing of STORE_URL: which backend the keyv stores use and where it lives.
 */
import path from "node:path";

/** A parsed STORE_URL. */
export type StoreLocation =
  | { kind: "sqlite"; /** Absolute path of the database file. */ path: string }
  | { kind: "redis"; /** The URL as given, handed to node-redis. */ url: string; /** host:port/db without credentials, for messages. */ display: string };

/**
 * Parses `sqlite://relative/or/absolute/path.sqlite` or `redis://host:port[/db]` (also `rediss://`).
 * Relative SQLite paths resolve against the working directory. Throws an Error naming STORE_URL
 * for anything else; the message never echoes credentials.
 */
export function parseStoreUrl(url: string): StoreLocation {
  if (url.startsWith("sqlite://")) {
    const file = url.slice("sqlite://".length);
    if (file === "" || file === ":memory:") {
      // Every keyv namespace opens its own connection, so an in-memory database would not be shared.
      throw new Error("STORE_URL must name a SQLite file (sqlite://path/to/file.sqlite); in-memory databases are not supported");
    }
    return { kind: "sqlite", path: path.resolve(file) };
  }
  if (url.startsWith("redis://") || url.startsWith("rediss://")) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Error("STORE_URL is not a valid redis:// URL");
    }
    if (parsed.hostname === "") throw new Error("STORE_URL must name a Redis host (redis://host:port[/db])");
    const database = parsed.pathname.replace(/^\//, "");
    if (database !== "" && !/^\d{1,2}$/.test(database)) {
      throw new Error("STORE_URL's Redis database must be a number (redis://host:port/0)");
    }
    const display = `${parsed.protocol}//${parsed.host}${database === "" ? "" : `/${database}`}`;
    return { kind: "redis", url, display };
  }
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0] ?? "(none)";
  throw new Error(`STORE_URL must start with sqlite:// or redis:// (got scheme ${scheme})`);
}
