/**
 * Request body decoding and JSON answers of the fake Telegram server.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { FakeApiError, type Payload } from "./api-error.js";
import { parseMultipart } from "../multipart.js";

/**
 * Reads a JSON, form-urlencoded or multipart body (empty → `{}`); broken JSON or multipart → 400.
 * A multipart body's fields are the payload; its file parts ride along under `__files`.
 */
export async function readBody(req: IncomingMessage): Promise<Payload> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const text = raw.toString("utf8");
  const type = (req.headers["content-type"] ?? "").toLowerCase();
  if (text.trim() === "") return {};
  if (type.startsWith("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(text));
  if (type.startsWith("multipart/form-data")) {
    try {
      const { fields, files } = parseMultipart(raw, req.headers["content-type"] ?? "");
      return { ...fields, __files: files };
    } catch (error) {
      throw new FakeApiError(400, `Bad Request: can't parse multipart body (${String(error)})`);
    }
  }
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
