/**
 * The world of the fake Discord server: guilds, channels with the bot's permissions in them, the
 * messages the bot posted, and every request answered.
 *
 * Posting rules of `POST /channels/{id}/messages` (Discord's answers): a missing or deleted channel →
 * 404 Unknown Channel (10003); a guild the bot was removed from (kicked) or a channel it cannot view →
 * 403 Missing Access (50001); without Send Messages (Send Messages in Threads in a thread) → 403
 * Missing Permissions (50013); embeds without Embed Links → 403 50013 as well (Discord's docs leave this
 * open; the fake takes the strict reading); a DM whose user blocks the bot → 403 Cannot send messages to
 * this user (50007).
 */
import { PermissionFlagsBits } from "discord.js";
import { cannotMessageUser, missingAccess, missingPermissions, unknownChannel } from "./api-error.js";
import type { UploadedPart } from "../multipart.js";
import { type RecordedFile, UPLOADS, readUploadedFiles } from "./attachments.js";
import { computePings, type Ping } from "./mentions.js";

export type Json = Record<string, unknown>;

/** Kinds of channels the fake models. */
export type FakeChannelKind = "text" | "announcement" | "forum" | "public-thread" | "private-thread" | "announcement-thread" | "dm";

/** Discord channel type numbers (ChannelType). */
export const CHANNEL_TYPES: Record<FakeChannelKind, number> = {
  text: 0,
  dm: 1,
  announcement: 5,
  "announcement-thread": 10,
  "public-thread": 11,
  "private-thread": 12,
  forum: 15,
};

/** What a bot usually gets from an invite with View Channels, Send Messages (+ in Threads), Embed Links. */
export const DEFAULT_BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory;

export interface FakeChannelInit {
  id: string;
  /** Default `text` (or `dm` when `recipientId` is given). */
  kind?: FakeChannelKind;
  /** Required for guild channels; absent for DMs. */
  guildId?: string;
  /** Threads: the channel the thread lives in. */
  parentId?: string;
  name?: string;
  /** The bot's permissions in this channel; default {@link DEFAULT_BOT_PERMISSIONS}. */
  botPermissions?: bigint;
  /** DMs: the user on the other side. */
  recipientId?: string;
}

export interface FakeChannel {
  id: string;
  kind: FakeChannelKind;
  type: number;
  guildId?: string;
  parentId?: string;
  name: string;
  botPermissions: bigint;
  recipientId?: string;
  deleted: boolean;
  /** DMs: the user blocked the bot (or shares no server with it any more). */
  blocked: boolean;
}

export interface FakeGuild {
  id: string;
  name: string;
  botIsMember: boolean;
}

/** A message the bot created (in a channel, or as an interaction response / follow-up). */
export interface RecordedMessage {
  id: string;
  channelId: string;
  content: string;
  embeds: Json[];
  components: Json[];
  /** `allowed_mentions` exactly as sent; undefined when the request had none. */
  allowedMentions: unknown;
  /** Who this message pinged (content only, after allowed_mentions). */
  pings: Ping[];
  flags: number;
  ephemeral: boolean;
  source: "channel" | "interaction";
  interactionId?: string;
  /** Files uploaded with the message (multipart). */
  files: RecordedFile[];
  at: number;
  editCount: number;
  deleted: boolean;
}

/** One answered request. */
export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, as sent (percent-encoding kept). */
  path: string;
  /** HTTP status answered; 0 when the answer was withheld (stallNextResponse). */
  status: number;
  /** Discord JSON error code of a failure. */
  code?: number;
  at: number;
  /** X-RateLimit-Global was set on this 429. */
  global?: boolean;
}

const DISCORD_EPOCH = 1_420_070_400_000n;

/** Mutable state shared by the fake's routes. */
export class FakeDiscordState {
  readonly guilds = new Map<string, FakeGuild>();
  readonly channels = new Map<string, FakeChannel>();
  readonly messages: RecordedMessage[] = [];
  readonly requests: RecordedRequest[] = [];
  count429 = 0;
  /** Posts answered with an earlier message because their nonce was seen (enforce_nonce). */
  nonceReplays = 0;
  /** `channel:nonce` → message, for enforce_nonce (Discord checks "the past few minutes"). */
  readonly nonces = new Map<string, RecordedMessage>();
  private sequence = 0n;
  readonly clock: () => number;
  readonly botUser: Json;

  constructor(clock: () => number, botUser: Json) {
    this.clock = clock;
    this.botUser = botUser;
  }

  /** A fresh snowflake (time-ordered). */
  snowflake(): string {
    this.sequence += 1n;
    return String(((BigInt(this.clock()) - DISCORD_EPOCH) << 22n) | (this.sequence & 0x3fffffn));
  }

  addGuild(init: { id: string; name?: string }): FakeGuild {
    const guild = { id: init.id, name: init.name ?? `guild ${init.id}`, botIsMember: true };
    this.guilds.set(guild.id, guild);
    return guild;
  }

