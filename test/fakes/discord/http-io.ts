/**
 * Request body decoding and answers of the fake Discord server.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { parseMultipart } from "../multipart.js";
import { invalidFormBody, formError } from "./api-error.js";
import { UPLOADS } from "./attachments.js";

/**
 * Reads a JSON body (empty → `undefined`), or a multipart one (`payload_json` plus file parts, which
 * ride along under {@link UPLOADS} on the object carrying `attachments`: the body, or its `data` for
 * an interaction callback); anything else → 400 50035.
 */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const text = raw.toString("utf8");
  if (text.trim() === "") return undefined;
  const type = (req.headers["content-type"] ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    let parsed: { fields: Record<string, string>; files: Map<string, unknown> };
    let body: Record<string, unknown>;
    try {
      parsed = parseMultipart(raw, req.headers["content-type"] ?? "");
      body = JSON.parse(parsed.fields.payload_json ?? "{}") as Record<string, unknown>;
    } catch {
      throw invalidFormBody(formError([], "MULTIPART_INVALID", "Invalid multipart body"));
    }
    const carrier = typeof body.data === "object" && body.data !== null && "attachments" in body.data ? (body.data as Record<string, unknown>) : body;
    Object.defineProperty(carrier, UPLOADS, { value: parsed.files, enumerable: false });
    return body;
  }
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
