/**
 * SIGHUP re-reads the sources file in the running bin: a good file is in use at once (the terminal
 * chat lists its new section), a bad one is refused in the log with its problems and the sections
 * in use stay. The feeds are local files; nothing is fetched from the network.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { pollUntil } from "../helpers/local.js";
import { type NewsdeskProcess, startNewsdesk } from "../helpers/newsdesk-process.js";

const WAIT_MS = 30_000;
let instance: NewsdeskProcess | undefined;
afterEach(async () => {
  if (instance && instance.child.exitCode === null && instance.child.signalCode === null) instance.child.kill("SIGKILL");
  await instance?.exited;
  instance = undefined;
});

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Desk</title><link>https://harbour.example/</link>
<item><title>Harbour bridge reopens after repairs</title><link>https://harbour.example/bridge</link><guid>https://harbour.example/bridge</guid><description>The bridge is open again.</description></item>
</channel></rss>`;

const section = (id: string, title: string): string => `  - id: ${id}\n    title: ${title}\n    feeds:\n      - url: file:feed.xml\n        name: Harbour Desk ${id}\n`;

describe("SIGHUP", () => {
  it("reloads a good sources file and keeps the sections in use when the file is bad", async () => {
    const directory = mkdtempSync(path.join(tmpdir(), "newsdesk-sighup-"));
    const sources = path.join(directory, "sources.yaml");
    writeFileSync(path.join(directory, "feed.xml"), FEED);
    writeFileSync(sources, `sections:\n${section("local", "Local")}`);
    instance = startNewsdesk({ STORE_URL: `sqlite://${path.join(directory, "store.sqlite")}`, SOURCES_FILE: sources, LOG_LEVEL: "info" }, { stdin: "pipe" });
    const running = instance;
    await running.waitForLog((line) => line.msg === "newsdesk started", WAIT_MS);

    writeFileSync(sources, `sections:\n${section("local", "Local")}${section("harbour", "Harbour News")}`);
    running.child.kill("SIGHUP");
    const reloaded = await running.waitForLog((line) => line.msg === "sources reloaded", WAIT_MS);
    expect(reloaded).toMatchObject({ sections: 2, feeds: 1, addedFeeds: 0, removedFeeds: 0 });

    writeFileSync(sources, "sections:\n  - id: Bad Id\n    title: Broken\n    feeds: []\n");
    running.child.kill("SIGHUP");
    const refused = await running.waitForLog((line) => line.msg === "sources file not reloaded; the sections in use are unchanged", WAIT_MS);
    expect(JSON.stringify(refused.problems)).toContain("sections.0.id must be 1-32 lower-case letters");
    expect(running.child.exitCode).toBeNull();

    running.child.stdin!.write("/sections\n");
    await pollUntil(() => running.stdout().includes("Harbour News") || undefined, WAIT_MS);
    expect(running.stdout()).toContain("Local");
    running.child.stdin!.end();
    expect(await running.exited).toBe(0);
  }, 90_000);
});
