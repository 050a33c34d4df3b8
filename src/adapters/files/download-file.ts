/**
 * Downloads a file a user sent with a command, from the platform's own file host only (the caller
 * builds or checks the URL: Telegram's Bot API file URL, Discord's attachment URL). Bounded in size
 * (the declared length and the bytes actually read) and time; no redirects. The URL may carry a
 * token (Telegram's), so it never appears in an error.
 */
import { tooLarge } from "../../core/commands/chat-sources-opml.js";
import { UserFacingError } from "../../core/shared/errors.js";
import { refuse } from "../../core/shared/user-messages.js";
import { message } from "../../core/shared/translator.js";

/** What to download and how much at most. */
export interface DownloadRequest {
  url: string;
  /** The file's name as the user gave it, for messages. */
  name: string;
  /** "Telegram", "Discord": where the file is, for messages. */
  platform: string;
  maxBytes: number;
  signal: AbortSignal;
}

/**
 * The file's bytes.
 * @throws UserFacingError `file-too-large` beyond `maxBytes`, `file-unreadable` when the download fails.
 */
export async function downloadFile(request: DownloadRequest): Promise<Uint8Array> {
  const unreadable = (_cause?: unknown) => refuse("file-unreadable", message("file-download-failed", { platform: request.platform }), message("file-download-again"));
  let response: Response;
  try {
    response = await fetch(request.url, { signal: request.signal, redirect: "error" });
  } catch (error) {
    throw unreadable(error instanceof Error ? error.name : undefined);
  }
  if (response.status !== 200 || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    throw unreadable(`HTTP ${response.status}`);
  }
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > request.maxBytes) {
    await response.body.cancel().catch(() => undefined);
    throw tooLarge(request.name, request.maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > request.maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(request.name, request.maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    throw unreadable(error instanceof Error ? error.name : undefined);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
