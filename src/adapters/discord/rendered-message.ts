/**
 * One Discord message as newsdesk renders it, before it becomes a REST body or an interaction reply.
 */
import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from "discord.js";

/** Content, embeds and component rows of one message (mentions are always disabled when sent). */
export interface RenderedMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
}
