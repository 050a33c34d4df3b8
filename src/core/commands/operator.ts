/**
 * Operator controls: what the owners listed in OWNER_IDS may see and do through /admin. The
 * composition root implements it (it reads the sources file and the stores); commands only call it.
 */
import type { ChatRef } from "../chats/chat.js";
import { quoteTyped, refuse } from "../shared/user-messages.js";
import { message } from "../shared/translator.js";

/** Counts of one instance and the shared store, read from indexes (never a scan of every chat). */
export interface OperatorStats {
  instanceId: string;
  version: string;
  /** Epoch ms when this process started. */
  startedAt: number;
  /** Stored chats per platform. */
  chats: Record<string, number>;
  sections: number;
  feeds: number;
  /** Failing feeds, counted up to `failingCap` (more: "at least"). */
  failingFeeds: number;
  failingCap: number;
  outboxPending: number;
}

/** What a reload of the sources file changed. */
export interface ReloadOutcome {
  sections: number;
  feeds: number;
  addedFeeds: number;
  removedFeeds: number;
}

/** The operator's controls, as commands see them. */
export interface OperatorControls {
  /** Whether this user (`platform` as in ChatRef, the platform's user id) is in OWNER_IDS. */
  isOwner(platform: string, userId: string): boolean;
  stats(): Promise<OperatorStats>;
  /**
   * Re-reads and validates the sources file, then swaps the section catalog; a bad file keeps the
   * current catalog. @throws ConfigError listing the file's problems.
   */
  reloadSources(): Promise<ReloadOutcome>;
  /**
   * `/admin reload`: {@link reloadSources} here, then, when the store is shared by several instances,
   * a reload request in the store that every other instance follows on its next check
   * (`othersWithinSeconds`: how soon at the latest; absent when no other instance can share the store).
   * A bad file is refused here and nothing is asked of the others. @throws ConfigError as reloadSources.
   */
  reloadEverywhere(): Promise<ReloadOutcome & { othersWithinSeconds?: number }>;
  /**
   * A scheduled job of every instance: reloads the sources file when another instance has asked
   * every instance to since this one last looked (or since it started); true when it reloaded.
   */
  followReloadRequests(): Promise<boolean>;
}

/** The reason stored on a chat paused with /admin pause (kept until /admin resume). */
export const OPERATOR_PAUSE_REASON = "paused by the operator";

/** Platforms whose chats an operator can name. */
type ChatPlatform = "telegram" | "discord";

/**
 * A chat named by an operator: `telegram:<chat id>` (negative for groups) or `discord:<channel id>`.
 * @throws UserFacingError `invalid-chat` in the one refusal style.
 */
export function parseChatTarget(typed: string): ChatRef {
  const match = /^(telegram|discord):(-?\d{1,20})$/iu.exec(typed.trim());
  const platform = match?.[1]?.toLowerCase() as ChatPlatform | undefined;
  const chatId = match?.[2];
  if (!platform || !chatId || (platform === "discord" && chatId.startsWith("-"))) {
    throw refuse(
      "invalid-chat",
      message("admin-not-chat", { typed: quoteTyped(typed) }),
      message("admin-chat-how"),
      message("admin-pause-try"),
    );
  }
  return { platform, chatId };
}
