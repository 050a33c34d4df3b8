/**
 * `file:` feeds (the bundled offline samples): read from disk under the same size limit, with an
 * ETag made from the file's modification time and size, so that polling an unchanged file
 * answers `not-modified` like an HTTP server would.
 */
import { readFile, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { FeedFetchError } from "../../core/shared/errors.js";
import type { FeedFetchResult, FeedValidators } from "../../core/feeds/feed-ports.js";

/** The ETag of a file with this modification time and size. */
export function fileEtag(mtimeMs: number, size: number): string {
  return `W/"${Math.trunc(mtimeMs).toString(36)}-${size.toString(36)}"`;
}

function failure(url: string, error: unknown): FeedFetchError {
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  // A missing or unreadable file is a configuration problem; running out of descriptors is not.
  const retryable = code === "EMFILE" || code === "ENFILE" || code === "EAGAIN" || code === "EBUSY";
  const detail = error instanceof Error ? error.message : String(error);
  return new FeedFetchError(`${url}: cannot read the file: ${detail}`, retryable, { cause: error });
}

/** Reads a `file:` feed, honouring the ETag / Last-Modified validators. */
export async function fetchFileFeed(url: URL, validators: FeedValidators, maxBytes: number): Promise<FeedFetchResult> {
  let path: string;
  try {
    path = fileURLToPath(url);
  } catch (error) {
    throw new FeedFetchError(`${url.href}: not a usable file URL`, false, { cause: error });
  }
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw failure(url.href, error);
  }
  if (!info.isFile()) throw new FeedFetchError(`${url.href}: not a regular file`, false);
  if (info.size > maxBytes) {
    throw new FeedFetchError(`${url.href}: response too large: the file has ${info.size} bytes, over the limit of ${maxBytes}`, false);
  }
  const etag = fileEtag(info.mtimeMs, info.size);
  const lastModified = info.mtime.toUTCString();
  const unchanged = validators.etag !== undefined ? validators.etag === etag : validators.lastModified === lastModified;
  if (unchanged) return { status: "not-modified" };
  let body: Buffer;
  try {
    body = await readFile(path);
  } catch (error) {
    throw failure(url.href, error);
  }
  if (body.byteLength > maxBytes) {
    throw new FeedFetchError(`${url.href}: response too large: the file has more than ${maxBytes} bytes`, false);
  }
  return { status: "ok", body, etag, lastModified, finalUrl: url.href };
}
