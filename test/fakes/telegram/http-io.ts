/**
 * Request body decoding and JSON answers of the fake Telegram server.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { FakeApiError, type Payload } from "./api-error.js";

/** Reads a JSON or form-urlencoded body (empty → `{}`); multipart and broken JSON → 400. */
export async function readBody(req: IncomingMessage): Promise<Payload> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  const type = (req.headers["content-type"] ?? "").toLowerCase();
  if (text.trim() === "") return {};
  if (type.startsWith("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(text));
  if (type.startsWith("multipart/")) throw new FakeApiError(400, "Bad Request: fake-telegram does not parse multipart bodies");
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) return parsed as Payload;
  } catch {
    // fall through
  }
  throw new FakeApiError(400, "Bad Request: can't parse JSON object");
}

/** Writes a JSON answer unless the client already went away. */
export function reply(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  const json = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
  res.end(json);
}
