/**
 * The terminal chat answers from the moment it opens, while a slow feed holds the first poll round;
 * its output carries chat text only; SIGTERM answers or drops (saying so) what is queued. The real
 * bin, a local feed server that answers only when the test lets it.
 */
import { createServer, type ServerResponse } from "node:http";
import { mkdtempSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { pollUntil } from "../helpers/local.js";
import { type NewsdeskProcess, startNewsdesk } from "../helpers/newsdesk-process.js";

const WAIT_MS = 30_000;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Slow Desk</title><link>https://slow.example/</link>
<item><title>Harbour bridge reopens after repairs</title><link>https://slow.example/bridge</link><guid>https://slow.example/bridge</guid><description>The bridge is open again.</description></item>
</channel></rss>`;

/** A feed server holding every request until `release()`. */
async function startSlowFeed(): Promise<{ port: number; requests(): number; release(): void }> {
  const held: ServerResponse[] = [];
  let released = false;
  let requests = 0;
  const answer = (response: ServerResponse): void => void response.writeHead(200, { "content-type": "application/rss+xml" }).end(FEED);
  const server = createServer((_request, response) => {
    requests += 1;
    if (released) answer(response);
    else held.push(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(() => {
    server.closeAllConnections();
    server.close();
  });
  return {
    port: (server.address() as AddressInfo).port,
    requests: () => requests,
    release() {
      released = true;
      for (const response of held.splice(0)) answer(response);
    },
  };
}

function startWithSlowFeed(port: number, logLevel = "info"): NewsdeskProcess {
  const directory = mkdtempSync(path.join(tmpdir(), "newsdesk-terminal-start-"));
  writeFileSync(path.join(directory, "sources.yaml"), `sections:\n  - id: local\n    title: Local\n    feeds:\n      - url: http://127.0.0.1:${port}/feed.xml\n`);
  const instance = startNewsdesk(
    {
      STORE_URL: `sqlite://${path.join(directory, "store.sqlite")}`,
      SOURCES_FILE: path.join(directory, "sources.yaml"),
      FETCH_ALLOW_HOSTS: `127.0.0.1:${port}`,
      FEED_TIMEOUT_MS: "120000",
      LOG_LEVEL: logLevel,
    },
    { stdin: "pipe" },
  );
  cleanups.push(async () => {
    if (instance.child.exitCode === null && instance.child.signalCode === null) instance.child.kill("SIGKILL");
    await instance.exited;
  });
  return instance;
}

describe("the terminal chat at start-up", () => {
  it("answers before the first poll round ends, a digest once the feed has loaded, and prints no log line", async () => {
    const feed = await startSlowFeed();
    const instance = startWithSlowFeed(feed.port);
    instance.child.stdin!.write("/help\n/sections\n/digest local\n");
    await pollUntil(() => (instance.stdout().includes("== Sections ==") ? true : undefined), WAIT_MS);
    // The chat may answer before the poll round has even reached the feed; wait until the round is
    // held on it, then check nothing of the feed has been shown: the round does not hold the chat back.
    await pollUntil(() => (feed.requests() > 0 ? true : undefined), WAIT_MS);
    expect(feed.requests()).toBe(1);
    expect(instance.stdout()).toContain("/digest");
    expect(instance.stdout()).not.toContain("Local digest");
    expect(instance.stdout()).not.toContain("Harbour bridge reopens after repairs");
    feed.release();
    await pollUntil(() => (instance.stdout().includes("Harbour bridge reopens after repairs") ? true : undefined), WAIT_MS);
    instance.child.stdin!.end();
    expect(await instance.exited).toBe(0);
    // The chat's output is the chat's: log lines went to stderr.
    expect(instance.stdout()).not.toMatch(/"level":\d+/u);
    expect(instance.logs().some((line) => line.msg === "newsdesk started")).toBe(true);
  }, 90_000);

  it("on SIGTERM, drops the commands not yet run, saying so in the chat and the log, and exits 0", async () => {
    const feed = await startSlowFeed();
    const instance = startWithSlowFeed(feed.port, "debug");
    await instance.waitForLog((line) => line.msg === "newsdesk started", WAIT_MS);
    await pollUntil(() => (feed.requests() > 0 ? true : undefined), WAIT_MS);
    // The digest waits for the held feed; the two after it wait in line (one write: read together).
    instance.child.stdin!.write("/digest local\n/sections\n/latest\n");
    await instance.waitForLog((line) => line.msg === "terminal chat: command started" && line.command === "digest", WAIT_MS);
    instance.child.kill("SIGTERM");
    expect(await instance.exited).toBe(0);
    expect(instance.stdout()).toContain("newsdesk is stopping: 2 commands were not run (/sections, /latest).");
    const dropped = instance.logs().find((line) => line.msg === "terminal chat: commands not run, newsdesk is stopping");
    expect(dropped?.commands).toEqual(["sections", "latest"]);
  }, 90_000);
});
