/**
 * The publishers of the feed-polling benchmark, run in a child process so that their CPU is
 * measured apart from newsdesk's: `hosts` HTTP servers on 127.0.0.1 (one port each, so each is a
 * host of its own to the poller), every answer delayed by `delayMs`. A feed answers 304 to a
 * conditional request for its current version; each request moves a feed to a new version (one
 * new item) with probability `changeRate`, answered 200 with its ten newest items.
 *
 * Protocol (IPC): sends `{ ports }` once listening; `"mark"` starts the measured window; on
 * `"stop"` replies `{ cpu, requests, notModified, ok }` for the window and exits.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

const [hostsArgument = "50", delayArgument = "200", changeArgument = "0.03"] = process.argv.slice(2);
const hosts = Number(hostsArgument);
const delayMs = Number(delayArgument);
const changeRate = Number(changeArgument);

const versions = new Map<string, number>();
const counts = { requests: 0, notModified: 0, ok: 0 };
let cpuAtStart = process.cpuUsage();

function feedDocument(path: string, version: number): string {
  const items = Array.from({ length: Math.min(10, version + 1) }, (_, age) => {
    const id = `${path}/${version - age}`;
    return `<item><title>Story ${id}: the council debates plan ${version - age}</title><link>https://publisher.example${id}</link>
<guid>https://publisher.example${id}</guid><pubDate>${new Date(Date.UTC(2026, 10, 20, 0, version - age)).toUTCString()}</pubDate>
<description><![CDATA[<p>What was said about plan ${version - age} at the meeting, and what comes next.</p>]]></description></item>`;
  }).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed ${path}</title><link>https://publisher.example</link>${items}</channel></rss>`;
}

function answer(request: IncomingMessage, response: ServerResponse): void {
  counts.requests += 1;
  const path = request.url ?? "/";
  let version = versions.get(path) ?? 0;
  if (Math.random() < changeRate) {
    version += 1;
    versions.set(path, version);
  }
  const etag = `"v${version}"`;
  setTimeout(() => {
    if (request.headers["if-none-match"] === etag) {
      counts.notModified += 1;
      response.writeHead(304, { etag });
      response.end();
      return;
    }
    counts.ok += 1;
    const body = feedDocument(path, version);
    response.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", etag, "content-length": Buffer.byteLength(body) });
    response.end(body);
  }, delayMs);
}

const servers: Server[] = [];
const ports: number[] = [];
for (let index = 0; index < hosts; index += 1) {
  const server = createServer(answer);
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  ports.push((server.address() as AddressInfo).port);
}
process.send?.({ ports });
process.on("message", (message) => {
  if (message === "mark") {
    cpuAtStart = process.cpuUsage();
    Object.assign(counts, { requests: 0, notModified: 0, ok: 0 });
    return;
  }
  if (message !== "stop") return;
  const cpu = process.cpuUsage(cpuAtStart);
  for (const server of servers) server.closeAllConnections();
  process.send?.({ cpu, ...counts }, () => process.exit(0));
});
process.on("disconnect", () => process.exit(0));
