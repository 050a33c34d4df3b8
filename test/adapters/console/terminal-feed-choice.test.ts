/**
 * The terminal chat has no buttons: a page with several feeds is answered with the numbered list,
 * and `/source add <page> <number>` picks one. The real `newsdesk` bin, a real SQLite file, the page
 * and its feeds on a local HTTP server allowed through FETCH_ALLOW_HOSTS.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot, runNode } from "../../helpers/run-node.js";
import { startServer, type LocalServer } from "../feeds/local-server.js";

const rss = readFileSync(new URL("../../fixtures/sources/one-feed.rss", import.meta.url));
const page = `<!doctype html><html><head><title>Harbour</title><link rel="alternate" type="application/rss+xml" href="/feed.xml"><link rel="alternate" type="application/rss+xml" href="/comments.xml"></head><body>Blog</body></html>`;
let site: LocalServer;
beforeAll(async () => {
  site = await startServer((request, response) => {
    if (request.url === "/feed.xml") response.writeHead(200, { "content-type": "application/rss+xml" }).end(rss);
    else if (request.url === "/comments.xml") response.writeHead(200, { "content-type": "application/rss+xml" }).end(rss.toString("utf8").replace("Harbour Notes", "Harbour Comments"));
    else if (request.url === "/blog") response.writeHead(200, { "content-type": "text/html" }).end(page);
    else response.writeHead(404).end();
  });
});
afterAll(async () => {
  await site?.close();
});

describe("the feeds of a page in the terminal chat", () => {
  it("lists them numbered, and adds the one picked by its number", async () => {
    const directory = mkdtempSync(path.join(tmpdir(), "newsdesk-terminal-choice-"));
    const environment = { STORE_URL: `sqlite://${path.join(directory, "store.sqlite")}`, FETCH_ALLOW_HOSTS: `127.0.0.1:${site.port}` };
    const blog = `${site.origin}/blog`;
    const run = await runNode([path.join(repoRoot, "bin/newsdesk.js")], environment, `/source add ${blog}\n/source add ${blog} 2\n/source add ${blog} 5\n/source list\n`);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`== "${blog}" has 2 feeds ==`);
    expect(run.stdout).toContain("1. Harbour Notes");
    expect(run.stdout).toContain("2. Harbour Comments");
    expect(run.stdout).toContain(`Add one with the command under it, or by its number: /source add ${blog} 2.`);
    expect(run.stdout).toContain(`Added "Harbour Comments" (${site.origin}/comments.xml, 2 items now).`);
    expect(run.stdout).toContain(`That page has 2 feeds, numbered 1 to 2. Try /source add ${blog} 1.`);
    expect(run.stdout).toContain("Your own feeds (1 of 20)");
  }, 60_000);
});
