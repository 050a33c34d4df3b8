/**
 * Permission checks made at run time from the interaction payload: whether the member may manage the
 * channel's subscriptions (`memberPermissions`, already resolved for the channel by Discord), and
 * whether the bot itself may post there (`appPermissions`).
 */
import { PermissionFlagsBits, type PermissionsBitField } from "discord.js";
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

/** The sentence a user sees when the bot cannot post where they set up a delivery. */
export function describeMissingPermissions(missing: readonly string[], inThread: boolean): string {
  const where = inThread ? "this thread" : "this channel";
  return `I can't post in ${where} yet: I'm missing ${missing.join(", ")}. Ask a server admin to give newsdesk ${missing.length === 1 ? "that permission" : "those permissions"} here, then try again.`;
}
