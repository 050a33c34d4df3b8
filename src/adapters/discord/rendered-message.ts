/**
 * One Discord message as newsdesk renders it, before it becomes a REST body or an interaction reply.
 */
import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from "discord.js";

/** Content, embeds, component rows and files of one message (mentions are always disabled when sent). */
export interface RenderedMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  /** Files attached to the message (`/source export`). */
  files?: { name: string; data: Uint8Array }[];
}