  addChannel(init: FakeChannelInit): FakeChannel {
    const kind = init.kind ?? (init.recipientId ? "dm" : "text");
    if (kind !== "dm" && !init.guildId) throw new Error(`fake-discord: guild channel ${init.id} needs a guildId`);
    if (init.guildId && !this.guilds.has(init.guildId)) this.addGuild({ id: init.guildId });
    if (kind.endsWith("thread") && !init.parentId) throw new Error(`fake-discord: thread ${init.id} needs a parentId`);
    const channel: FakeChannel = {
      id: init.id,
      kind,
      type: CHANNEL_TYPES[kind],
      ...(init.guildId ? { guildId: init.guildId } : {}),
      ...(init.parentId ? { parentId: init.parentId } : {}),
      ...(init.recipientId ? { recipientId: init.recipientId } : {}),
      name: init.name ?? (kind === "dm" ? "" : `channel-${init.id}`),
      botPermissions: init.botPermissions ?? DEFAULT_BOT_PERMISSIONS,
      deleted: false,
      blocked: false,
    };
    this.channels.set(channel.id, channel);
    return channel;
  }

  /** The channel a message can be posted in, or the error Discord answers with. */
  channelForPosting(channelId: string, hasEmbeds: boolean): FakeChannel {
    const channel = this.channels.get(channelId);
    if (!channel || channel.deleted) throw unknownChannel();
    if (channel.kind === "dm") {
      if (channel.blocked) throw cannotMessageUser();
      return channel;
    }
    const guild = this.guilds.get(channel.guildId ?? "");
    if (!guild?.botIsMember) throw missingAccess();
    const has = (bit: bigint) => (channel.botPermissions & (bit | PermissionFlagsBits.Administrator)) !== 0n;
    if (!has(PermissionFlagsBits.ViewChannel)) throw missingAccess();
    const send = channel.kind.endsWith("thread") ? PermissionFlagsBits.SendMessagesInThreads : PermissionFlagsBits.SendMessages;
    if (!has(send)) throw missingPermissions();
    if (hasEmbeds && !has(PermissionFlagsBits.EmbedLinks)) throw missingPermissions();
    return channel;
  }

  /** Records a validated message body as a new message. */
  recordMessage(channelId: string, body: Json, meta: { source: "channel" | "interaction"; interactionId?: string; flags?: number }): RecordedMessage {
    const flags = meta.flags ?? (typeof body.flags === "number" ? body.flags : 0);
    const message: RecordedMessage = {
      id: this.snowflake(),
      channelId,
      content: typeof body.content === "string" ? body.content : "",
      embeds: Array.isArray(body.embeds) ? (body.embeds as Json[]) : [],
      components: Array.isArray(body.components) ? (body.components as Json[]) : [],
      allowedMentions: body.allowed_mentions,
      pings: computePings(body.content, body.allowed_mentions),
      flags,
      ephemeral: (flags & 64) !== 0,
      source: meta.source,
      ...(meta.interactionId ? { interactionId: meta.interactionId } : {}),
      files: readUploadedFiles(body, (body as Record<string, unknown>)[UPLOADS] as Map<string, UploadedPart> | undefined),
      at: this.clock(),
      editCount: 0,
      deleted: false,
    };
    this.messages.push(message);
    return message;
  }

  /** Applies an edit body to a message (fields present in the body replace the old ones). */
  editMessage(message: RecordedMessage, body: Json): void {
    if ("content" in body) message.content = typeof body.content === "string" ? body.content : "";
    if ("embeds" in body) message.embeds = Array.isArray(body.embeds) ? (body.embeds as Json[]) : [];
    if ("components" in body) message.components = Array.isArray(body.components) ? (body.components as Json[]) : [];
    if ("allowed_mentions" in body) message.allowedMentions = body.allowed_mentions;
    if ("attachments" in body) message.files = readUploadedFiles(body, (body as Record<string, unknown>)[UPLOADS] as Map<string, UploadedPart> | undefined);
    message.pings = computePings(message.content, message.allowedMentions);
    message.editCount += 1;
  }

  /** The message object Discord returns. */
  messageJson(message: RecordedMessage): Json {
    const channel = this.channels.get(message.channelId);
    return {
      id: message.id,
      type: message.source === "interaction" ? 20 : 0,
      channel_id: message.channelId,
      ...(channel?.guildId ? { guild_id: channel.guildId } : {}),
      author: this.botUser,
      content: message.content,
      timestamp: new Date(message.at).toISOString(),
      edited_timestamp: message.editCount > 0 ? new Date(this.clock()).toISOString() : null,
      tts: false,
      mention_everyone: message.pings.includes("everyone") || message.pings.includes("here"),
      mentions: [],
      mention_roles: [],
      attachments: message.files.map((file, index) => ({ id: `${message.id}${index}`, filename: file.filename, size: file.bytes.length, url: `https://cdn.example/${message.id}/${file.filename}`, proxy_url: `https://cdn.example/${message.id}/${file.filename}` })),
      embeds: message.embeds,
      components: message.components,
      pinned: false,
      flags: message.flags,
      ...(message.source === "interaction" ? { webhook_id: String(this.botUser.id), application_id: String(this.botUser.id) } : {}),
    };
  }
}
