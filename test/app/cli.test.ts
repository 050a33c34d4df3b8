/**
 * The `newsdesk` command line: --help everywhere, and `parse` starting without the bot. The child
 * process gets a preload that reports, at exit, which of the bot's CommonJS dependencies it loaded.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runNode } from "../helpers/run-node.js";

const BOT_PACKAGES = ["grammy", "discord.js", "pg", "better-sqlite3", "node-cron", "pino"];
const REPORT_LOADED = `data:text/javascript,${encodeURIComponent(`
import { createRequire } from "node:module";
const cache = createRequire("/").cache;
process.on("exit", () => {
  const loaded = Object.keys(cache).map((file) => /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(file)?.[1]).filter(Boolean);
  process.stderr.write("LOADED " + JSON.stringify([...new Set(loaded)]) + "\\n");
});
`)}`;

async function newsdesk(...args: string[]) {
  const started = performance.now();
  const result = await runNode(["--import", REPORT_LOADED, path.join(repoRoot, "bin/newsdesk.js"), ...args], {});
  const report = /^LOADED (.*)$/mu.exec(result.stderr)?.[1];
  return { ...result, ms: performance.now() - started, loaded: report ? (JSON.parse(report) as string[]) : undefined, stderr: result.stderr.replace(/^LOADED .*\n?/mu, "") };
}

describe("newsdesk --help", () => {
  it("prints the usage of every subcommand", async () => {
    const result = await newsdesk("--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("newsdesk parse <file-or-url> [--json]");
    expect(result.stdout).toContain("newsdesk [start]");
    expect(result.loaded).toEqual(expect.not.arrayContaining(BOT_PACKAGES));
  });

  it("imports an OPML subscription list as a sources file and exports a sources file as OPML, without loading the bot", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const directory = mkdtempSync(path.join(tmpdir(), "newsdesk-opml-"));
    const opml = path.join(directory, "subscriptions.opml");
    writeFileSync(opml, '<?xml version="1.0"?><opml version="2.0"><head/><body><outline text="World"><outline text="Wire" xmlUrl="https://wire.example/rss"/><outline text="Bad" xmlUrl="ftp://x.example/f"/></outline></body></opml>');
    const imported = await newsdesk("opml", "import", opml);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toBe("sections:\n  - id: world\n    title: World\n    feeds:\n      - url: https://wire.example/rss\n        name: Wire\n");
    expect(imported.stderr).toBe('skipped Bad: "ftp://x.example/f" is not an http(s) URL\n1 feeds in 1 sections; 1 skipped.\n');
    const sources = path.join(directory, "sources.yaml");
    writeFileSync(sources, imported.stdout);
    const exported = await newsdesk("opml", "export", sources);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('<outline text="Wire" type="rss" xmlUrl="https://wire.example/rss" title="Wire"/>');
    expect(exported.loaded).toEqual(expect.not.arrayContaining(BOT_PACKAGES));
    const missing = await newsdesk("opml", "import", path.join(directory, "nothing.opml"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^newsdesk opml import: .*nothing\.opml/u);
  });

  it("refuses an unknown subcommand in the shared style", async () => {
    const result = await newsdesk("pars");
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('"pars" is not a newsdesk command. Use start, parse or opml. See newsdesk --help.\n');
  });
});

describe("newsdesk parse", () => {
  it("has --help, and starts without loading the bot", async () => {
    const result = await newsdesk("parse", "--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: newsdesk parse <file-or-url> \[--json\]/u);
    expect(result.loaded).toBeDefined();
    expect(result.loaded).toEqual(expect.not.arrayContaining(BOT_PACKAGES));
  });

  it("parses a feed without loading the bot", async () => {
    const result = await newsdesk("parse", "samples/feeds/daily-ledger-politics.xml", "--json");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ feed: { format: "rss" } });
    expect(result.loaded).toEqual(expect.not.arrayContaining(BOT_PACKAGES));
  });

  it("says what is wrong with its arguments and where to look", async () => {
    expect((await newsdesk("parse")).stderr).toBe("newsdesk parse needs a file or URL. Give one file or URL, and --json for JSON. See newsdesk parse --help.\n");
    const unknown = await newsdesk("parse", "feed.xml", "--jsn");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('"--jsn" is not an option of newsdesk parse. Give one file or URL, and --json for JSON. See newsdesk parse --help.\n');
  });
});
