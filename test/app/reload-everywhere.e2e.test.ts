/**
 * `/admin reload` reaches every instance: two real newsdesk processes (bin/newsdesk.js) share one
 * PostgreSQL store (tables of their own prefix), each with its own copy of the sources file. The
 * operator reloads through the terminal chat of the first; the second reloads its own file on its
 * next check of the store's reload request and offers the new section. Feeds are local files.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { dropTables, TEST_POSTGRES_URL, uniqueRunPrefix } from "../adapters/store/sql-store-harness.js";
import { pollUntil } from "../helpers/local.js";
import { type NewsdeskProcess, startNewsdesk } from "../helpers/newsdesk-process.js";

/** Start-up of two processes (tsx, first poll round) on a loaded machine. */
const START_MS = 90_000;
/** Two checks of the reload request (5 s apart) with room for a loaded machine. */
const FOLLOW_MS = 30_000;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Desk</title><link>https://harbour.example/</link>
<item><title>Harbour bridge reopens after repairs</title><link>https://harbour.example/bridge</link><guid>https://harbour.example/bridge</guid><description>The bridge is open again.</description></item>
</channel></rss>`;
const section = (id: string, title: string): string => `  - id: ${id}\n    title: ${title}\n    feeds:\n      - url: file:feed.xml\n        name: Harbour Desk ${id}\n`;

/** A directory with a feed file and a sources file of `sections`; the sources file's path. */
function sourcesDirectory(): string {
  const directory = mkdtempSync(path.join(tmpdir(), "newsdesk-reload-"));
  writeFileSync(path.join(directory, "feed.xml"), FEED);
  const file = path.join(directory, "sources.yaml");
  writeFileSync(file, `sections:\n${section("local", "Local")}`);
  return file;
}

describe("/admin reload with two instances on one PostgreSQL", () => {
  it("reloads the instance that received it, and the other one on its next check of the store", async () => {
    const prefix = uniqueRunPrefix("reload");
    const pool = new pg.Pool({ connectionString: TEST_POSTGRES_URL, max: 1 });
    cleanups.push(async () => {
      await dropTables(pool, prefix);
      await pool.end();
    });
    const files = { one: sourcesDirectory(), two: sourcesDirectory() };
    const instances = new Map<"one" | "two", NewsdeskProcess>();
    for (const id of ["one", "two"] as const) {
      const instance = startNewsdesk(
        { STORE_URL: TEST_POSTGRES_URL, STORE_TABLE_PREFIX: prefix, SOURCES_FILE: files[id], INSTANCE_ID: id, ARTICLE_FETCH: "false", LOG_LEVEL: "info" },
        { stdin: "pipe" },
      );
      instances.set(id, instance);
      cleanups.push(async () => {
        if (instance.child.exitCode === null && instance.child.signalCode === null) instance.child.kill("SIGKILL");
        await instance.exited;
      });
    }
    const one = instances.get("one")!;
    const two = instances.get("two")!;
    await Promise.all([one, two].map((instance) => instance.waitForLog((line) => line.msg === "newsdesk started", START_MS)));

    // The operator edits both copies of the file, then reloads from the first instance's terminal chat.
    for (const file of Object.values(files)) writeFileSync(file, `sections:\n${section("local", "Local")}${section("harbour", "Harbour News")}`);
    one.child.stdin!.write("/admin reload\n");
    const answer = await pollUntil(() => /Sources reloaded:[^\n]*\n?[^\n]*/u.exec(one.stdout())?.[0], FOLLOW_MS);
    expect(answer).toContain("Sources reloaded: 2 sections, 1 feeds (0 new, 0 removed).");
    const stated = Number(/reloads its own sources file within (\d+) seconds/u.exec(one.stdout())?.[1]);
    expect(stated).toBeGreaterThan(0);

    const followed = await two.waitForLog((line) => line.msg === "sources reloaded", FOLLOW_MS);
    expect(followed).toMatchObject({ sections: 2, feeds: 1 });
    expect(two.logs().find((line) => line.msg === "reload asked by another instance")).toMatchObject({ requestedBy: "one" });
    two.child.stdin!.write("/sections\n");
    await pollUntil(() => two.stdout().includes("Harbour News") || undefined, FOLLOW_MS);
    // The instance that received the command reloaded once: its own request is not followed again.
    expect(one.logs().filter((line) => line.msg === "sources reloaded")).toHaveLength(1);
    expect(one.logs().some((line) => line.msg === "reload asked by another instance")).toBe(false);

    for (const instance of [one, two]) instance.child.stdin!.end();
    expect(await Promise.all([one.exited, two.exited])).toEqual([0, 0]);
  }, 180_000);
});
