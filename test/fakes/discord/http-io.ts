/**
 * Request body decoding and answers of the fake Discord server.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { invalidFormBody, formError } from "./api-error.js";

/** Reads a JSON body (empty → `undefined`); anything else that is not JSON → 400 50035. */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return undefined;
  const type = (req.headers["content-type"] ?? "").toLowerCase();
  if (type.startsWith("multipart/")) throw invalidFormBody(formError([], "MULTIPART_UNSUPPORTED", "fake-discord does not parse multipart bodies"));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalidFormBody(formError([], "JSON_INVALID", "Invalid JSON body"));
  }
}

/** Writes a JSON answer (unless the client already left). */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.destroyed) return;
  const json = JSON.stringify(body);
  res.writeHead(status, { ...headers, "content-type": "application/json", "content-length": String(Buffer.byteLength(json)) });
  res.end(json);
}

/** 204 No Content, without a content-type (as Discord does; undici would try to parse JSON otherwise). */
export function sendNoContent(res: ServerResponse, headers: Record<string, string> = {}): void {
  if (res.destroyed) return;
  res.writeHead(204, headers);
  res.end();
}
