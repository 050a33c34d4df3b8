/**
 * Webhook mode: an HTTP server that receives updates from Telegram at the path of the webhook URL.
 * The body is read here up to a limit counted on the bytes that actually arrive (a lying or absent
 * Content-Length cannot get past it), then grammY's `webhookCallback` checks the
 * `X-Telegram-Bot-Api-Secret-Token` header in constant time and answers a wrong or missing one
 * with 401. Handling is detached (see update-runner.ts), so Telegram gets its 200 at once, however
 * slow the command; while intake is full the answer is 429, so that Telegram delivers again later.
 */
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type Bot, webhookCallback } from "grammy";
import type { Logger } from "../../core/shared/ports.js";
import { describeTelegramError } from "./errors.js";

/** Largest update body accepted (Telegram's updates are far smaller). */
const MAX_BODY_BYTES = 1_000_000;
const SECRET_PATTERN = /^[A-Za-z0-9_-]{1,256}$/;

/** Where and how the webhook listens. */
export interface WebhookOptions {
  /** The public HTTPS URL Telegram posts to; its path is the path served. */
  url: string;
  /** 1-256 characters of A-Z, a-z, 0-9, `_` and `-`; Telegram sends it back in a header. */
  secret: string;
  port: number;
  /** Interface to listen on; default 0.0.0.0. */
  host?: string;
}

/** A listening webhook server. */
export interface WebhookServer {
  /** The port actually bound (useful with port 0). */
  port: number;
  close(): Promise<void>;
}

/** Checks webhook options; throws naming the first problem. */
export function validateWebhookOptions(options: WebhookOptions): void {
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw new Error("TELEGRAM_WEBHOOK_URL must be an absolute URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("TELEGRAM_WEBHOOK_URL must be an https URL");
  if (!SECRET_PATTERN.test(options.secret)) throw new Error("TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -");
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65_535) throw new Error("TELEGRAM_WEBHOOK_PORT must be a port number");
}

/** The request body, or undefined as soon as more than `limit` bytes have arrived. */
function readBounded(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on("data", (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        req.pause();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (!done) resolve(Buffer.concat(chunks));
    });
    req.on("error", (error) => {
      if (!done) reject(error);
    });
  });
}

/** Starts the server (the caller registers the webhook with setWebhook afterwards). */
export async function startWebhookServer(
  bot: Bot,
  options: WebhookOptions,
  logger: Logger,
  /** True while update intake is at its bound: answered 429 with Retry-After, and Telegram delivers again later. */
  busy: () => boolean = () => false,
): Promise<WebhookServer> {
  validateWebhookOptions(options);
  const path = new URL(options.url).pathname;
  // The Fetch API flavour of grammY's callback: the body is read here, within the limit, first.
  const handleUpdate = webhookCallback(bot, "std/http", { secretToken: options.secret, onTimeout: "return", timeoutMilliseconds: 10_000 });
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const requestPath = new URL(req.url ?? "/", "http://localhost").pathname;
    if (requestPath !== path) return void res.writeHead(404).end();
    if (req.method !== "POST") return void res.writeHead(405, { allow: "POST" }).end();
    if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES) return void res.writeHead(413, { connection: "close" }).end();
    if (busy()) return void res.writeHead(429, { "retry-after": "5" }).end();
    readBounded(req, MAX_BODY_BYTES)
      .then(async (body) => {
        if (body === undefined) {
          // More bytes than allowed arrived (whatever Content-Length said): refuse and stop reading.
          res.writeHead(413, { connection: "close" }).end();
          req.destroy();
          return;
        }
        const headers = new Headers();
        for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
        const response = await handleUpdate(new Request(`http://localhost${requestPath}`, { method: "POST", headers, body }));
        res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
        res.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch((error: unknown) => {
        logger.warn({ error: describeTelegramError(error) }, "telegram: webhook request failed");
        if (!res.headersSent) res.writeHead(400).end();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "0.0.0.0", () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
