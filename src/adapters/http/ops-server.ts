/**
 * The operations listener (HTTP_PORT): `/healthz` (the process answers), `/readyz` (store, platforms,
 * scheduler; 503 with the reasons), `/metrics` (Prometheus text) and `/` (the status page). Plain
 * node:http: GET and HEAD only, no request body read, bounded header size, URL length, connections
 * and time; every answer carries strict security headers (the page runs no script). `/` and
 * `/metrics` need the status token when one is set: `Authorization: Bearer <token>` or `?token=`.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { describeError } from "../../core/shared/errors.js";
import type { Logger } from "../../core/shared/ports.js";
import type { ReadinessReport } from "./readiness.js";
import { STATUS_PAGE_STYLE_HASH } from "./status-page.js";

/** Options of {@link startOpsServer}. */
export interface OpsServerOptions {
  /** Interface to listen on (HTTP_HOST). */
  host: string;
  /** HTTP_PORT; 0 picks a free port (tests). */
  port: number;
  /** STATUS_TOKEN: when set, `/` and `/metrics` require it. */
  token?: string;
  metrics(): Promise<{ text: string; contentType: string }>;
  readiness(): Promise<ReadinessReport>;
  statusPage(): Promise<string>;
  logger: Logger;
}

/** A listening operations server. */
export interface OpsServer {
  /** The port it listens on. */
  readonly port: number;
  /** `http://host:port`. */
  readonly url: string;
  close(): Promise<void>;
}

const MAX_URL_LENGTH = 2_048;

const SECURITY_HEADERS: Record<string, string> = {
  "content-security-policy": `default-src 'none'; style-src '${STATUS_PAGE_STYLE_HASH}'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-resource-policy": "same-origin",
  "cache-control": "no-store",
};

/** Whether `host` is a loopback interface (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  return host === "localhost" || host === "::1" || host === "[::1]" || /^127(?:\.\d{1,3}){3}$/u.test(host);
}

/** Compares a presented token with the expected one in constant time (over their digests, so length leaks nothing). */
export function tokenMatches(presented: string | undefined, expected: string): boolean {
  if (presented === undefined) return false;
  const digest = (value: string): Buffer => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

/** Starts listening; rejects when the port cannot be bound. */
export async function startOpsServer(options: OpsServerOptions): Promise<OpsServer> {
  const logger = options.logger.child({ component: "http" });
  const server = createServer({ maxHeaderSize: 8_192, requestTimeout: 15_000, headersTimeout: 10_000 }, (request, response) => {
    handle(request, response, options).catch((error: unknown) => {
      logger.error({ path: safePath(request.url), error: describeError(error) }, "status request failed");
      if (!response.headersSent) send(response, 500, "text/plain; charset=utf-8", "internal error\n", request.method === "HEAD");
      else response.destroy();
    });
  });
  server.maxConnections = 64;
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const hostForUrl = options.host.includes(":") && !options.host.startsWith("[") ? `[${options.host}]` : options.host;
  logger.info({ host: options.host, port }, "status and metrics listener started");
  return {
    port,
    url: `http://${hostForUrl}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handle(request: IncomingMessage, response: ServerResponse, options: OpsServerOptions): Promise<void> {
  const head = request.method === "HEAD";
  if (request.method !== "GET" && !head) {
    response.setHeader("allow", "GET, HEAD");
    return send(response, 405, "text/plain; charset=utf-8", "only GET and HEAD\n", false);
  }
  const raw = request.url ?? "/";
  if (raw.length > MAX_URL_LENGTH) return send(response, 414, "text/plain; charset=utf-8", "URL too long\n", head);
  let url: URL;
  try {
    url = new URL(raw, "http://status.invalid");
  } catch {
    return send(response, 400, "text/plain; charset=utf-8", "bad request target\n", head);
  }
  switch (url.pathname) {
    case "/healthz":
      return send(response, 200, "text/plain; charset=utf-8", "ok\n", head);
    case "/readyz": {
      const report = await options.readiness();
      return send(response, report.ready ? 200 : 503, "application/json; charset=utf-8", `${JSON.stringify(report)}\n`, head);
    }
    case "/metrics": {
      if (!authorized(request, url, options.token)) return refuse(response, head);
      const { text, contentType } = await options.metrics();
      return send(response, 200, contentType, text, head);
    }
    case "/": {
      if (!authorized(request, url, options.token)) return refuse(response, head);
      return send(response, 200, "text/html; charset=utf-8", await options.statusPage(), head);
    }
    default:
      return send(response, 404, "text/plain; charset=utf-8", "not found\n", head);
  }
}

function authorized(request: IncomingMessage, url: URL, token: string | undefined): boolean {
  if (token === undefined) return true;
  const header = request.headers.authorization;
  const bearer = header?.startsWith("Bearer ") ? header.slice("Bearer ".length).trim() : undefined;
  return tokenMatches(bearer ?? url.searchParams.get("token") ?? undefined, token);
}

function refuse(response: ServerResponse, head: boolean): void {
  response.setHeader("www-authenticate", 'Bearer realm="newsdesk"');
  send(response, 401, "text/plain; charset=utf-8", "a valid status token is required (Authorization: Bearer <STATUS_TOKEN>, or ?token=)\n", head);
}

function send(response: ServerResponse, status: number, contentType: string, body: string, head: boolean): void {
  const bytes = Buffer.from(body, "utf8");
  response.writeHead(status, { ...SECURITY_HEADERS, "content-type": contentType, "content-length": bytes.length });
  response.end(head ? undefined : bytes);
}

/** The path of a request for logs (no query: it may hold the token). */
function safePath(raw: string | undefined): string {
  return (raw ?? "/").split("?")[0]?.slice(0, 200) ?? "/";
}
