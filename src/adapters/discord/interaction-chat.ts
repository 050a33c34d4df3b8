/**
 * Which chat an interaction belongs to.
 *
 * Mapping (see docs/adr/0006-discord.md): a server channel is `{ chatId: channel id }`; a thread
 * (including a forum post) is `{ chatId: parent channel id, threadId: thread id }`, so a thread has
 * its own subscriptions and deliveries go into the thread; a DM with the bot is `{ chatId: DM channel
 * id }` of kind `private`.
 *
 * The channel type and parent come from the raw INTERACTION_CREATE payload (its partial `channel`),
 * recorded from the gateway's `raw` event: discord.js only exposes `interaction.channel` when the
 * channel is cached, which is not the case for DMs and for threads it never saw.
 */
import { message } from "../../core/shared/translator.js";
import { ChannelType } from "discord.js";
import type { CommandChat } from "../../core/commands/command.js";

/** The partial channel of an interaction payload. */
export interface InteractionChannelInfo {
  id: string;
  type?: number;
  parentId?: string;
  name?: string;
}

/** Who may change a server channel's settings: the permission newsdesk checks (CHANNEL_ADMIN_PERMISSION). */
export const DISCORD_MANAGERS = message("managers-discord");

const THREAD_TYPES = new Set<number>([ChannelType.PublicThread, ChannelType.PrivateThread, ChannelType.AnnouncementThread]);
const MAX_REMEMBERED = 1000;

/** Remembers the channel of each INTERACTION_CREATE until the handler takes it. */
export class InteractionChannels {
  readonly #byInteraction = new Map<string, InteractionChannelInfo>();

  /** Feed every gateway packet (`client.on("raw")`); only INTERACTION_CREATE is kept. */
  record(packet: unknown): void {
    if (!isRecord(packet) || packet.t !== "INTERACTION_CREATE" || !isRecord(packet.d)) return;
    const data = packet.d;
    const channel = isRecord(data.channel) ? data.channel : {};
    const id = typeof channel.id === "string" ? channel.id : typeof data.channel_id === "string" ? data.channel_id : undefined;
    if (typeof data.id !== "string" || id === undefined) return;
    this.#byInteraction.set(data.id, {
      id,
      ...(typeof channel.type === "number" ? { type: channel.type } : {}),
      ...(typeof channel.parent_id === "string" ? { parentId: channel.parent_id } : {}),
      ...(typeof channel.name === "string" ? { name: channel.name } : {}),
    });
    // Interactions the handler never takes (unknown types) must not pile up.
    if (this.#byInteraction.size > MAX_REMEMBERED) {
      const oldest = this.#byInteraction.keys().next().value;
      if (oldest !== undefined) this.#byInteraction.delete(oldest);
    }
  }

  /** The recorded channel of an interaction (removed from memory). */
  take(interactionId: string): InteractionChannelInfo | undefined {
    const info = this.#byInteraction.get(interactionId);
    this.#byInteraction.delete(interactionId);
    return info;
  }
}

/** The interaction fields the mapping needs (any discord.js interaction has them). */
export interface InteractionLocation {
  channelId: string | null;
  guildId: string | null;
  /** The cached channel, when discord.js has one. */
  channel: { isThread(): boolean; parentId?: string | null; name?: string | null } | null;
  /** The user's client language (every interaction has one). */
  locale?: string;
  /** The server's preferred language (Community servers set it; "en-US" otherwise), in servers only. */
  guildLocale?: string | null;
}

/** The chat of an interaction, and whether it is a thread; undefined when it has no channel. */
export function chatOfInteraction(interaction: InteractionLocation, info: InteractionChannelInfo | undefined): { chat: CommandChat; inThread: boolean } | undefined {
  const channelId = info?.id ?? interaction.channelId;
  if (!channelId) return undefined;
  const cached = interaction.channel;
  const name = info?.name ?? cached?.name ?? undefined;
  if (!interaction.guildId) {
    const kind = info?.type === ChannelType.GroupDM ? "group" : "private";
    return { chat: { platform: "discord", chatId: channelId, kind, title: "direct messages", ...(interaction.locale ? { locale: interaction.locale } : {}) }, inThread: false };
  }
  // A channel is shared by the server: its language is the server's, not the one of who typed.
  const locale = interaction.guildLocale ?? interaction.locale;
  const isThread = info?.type !== undefined ? THREAD_TYPES.has(info.type) : (cached?.isThread() ?? false);
  const parentId = info?.parentId ?? cached?.parentId ?? undefined;
  if (isThread && parentId) {
    return { chat: { platform: "discord", chatId: parentId, threadId: channelId, kind: "channel", managedBy: DISCORD_MANAGERS, ...(name ? { title: name } : {}), ...(locale ? { locale } : {}) }, inThread: true };
  }
  return { chat: { platform: "discord", chatId: channelId, kind: "channel", managedBy: DISCORD_MANAGERS, ...(name ? { title: name } : {}), ...(locale ? { locale } : {}) }, inThread: false };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
