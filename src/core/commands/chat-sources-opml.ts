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
import { quoteTyped, refuse, userText } from "../shared/user-messages.js";
import { type TextOf, message } from "../shared/translator.js";

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
export async function exportSourcesOpml(sources: ChatSourcesService, chat: ChatRef, text: TextOf): Promise<FileReply | string> {
  const codec = requireCodec(sources);
  const list = await sources.list(chat);
  if (list.length === 0) return text("source-export-none");
  const xml = codec.write("newsdesk: this chat's own feeds", list.map((source) => ({ xmlUrl: source.url, title: source.name })));
  return {
    kind: "file",
    name: EXPORT_FILE_NAME,
    mediaType: "text/x-opml",
    bytes: new TextEncoder().encode(xml),
    caption: text("source-export-caption", { count: list.length }),
  };
}

/** What {@link importSourcesOpml} needs. */
export interface ImportInput {
  sources: ChatSourcesService;
  chat: ChatRef;
  file: IncomingFile;
  /** Now, in ms (the deadline). */
  now: () => number;
  /** The chat's language: the reasons in the report are written in it. */
  text: TextOf;
}

/** Reads an OPML file and adds its feeds to the chat, one by one; the report says what became of each. */
export async function importSourcesOpml(input: ImportInput): Promise<ImportReport> {
  const { sources, chat, file } = input;
  const codec = requireCodec(sources);
  const maxBytes = sources.policy.maxImportBytes ?? DEFAULT_IMPORT_MAX_BYTES;
  if (file.size !== undefined && file.size > maxBytes) throw tooLarge(file.name, maxBytes);
  const bytes = await file.read(maxBytes, AbortSignal.timeout(IMPORT_DOWNLOAD_MS));
  const document = decodeText(bytes, file.name);
  let outlines;
  try {
    outlines = codec.read(document, MAX_IMPORT_FEEDS);
  } catch (error) {
    if (error instanceof OpmlReadError) throw notOpml(file.name);
    throw error;
  }
  if (outlines.more) {
    throw refuse(
      "too-many-feeds",
      message("import-too-many", { typed: quoteTyped(file.name), max: MAX_IMPORT_FEEDS }),
      message("import-too-many-how", { max: MAX_IMPORT_FEEDS, chatMax: sources.policy.maxPerChat }),
      message("import-shorter"),
    );
  }
  if (outlines.feeds.length === 0) {
    throw refuse("no-feed", message("import-no-feeds", { typed: quoteTyped(file.name) }), message("import-no-feeds-how"), message("import-no-feeds-next"));
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
      else report.failed.push({ feed: label, reason: input.text("import-page-feeds", { count: outcome.feeds.length }) });
    } catch (error) {
      // Anything else (the store failing) is not this feed's fault: stop, and let the user hear it.
      if (!(error instanceof UserFacingError)) throw error;
      report.failed.push({ feed: label, reason: userText(error, input.text) });
    }
  }
  return report;
}

function requireCodec(sources: ChatSourcesService) {
  const codec = sources.opml;
  if (!codec) throw refuse("unavailable", message("import-unavailable"), message("import-unavailable-next"));
  return codec;
}

/** The file as text: UTF-8 (a BOM dropped); binary data is not OPML. */
function decodeText(bytes: Uint8Array, name: string): string {
  let decoded: string;
  try {
    decoded = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw notOpml(name);
  }
  if (decoded.includes("\u0000")) throw notOpml(name);
  return decoded;
}

function notOpml(name: string): UserFacingError {
  return refuse("not-opml", message("import-not-opml", { typed: quoteTyped(name) }), message("import-not-opml-how"), message("import-not-opml-next"));
}

/** The refusal for a file over the limit (adapters use it when the download exceeds it). */
export function tooLarge(name: string, maxBytes: number): UserFacingError {
  return refuse("file-too-large", message("import-too-large", { typed: quoteTyped(name) }), message("import-too-large-how", { max: Math.floor(maxBytes / 1024) }), message("import-shorter"));
}

function shorten(text: string): string {
  const line = text.replace(/\s+/gu, " ").trim();
  return [...line].length <= 80 ? line : `${[...line].slice(0, 79).join("")}…`;
}
