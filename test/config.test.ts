import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONFIG_KEYS, describeConfig, loadConfig } from "../src/config.js";
import { ConfigError } from "../src/core/shared/errors.js";

function problemsOf(environment: Record<string, string>): string[] {
  try {
    loadConfig(environment, undefined);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("configuration", () => {
  it("has working defaults for a fresh clone", () => {
    const config = loadConfig({}, undefined);
    expect(config).toMatchObject({ STORE_URL: "sqlite://./data/newsdesk.sqlite", SOURCES_FILE: "./samples/sources.yaml", DEFAULT_TIMEZONE: "UTC", DEFAULT_BRIEFING_TIME: "07:00", ARTICLE_RETENTION_DAYS: 14 });
  });

  it("lists every bad key in one error, by name", () => {
    const problems = problemsOf({ STORE_URL: "mysql://x", DEFAULT_TIMEZONE: "Mars/Olympus", DEFAULT_BRIEFING_TIME: "7am", CONSOLE: "maybe", TELEGRAM_API_ROOT: "ftp://x" });
    expect(problems).toEqual([
      "STORE_URL: must start with sqlite:// or postgres://",
      "DEFAULT_TIMEZONE: must be an IANA time zone such as Europe/London",
      "DEFAULT_BRIEFING_TIME: must be HH:MM (24-hour), e.g. 07:00",
      "CONSOLE: must be true or false",
      "TELEGRAM_API_ROOT: must be an http(s) URL",
    ]);
  });

  it("reads FEED_FAILING_NOTICE_AFTER as a duration (default 6 h) or off, and refuses anything else", () => {
    expect(loadConfig({}, undefined).FEED_FAILING_NOTICE_AFTER).toBe(6 * 3_600_000);
    expect(loadConfig({ FEED_FAILING_NOTICE_AFTER: "90m" }, undefined).FEED_FAILING_NOTICE_AFTER).toBe(90 * 60_000);
    expect(loadConfig({ FEED_FAILING_NOTICE_AFTER: "2d" }, undefined).FEED_FAILING_NOTICE_AFTER).toBe(2 * 86_400_000);
    expect(loadConfig({ FEED_FAILING_NOTICE_AFTER: "off" }, undefined).FEED_FAILING_NOTICE_AFTER).toBeUndefined();
    for (const bad of ["6", "0m", "31d", "soon"]) {
      expect(problemsOf({ FEED_FAILING_NOTICE_AFTER: bad })).toEqual(["FEED_FAILING_NOTICE_AFTER: must be a duration from 1m to 30d such as 90m, 6h or 2d, or off"]);
    }
  });

  it("keeps the status listener off by default, on loopback, and refuses to open it to the network without a token", () => {
    const defaults = loadConfig({}, undefined);
    expect([defaults.HTTP_PORT, defaults.HTTP_HOST, defaults.STATUS_TOKEN]).toEqual([undefined, "127.0.0.1", undefined]);
    expect(loadConfig({ HTTP_PORT: "9464" }, undefined)).toMatchObject({ HTTP_PORT: 9464, HTTP_HOST: "127.0.0.1" });
    expect(problemsOf({ HTTP_PORT: "9464", HTTP_HOST: "0.0.0.0" })).toEqual([
      "STATUS_TOKEN: required when HTTP_HOST is not a loopback address (the status page and /metrics would be open to the network)",
    ]);
    expect(problemsOf({ HTTP_PORT: "9464", HTTP_HOST: "0.0.0.0", STATUS_TOKEN: "short" })).toEqual(["STATUS_TOKEN: must be 16-256 printable characters without spaces"]);
    const open = loadConfig({ HTTP_PORT: "9464", HTTP_HOST: "0.0.0.0", STATUS_TOKEN: "a-long-status-token-42" }, undefined);
    expect(describeConfig(open).STATUS_TOKEN).toBe("(set)");
    expect(problemsOf({ HTTP_PORT: "70000" })[0]).toMatch(/^HTTP_PORT: /u);
  });

  it("treats blank values as unset, as .env.example leaves them", () => {
    const config = loadConfig({ LOG_LEVEL: "", CONSOLE: " ", DIGEST_SIZE: "" }, ".env.example");
    expect([config.LOG_LEVEL, config.CONSOLE, config.DIGEST_SIZE, config.STORE_URL]).toEqual([undefined, undefined, 8, "sqlite://./data/newsdesk.sqlite"]);
  });

  it("parses booleans explicitly and never prints secrets", () => {
    const config = loadConfig({ CONSOLE: "false", TELEGRAM_BOT_TOKEN: "123:SECRET", OPENAI_API_KEY: "sk-secret" }, undefined);
    expect(config.CONSOLE).toBe(false);
    expect(JSON.stringify(describeConfig(config))).not.toContain("SECRET");
    expect(describeConfig(config).TELEGRAM_BOT_TOKEN).toBe("(set)");
  });

  it("masks the password and query of URL settings in the printed configuration", () => {
    const config = loadConfig(
      { STORE_URL: "postgres://newsdesk:pg-Pa55@db.internal:5432/newsdesk?sslpassword=key-Pa55", OPENAI_BASE_URL: "http://user:ai-Pa55@127.0.0.1:11434/v1" },
      undefined,
    );
    const printed = JSON.stringify(describeConfig(config));
    expect(printed).not.toMatch(/Pa55/u);
    expect(describeConfig(config).STORE_URL).toBe("postgres://newsdesk:***@db.internal:5432/newsdesk?sslpassword=***");
  });

  it("refuses a redis:// STORE_URL with the way forward", () => {
    expect(() => loadConfig({ STORE_URL: "redis://127.0.0.1:6379" }, undefined)).toThrow(/use postgres:\/\/user@host:5432\/database/u);
  });

  it("reads OWNER_IDS as platform:user id entries and names a bad one", () => {
    expect(loadConfig({ OWNER_IDS: " telegram:12345, Discord:6789 ,," }, undefined).OWNER_IDS).toEqual(["telegram:12345", "discord:6789"]);
    expect(loadConfig({}, undefined).OWNER_IDS).toEqual([]);
    expect(() => loadConfig({ OWNER_IDS: "telegram:12345,@alice" }, undefined)).toThrow(/OWNER_IDS.*"@alice" is not telegram:<user id> or discord:<user id>/u);
    expect(() => loadConfig({ OWNER_IDS: "slack:1" }, undefined)).toThrow(/"slack:1" is not telegram:<user id>/u);
  });

  it("documents every key it reads in .env.example, and nothing else", async () => {
    const { readFileSync } = await import("node:fs");
    const documented = [...readFileSync(".env.example", "utf8").matchAll(/^([A-Z_]+)=/gmu)].map((match) => match[1]).sort();
    expect([...CONFIG_KEYS].sort()).toEqual(documented);
  });

  it("reads .env, with real environment variables winning", () => {
    const directory = mkdtempSync(path.join(tmpdir(), "newsdesk-env-"));
    const file = path.join(directory, ".env");
    writeFileSync(file, "DEFAULT_TIMEZONE=Europe/Paris\nDIGEST_SIZE=5\n");
    const config = loadConfig({ DIGEST_SIZE: "6" }, file);
    expect([config.DEFAULT_TIMEZONE, config.DIGEST_SIZE]).toEqual(["Europe/Paris", 6]);
    expect(process.env.DEFAULT_TIMEZONE).toBeUndefined();
  });
});
