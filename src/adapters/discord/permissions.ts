/**
 * Permission checks made at run time from the interaction payload: whether the member may manage the
 * channel's subscriptions (`memberPermissions`, already resolved for the channel by Discord), and
 * whether the bot itself may post there (`appPermissions`).
 */
import { PermissionFlagsBits, type PermissionsBitField } from "discord.js";
import type { TextOf } from "../../core/shared/translator.js";
import { CHANNEL_ADMIN_PERMISSION } from "./command-data.js";

const NAMES = new Map<bigint, string>([
  [PermissionFlagsBits.ViewChannel, "View Channel"],
  [PermissionFlagsBits.SendMessages, "Send Messages"],
  [PermissionFlagsBits.SendMessagesInThreads, "Send Messages in Threads"],
  [PermissionFlagsBits.EmbedLinks, "Embed Links"],
]);

/** What the bot needs to deliver into a channel, or into a thread. */
export function postingPermissions(inThread: boolean): bigint[] {
  return [PermissionFlagsBits.ViewChannel, inThread ? PermissionFlagsBits.SendMessagesInThreads : PermissionFlagsBits.SendMessages, PermissionFlagsBits.EmbedLinks];
}

/** Human names of the posting permissions the bot lacks (empty: it can post). */
export function missingPostingPermissions(appPermissions: Readonly<PermissionsBitField>, inThread: boolean): string[] {
  return postingPermissions(inThread)
    .filter((permission) => !appPermissions.has(permission))
    .map((permission) => NAMES.get(permission) ?? String(permission));
}

/** Whether a member may change this channel's subscriptions (Administrator implies it). */
export function canManageChannel(memberPermissions: Readonly<PermissionsBitField> | null): boolean {
  return memberPermissions?.has(CHANNEL_ADMIN_PERMISSION) ?? false;
}

/**
 * What a user is told, in the chat's language (`text`), when the bot cannot post where they set up a
 * delivery. The permissions keep the names Discord's API documents (English).
 */
export function describeMissingPermissions(missing: readonly string[], inThread: boolean, text: TextOf): string {
  const place = inThread ? "thread" : "channel";
  return `${text("missing-permissions", { place, permissions: missing.join(", ") })} ${text("missing-permissions-ask", { count: missing.length })}`;
}
