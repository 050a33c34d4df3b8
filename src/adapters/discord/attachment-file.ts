/**
 * A file a member attached to a slash command's Attachment option, as a command's IncomingFile. Only
 * Discord's own CDN is read (the attachment URL as the interaction gives it, on an allowed origin:
 * cdn.discordapp.com and media.discordapp.net, and the server of DISCORD_API_ROOT when set, e.g. a
 * local fake);
 * any other URL is refused without a request.
 */
import type { Attachment } from "discord.js";
import type { IncomingFile } from "../../core/commands/command.js";
import { refuse } from "../../core/shared/user-messages.js";
import { message as catalogueMessage } from "../../core/shared/translator.js";
import { downloadFile } from "../files/download-file.js";

/** Discord's attachment hosts. */
export const DISCORD_CDN_ORIGINS = ["https://cdn.discordapp.com", "https://media.discordapp.net"] as const;

/** The origins attachments may be read from: Discord's CDN, and the API root's server when set. */
export function attachmentOrigins(apiRoot: string | undefined): string[] {
  return apiRoot ? [...DISCORD_CDN_ORIGINS, new URL(apiRoot).origin] : [...DISCORD_CDN_ORIGINS];
}

/** The attachment as a file that downloads from an allowed origin only. */
export function incomingAttachment(attachment: Pick<Attachment, "url" | "name" | "size">, origins: readonly string[]): IncomingFile {
  const name = (attachment.name || "file").slice(0, 100);
  return {
    name,
    ...(Number.isFinite(attachment.size) ? { size: attachment.size } : {}),
    async read(maxBytes, signal) {
      let origin: string | undefined;
      try {
        origin = new URL(attachment.url).origin;
      } catch {
        origin = undefined;
      }
      if (!origin || !origins.includes(origin)) throw refuse("file-unreadable", catalogueMessage("file-not-on-discord"), catalogueMessage("file-attach-itself"));
      return downloadFile({ url: attachment.url, name, platform: "Discord", maxBytes, signal });
    },
  };
}
