/**
 * A chat as newsdesk keeps it: where it lives, what it reads and follows, when it is briefed.
 * Times are epoch milliseconds (UTC) so that values survive JSON round-trips unchanged.
 */
import type { Follow } from "../follows/follow.js";

/** The platforms a chat can live on. `console` is the terminal chat. */
export type Platform = "console" | "telegram" | "discord";

/** Where a message goes: a chat on one platform, optionally a thread / forum topic inside it. */
export interface ChatRef {
  platform: Platform;
  chatId: string;
  /** Telegram forum topic id or Discord thread id; absent for the chat itself. */
  threadId?: string;
}

/** A stable string key for a chat (and thread), used by stores and outbox records. */
export function chatKey(chat: ChatRef): string {
  return chat.threadId ? `${chat.platform}:${chat.chatId}:${chat.threadId}` : `${chat.platform}:${chat.chatId}`;
}

/** When and where a chat's morning briefing goes. */
export interface BriefingSchedule {
  enabled: boolean;
  /** Local time, `HH:MM` (24 h). */
  time: string;
  /** IANA time zone name. */
  timezone: string;
  /** ISO weekdays (1 = Monday ... 7 = Sunday) on which the briefing goes. */
  weekdays: number[];
  /** When the schedule was last set: occurrences before it are not owed to the chat. */
  since?: number;
}

/** A daily window in the chat's time zone during which alerts are held. */
export interface QuietHours {
  /** `HH:MM` local start. */
  start: string;
  /** `HH:MM` local end; may be earlier than start (window spans midnight). */
  end: string;
}

/** Why deliveries to a chat are paused (it blocked the bot, the channel was deleted...). */
export interface PauseState {
  reason: string;
  at: number;
  /** Paused by an operator (/admin pause): only /admin resume lifts it, not the chat talking to the bot. */
  byOperator?: boolean;
}

/** A feed a chat added itself (`/source add`): its own section, "mine". */
export interface ChatSource {
  /** The feed's http(s) URL, after discovery (a web page's feed, not the page). */
  url: string;
  /** Short display name, unique in the chat (case-insensitively). */
  name: string;
  addedAt: number;
}

/** Everything newsdesk keeps about one chat (or one thread of a chat). */
export interface ChatSettings {
  chat: ChatRef;
  sections: string[];
  follows: Follow[];
  briefing: BriefingSchedule;
  quietHours?: QuietHours;
  /** BCP 47 language tag for replies and summaries: one of the shipped catalogues' languages. */
  language: string;
  /**
   * How `language` was chosen: "setup" from the platform's language of whoever set the chat up
   * (adopted once), "command" by /language; absent: the default, not chosen yet.
   */
  languageFrom?: "setup" | "command";
  paused?: PauseState;
  /** Feeds the chat added itself, at most `MAX_SOURCES_PER_CHAT`; absent: none. */
  sources?: ChatSource[];
  /** False when the chat turned off notices about failing feeds of its sections (default on). */
  feedNotices?: boolean;
  /** Per section: when the chat's previous digest of it was made. */
  lastDigestAt: Record<string, number>;
  /** When the chat's previous briefing was made. */
  lastBriefingAt?: number;
  /**
   * When the chat's next briefing is due (derived from `briefing`; absent when none is owed). Kept
   * by the core whenever settings change or a briefing is queued; the store indexes it.
   */
  nextBriefingAt?: number;
  createdAt: number;
  updatedAt: number;
}
