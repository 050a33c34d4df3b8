/**
 * `/source export` and `/source import`: a chat's own feeds as an OPML file, and an OPML file (from
 * another reader) added feed by feed through the same path as `/source add` (address rules, fetch
 * policy, check that it parses, per-chat and total limits). Everything in the file is untrusted:
 * its size, count of feeds and the time spent checking them are bounded, and every feed that is not
 * added is reported with the reason.
 */
import type { FileReply } from "../digests/briefing-document.js";
import type { ChatSourcesService } from "../chats/chat-sources.js";
import type { IncomingFile } from "./command.js";
import { UserFacingError } from "../shared/errors.js";
import type { ChatRef, ChatSource } from "../chats/chat.js";
import { OpmlReadError } from "../chats/opml.js";
import { quoteTyped, refuse } from "../shared/user-messages.js";

/** Default largest file read (OPML_IMPORT_MAX_BYTES). */
export const DEFAULT_IMPORT_MAX_BYTES = 512 * 1024;
/** Most feed outlines an imported file may list. */
export const MAX_IMPORT_FEEDS = 200;
/** After this long, no further feed of a file is checked (the rest are reported as not tried). */
export const IMPORT_DEADLINE_MS = 5 * 60_000;
/** Longest download of the file from the platform. */
export const IMPORT_DOWNLOAD_MS = 30_000;
/** Name of the exported file. */
export const EXPORT_FILE_NAME = "newsdesk-sources.opml";

/** One feed of the file that was not added, and why. */
export interface ImportFailure {
  /** The feed's title or address as the file gives it (untrusted, cut short). */
  feed: string;
  reason: string;
}

/** What `/source import` did. */
export interface ImportReport {
  added: ChatSource[];
  /** Feeds the chat already had (or that the file lists twice). */
  already: ChatSource[];
  failed: ImportFailure[];
  /** Feeds not checked because the time was up. */
  notTried: number;
  /** Outlines without a feed address (neither a feed nor a folder of feeds). */
  withoutFeedUrl: number;
}

/** The chat's own feeds as an OPML file; a sentence when it has none. */
export async function exportSourcesOpml(sources: ChatSourcesService, chat: ChatRef): Promise<FileReply | string> {
  const codec = requireCodec(sources);
  const list = await sources.list(chat);
  if (list.length === 0) return "This chat has no feeds of its own to export. Add one with /source add https://example.org/feed.xml.";
  const xml = codec.write("newsdesk: this chat's own feeds", list.map((source) => ({ xmlUrl: source.url, title: source.name })));
  return {
    kind: "file",
    name: EXPORT_FILE_NAME,
    mediaType: "text/x-opml",
    bytes: new TextEncoder().encode(xml),
    caption: `This chat's ${list.length} own feed${list.length === 1 ? "" : "s"} as OPML. Another chat adds them with /source import and this file.`,
  };
}

/** What {@link importSourcesOpml} needs. */
export interface ImportInput {
  sources: ChatSourcesService;
  chat: ChatRef;
  file: IncomingFile;
  /** Now, in ms (the deadline). */
  now: () => number;
}

/** Reads an OPML file and adds its feeds to the chat, one by one; the report says what became of each. */
export async function importSourcesOpml(input: ImportInput): Promise<ImportReport> {
  const { sources, chat, file } = input;
  const codec = requireCodec(sources);
  const maxBytes = sources.policy.maxImportBytes ?? DEFAULT_IMPORT_MAX_BYTES;
  if (file.size !== undefined && file.size > maxBytes) throw tooLarge(file.name, maxBytes);
  const bytes = await file.read(maxBytes, AbortSignal.timeout(IMPORT_DOWNLOAD_MS));
  const text = decodeText(bytes, file.name);
  let outlines;
  try {
    outlines = codec.read(text, MAX_IMPORT_FEEDS);
  } catch (error) {
    if (error instanceof OpmlReadError) throw notOpml(file.name);
    throw error;
  }
  if (outlines.more) {
    throw refuse("too-many-feeds", `${quoteTyped(file.name)} lists more than ${MAX_IMPORT_FEEDS} feeds`, `A file may list at most ${MAX_IMPORT_FEEDS}, and this chat may have ${sources.policy.maxPerChat}`, "Send a shorter list");
  }
  if (outlines.feeds.length === 0) {
    throw refuse("no-feed", `${quoteTyped(file.name)} lists no feeds`, "An OPML subscription list has outlines with an xmlUrl", "Export your list from your feed reader as OPML and send it with /source import");
  }
  const report: ImportReport = { added: [], already: [], failed: [], notTried: 0, withoutFeedUrl: outlines.withoutFeedUrl };
  const deadline = input.now() + IMPORT_DEADLINE_MS;
  for (const feed of outlines.feeds) {
    if (input.now() > deadline) {
      report.notTried += 1;
      continue;
    }
    const label = shorten(feed.title?.trim() || feed.xmlUrl);
    try {
      const outcome = await sources.add(chat, feed.xmlUrl, feed.title?.trim() || undefined);
      if (outcome.kind === "added") report.added.push(outcome.source);
      else if (outcome.kind === "already") report.already.push(outcome.source);
      else report.failed.push({ feed: label, reason: `a web page with ${outcome.feeds.length} feeds; add the one you want with /source add` });
    } catch (error) {
      // Anything else (the store failing) is not this feed's fault: stop, and let the user hear it.
      if (!(error instanceof UserFacingError)) throw error;
      report.failed.push({ feed: label, reason: error.message });
    }
  }
  return report;
}

function requireCodec(sources: ChatSourcesService) {
  const codec = sources.opml;
  if (!codec) throw refuse("unavailable", "OPML files are not available here", "Add feeds one by one with /source add");
  return codec;
}

/** The file as text: UTF-8 (a BOM dropped); binary data is not OPML. */
function decodeText(bytes: Uint8Array, name: string): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw notOpml(name);
  }
  if (text.includes("\u0000")) throw notOpml(name);
  return text;
}

function notOpml(name: string): UserFacingError {
  return refuse("not-opml", `${quoteTyped(name)} is not an OPML file`, "Send the subscription list your feed reader exports as OPML (.opml, UTF-8)", "Attach it to /source import");
}

/** The refusal for a file over the limit (adapters use it when the download exceeds it). */
export function tooLarge(name: string, maxBytes: number): UserFacingError {
  return refuse("file-too-large", `${quoteTyped(name)} is too large`, `An OPML file for /source import may have at most ${Math.floor(maxBytes / 1024)} KiB`, "Send a shorter list");
}

function shorten(text: string): string {
  const line = text.replace(/\s+/gu, " ").trim();
  return [...line].length <= 80 ? line : `${[...line].slice(0, 79).join("")}…`;
}
