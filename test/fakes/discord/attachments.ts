/**
 * Files in the fake Discord: attachments users give to a slash command's Attachment option (stored,
 * listed in `data.resolved.attachments`, served by the fake's CDN route `GET
 * /attachments/{channel}/{id}/{filename}` on 127.0.0.1, as cdn.discordapp.com serves them), and files
 * the bot uploads with a message (multipart: `payload_json` plus `files[n]` parts, each named in the
 * body's `attachments` array by id). Discord's rules kept: every attachment of the body has its file
 * part, at most 10 files, each within the interaction's `attachment_size_limit` (10 MiB).
 */
import { formError, invalidFormBody } from "./api-error.js";
import type { Json } from "./fake-state.js";
import type { UploadedPart } from "../multipart.js";

/** Largest file the fake accepts (the default `attachment_size_limit`). */
export const MAX_ATTACHMENT_BYTES = 10_485_760;
const MAX_FILES = 10;

/** A file a user attaches to a command. */
export interface FakeAttachmentInit {
  filename: string;
  bytes: Buffer | string;
  contentType?: string;
}

/** A file uploaded with a message. */
export interface RecordedFile {
  filename: string;
  bytes: Buffer;
}

/** Key under which http-io.ts passes the uploaded parts with the JSON body. */
export const UPLOADS = "__uploads";

/** Users' attachments, by CDN path. */
export class AttachmentStore {
  private readonly byPath = new Map<string, Buffer>();
  /** CDN paths served, in order. */
  readonly downloads: string[] = [];

  /** Stores a user's file; the attachment object of `resolved.attachments`. */
  add(id: string, channelId: string, init: FakeAttachmentInit, origin: string): Json {
    const bytes = typeof init.bytes === "string" ? Buffer.from(init.bytes, "utf8") : init.bytes;
    const path = `/attachments/${channelId}/${id}/${encodeURIComponent(init.filename)}`;
    this.byPath.set(path, bytes);
    const url = `${origin}${path}?ex=0&is=0&hm=fake`;
    return { id, filename: init.filename, size: bytes.length, url, proxy_url: url, ...(init.contentType ? { content_type: init.contentType } : {}) };
  }

  /** Bytes at a CDN path, or undefined (404). */
  serve(path: string): Buffer | undefined {
    const bytes = this.byPath.get(path);
    if (bytes) this.downloads.push(path);
    return bytes;
  }
}

/**
 * The files of a message body: each entry of `attachments` with a new upload needs its `files[id]`
 * part. Throws Discord's 50035 otherwise.
 */
export function readUploadedFiles(body: Json, uploads: Map<string, UploadedPart> | undefined): RecordedFile[] {
  const attachments = Array.isArray(body.attachments) ? (body.attachments as Json[]) : [];
  if (attachments.length > MAX_FILES) throw invalidFormBody(formError(["attachments"], "BASE_TYPE_MAX_LENGTH", `Must be ${MAX_FILES} or fewer in length.`));
  const files: RecordedFile[] = [];
  attachments.forEach((attachment, index) => {
    const part = uploads?.get(`files[${String(attachment.id)}]`);
    if (!part) throw invalidFormBody(formError(["attachments", index], "ATTACHMENT_NOT_FOUND", "Attachment data not found"));
    if (part.bytes.length > MAX_ATTACHMENT_BYTES) throw invalidFormBody(formError(["files", index], "BASE_TYPE_MAX_LENGTH", "File cannot be larger than 10.00 MB."));
    files.push({ filename: typeof attachment.filename === "string" ? attachment.filename : part.fileName, bytes: part.bytes });
  });
  return files;
}
