/**
 * "Is this user an administrator of this chat?", asked with getChatMember and cached briefly (60 s
 * by default) so that a busy group does not cost one API call per command. Bounded in size.
 */
import type { Api } from "grammy";
import type { ChatMember } from "grammy/types";
import type { Clock } from "../../core/shared/ports.js";

const MAX_ENTRIES = 10_000;

/** Whether a member status may manage the chat. */
export function isAdminStatus(member: ChatMember): boolean {
  return member.status === "creator" || member.status === "administrator";
}

/** Whether the bot may post in a channel with this membership. */
export function canPostInChannel(member: ChatMember): boolean {
  if (member.status === "creator") return true;
  return member.status === "administrator" && member.can_post_messages !== false;
}

/** Caches getChatMember answers about administrators. */
export class ChatAdminCache {
  readonly #api: Api;
  readonly #clock: Clock;
  readonly #ttlMs: number;
  readonly #entries = new Map<string, { admin: boolean; expiresAt: number }>();

  constructor(api: Api, clock: Clock, ttlMs = 60_000) {
    this.#api = api;
    this.#clock = clock;
    this.#ttlMs = ttlMs;
  }

  /** Whether `userId` is the creator or an administrator of `chatId`. Rejects when Telegram cannot tell. */
  async isAdmin(chatId: number | string, userId: number): Promise<boolean> {
    const key = `${chatId}:${userId}`;
    const now = this.#clock.now();
    const cached = this.#entries.get(key);
    if (cached && cached.expiresAt > now) return cached.admin;
    const admin = isAdminStatus(await this.#api.getChatMember(chatId, userId));
    this.#entries.delete(key);
    this.#entries.set(key, { admin, expiresAt: now + this.#ttlMs });
    if (this.#entries.size > MAX_ENTRIES) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    return admin;
  }
}
