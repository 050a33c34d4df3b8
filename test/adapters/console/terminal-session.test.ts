/**
 * The README's terminal session, end to end: the real `newsdesk` bin, the bundled sample feeds, a
 * real SQLite file, commands piped in one per line.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runNode } from "../../helpers/run-node.js";

function runNewsdesk(input: string, environment: Record<string, string>) {
  return runNode([path.join(repoRoot, "bin/newsdesk.js")], environment, input);
}

describe("the terminal chat", () => {
  it("answers piped commands from the sample feeds, exits when input ends, and remembers subscriptions", async () => {
    const directory = mkdtempSync(path.join(tmpdir(), "newsdesk-terminal-"));
    const environment = { STORE_URL: `sqlite://${path.join(directory, "store.sqlite")}` };

    const first = await runNewsdesk("/sections\n/subscribe poltics\n/subscribe politics\n/digest politics\n/digest politics\n/bogus\n", environment);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("== Sections ==");
    expect(first.stdout).toContain("politics — Politics");
    expect(first.stdout).toContain('"poltics" is not a section. Did you mean politics? See them all with /sections.');
    expect(first.stdout).toContain("Subscribed to Politics.");
    expect(first.stdout).toContain("== Politics digest ==");
    // The budget story from two outlets is one entry listing both.
    expect(first.stdout).toMatch(/The Daily Ledger, Harbor Herald|Harbor Herald, The Daily Ledger/u);
    expect(first.stdout).toContain("Nothing new in Politics since");
    expect(first.stdout).toContain('"/bogus" is not a command. See every command with /help.');
    expect(first.stderr).toBe("");

    const second = await runNewsdesk("/subscriptions\n", environment);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("politics — Politics");
  }, 60_000);

  it("speaks with one voice: any case, the nearest command, plain text and links, follow rules, limits in /help", async () => {
    const directory = mkdtempSync(path.join(tmpdir(), "newsdesk-terminal-"));
    const environment = { STORE_URL: `sqlite://${path.join(directory, "store.sqlite")}` };
    const input = [
      "/Digest politics",
      "/digets",
      "hello",
      "https://ledger.example/politics/budget-passes",
      "/summary 15D005DC9FAD",
      "/follow a",
      "/follow the",
      "/follow EU",
      "/follow china",
      "/follow China",
      "/follow China | PRC",
      "/latest 0",
      "/quiet 22:00-07:00",
      "/briefing 07:30 Europe/Berlin weekdays",
      "/subscriptions",
      "/help follow",
    ];
    const { code, stdout, stderr } = await runNewsdesk(`${input.join("\n")}\n`, environment);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("== Politics digest ==");
    expect(stdout).toContain('"/digets" is not a command. Did you mean /digest? See every command with /help.');
    expect(stdout).toContain("Send a command such as /digest or /help.");
    // The pasted link and the upper-case id both give the story's summary.
    expect(stdout.match(/== Summary ==\n\n1\. Parliament passes budget after all-night session/gu)).toHaveLength(2);
    expect(stdout).toContain('"a" is too short to follow: it would match almost every story.');
    expect(stdout).toContain('"the" is too common a word to follow: it would match almost every story.');
    expect(stdout).toContain("Following EU.");
    expect(stdout).toContain("You already follow china.");
    expect(stdout).toContain("You already follow china; its aliases changed: added PRC.");
    expect(stdout).toContain('"0" is out of range for the number of stories. Give a whole number from 1 to 20. Try /latest 5.');
    expect(stdout).toContain("Morning briefing: 07:30 Europe/Berlin, weekdays");
    expect(stdout).toContain("Quiet hours: 22:00-07:00 Europe/Berlin");
    expect(stdout).toContain("-- Follows (2 of 50) --");
    expect(stdout).toContain("== /follow <topic> ==");
    expect(stdout).toContain("A chat follows at most 50 topics.");
    expect(stdout).toContain("At most 10 aliases per topic.");
  }, 60_000);

  it("stops with every configuration problem listed", async () => {
    const result = await runNewsdesk("", { STORE_URL: "mysql://x", DEFAULT_TIMEZONE: "Nowhere/Land" });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("STORE_URL: must start with sqlite:// or postgres://");
    expect(result.stderr).toContain("DEFAULT_TIMEZONE: must be an IANA time zone");
    expect(result.stdout).toBe("");
  }, 30_000);
});

describe("follow alerts in the terminal chat", () => {
  it("arrives, with the reason, when a newly ingested story mentions a followed topic", async () => {
    const { writeFileSync, readFileSync } = await import("node:fs");
    const directory = mkdtempSync(path.join(tmpdir(), "newsdesk-alert-"));
    const feedFile = path.join(directory, "space.xml");
    const item = (title: string, id: string) =>
      `<item><title>${title}</title><link>https://space.example/${id}</link><guid>https://space.example/${id}</guid><description>Details follow.</description></item>`;
    const feed = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Space Desk</title><link>https://space.example</link>${items}</channel></rss>`;
    writeFileSync(feedFile, feed(item("Old news about Mars", "old")));
    writeFileSync(path.join(directory, "sources.yaml"), `sections:\n  - id: science\n    title: Science\n    feeds:\n      - url: file:space.xml\n        poll: 1s\n`);

    const child = spawn(process.execPath, [path.join(repoRoot, "bin/newsdesk.js")], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? "", STORE_URL: `sqlite://${path.join(directory, "store.sqlite")}`, SOURCES_FILE: path.join(directory, "sources.yaml"), POLL_TICK_SECONDS: "1" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    const waitFor = (text: string) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for "${text}"; got:\n${stdout}`)), 30_000);
        const check = () => {
          if (stdout.includes(text)) {
            clearTimeout(timer);
            resolve();
          } else setTimeout(check, 50);
        };
        check();
      });
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));

    child.stdin.write("/follow Mars | Red Planet\n");
    await waitFor("Following Mars");
    // The chat answers before the first poll: wait until the feed has been read once (the digest
    // waits for it), so that the old item is backfill (no alert) and the next one is news.
    child.stdin.write("/digest science\n");
    await waitFor("Old news about Mars");
    // A new story arrives in the feed:
    writeFileSync(feedFile, feed(item("Rover finds ancient lake bed on the Red Planet", "new") + readFileSync(feedFile, "utf8").match(/<item>.*<\/item>/su)![0]));
    await waitFor("why: mentions Red Planet, also known as Mars, in the title");
    child.stdin.end();
    expect(await exited).toBe(0);
    const alert = stdout.slice(stdout.indexOf("== Follow alert =="));
    expect(alert).toContain("== Follow alert ==");
    expect(alert).toContain("Rover finds ancient lake bed on the Red Planet");
    // The backfilled item raised no alert.
    expect(alert).not.toContain("Old news about Mars");
  }, 90_000);
});
