/**
 * Files users send with a command on Telegram: the document of the command message (the command is
 * its caption) or of the message the command replies to. Downloaded through the Bot API only:
 * `getFile`, then `<apiRoot>/file/bot<token>/<file_path>` (a self-hosted Bot API server serves its
 * own files the same way when run without `--local`).
 */
import type { Api } from "grammy";
import type { Message } from "grammy/types";
import type { CommandDefinition, IncomingFile } from "../../core/commands/command.js";
import { refuse } from "../../core/shared/user-messages.js";
import { message as catalogueMessage } from "../../core/shared/translator.js";
import { downloadFile } from "../files/download-file.js";
import { tooLarge } from "../../core/commands/chat-sources-opml.js";

/** Downloads a file by id (bounded), for {@link documentOfMessage}. */
export type TelegramFileDownloader = (fileId: string, name: string, maxBytes: number, signal: AbortSignal) => Promise<Uint8Array>;

/** A downloader on the bot's API root and token. */
export function createTelegramFileDownloader(api: Api, apiRoot: string, token: string): TelegramFileDownloader {
  return async (fileId, name, maxBytes, signal) => {
    const file = await api.getFile(fileId, signal as Parameters<typeof api.getFile>[1]);
    if (file.file_size !== undefined && file.file_size > maxBytes) throw tooLarge(name, maxBytes);
    const path = file.file_path ?? "";
    // A relative path as api.telegram.org gives it; a --local server's absolute paths cannot be fetched.
    if (!/^[A-Za-z0-9_][A-Za-z0-9_./-]*$/u.test(path) || path.includes("..")) {
      throw refuse("file-unreadable", catalogueMessage("file-not-downloaded"), catalogueMessage("file-send-again"));
    }
    return downloadFile({ url: `${apiRoot}/file/bot${token}/${path}`, name, platform: "Telegram", maxBytes, signal });
  };
}

/** The document sent with `message` (its own, else the replied-to message's), as a command's file. */
export function documentOfMessage(message: Message, download: TelegramFileDownloader): IncomingFile | undefined {
  const document = message.document ?? message.reply_to_message?.document;
  if (!document) return undefined;
  const name = document.file_name?.slice(0, 100) || "file";
  return {
    name,
    ...(document.file_size === undefined ? {} : { size: document.file_size }),
    read: (maxBytes, signal) => download(document.file_id, name, maxBytes, signal),
  };
}

/** The document sent with the command, under the command's first attachment option (if it has one). */
export function filesOf(message: Message, definition: CommandDefinition, deps: { downloadFile: TelegramFileDownloader }): Map<string, IncomingFile> {
  const option = definition.options.find((spec) => spec.type === "attachment");
  const file = option ? documentOfMessage(message, deps.downloadFile) : undefined;
  return option && file ? new Map([[option.name, file]]) : new Map();
}
