/**
 * The fetch policy as an operator and a user meet it: a sources file naming a feed on a private
 * address (127.0.0.1 stands in for one), the real bin with its terminal chat. The feed is refused
 * before any request, `/sections` says why, `/summary <private link>` says why; allowing
 * `127.0.0.1:<port>` in FETCH_ALLOW_HOSTS lets exactly that feed through.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runNode } from "../helpers/run-node.js";

let server: http.Server;
let port = 0;
const requests: string[] = [];
const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Intranet News</title><link>http://intranet.example/</link><description>d</description>
<item><title>Canteen reopens on Monday</title><link>http://intranet.example/1</link><guid>i-1</guid><description>The canteen reopens.</description></item></channel></rss>`;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    requests.push(request.url ?? "");
    response.writeHead(200, { "content-type": "application/rss+xml" });
    response.end(RSS);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function setup(): Record<string, string> {
  const directory = mkdtempSync(path.join(tmpdir(), "newsdesk-fetch-policy-"));
  const sources = path.join(directory, "sources.yaml");
  writeFileSync(sources, `sections:\n  - id: intranet\n    title: Intranet\n    feeds:\n      - url: http://127.0.0.1:${port}/feed.xml\n        name: Intranet News\n`);
  return { SOURCES_FILE: sources, STORE_URL: `sqlite://${path.join(directory, "store.sqlite")}`, CONSOLE: "true" };
}

describe("the fetch policy, as an operator and a user meet it", () => {
  it("refuses a feed and a link on a private address, saying why, before any request", async () => {
    const before = requests.length;
    const { code, stdout, stderr } = await runNode(["bin/newsdesk.js"], setup(), `/sections\n/summary http://127.0.0.1:${port}/private-page\n`);
    expect(code).toBe(0);
    expect(requests.length).toBe(before);
    expect(stdout).toMatch(/1 failing — Intranet News: 127\.0\.0\.1 is on a private network \(127\.0\.0\.1\), which newsdesk does not fetch/u);
    expect(stdout).toContain(`"127.0.0.1" is on a private network, which newsdesk does not fetch.`);
    // The operator's log says it too (terminal chat mode logs warnings to stderr).
    expect(stderr).toContain("which newsdesk does not fetch");
  });

  it("fetches the feed once FETCH_ALLOW_HOSTS allows that host and port", async () => {
    const before = requests.length;
    const { code, stdout } = await runNode(["bin/newsdesk.js"], { ...setup(), FETCH_ALLOW_HOSTS: `127.0.0.1:${port}` }, "/sections\n/digest intranet\n");
    expect(code).toBe(0);
    expect(requests.length).toBeGreaterThan(before);
    expect(stdout).not.toContain("failing");
    expect(stdout).toContain("Canteen reopens on Monday");
  });
});
