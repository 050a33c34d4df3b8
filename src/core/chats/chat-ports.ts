/** The ports of chats: the subscription store and its change listing. */
import type { ChatRef, ChatSettings } from "./chat.js";

/** A position in the change listing: the change time and the chat key of the last change read. */
export interface ChangeCursor {
  at: number;
  key: string;
}

/** A chat whose settings changed, or that was deleted (`settings` absent), since a point in time. */
export interface ChatChange {
  key: string;
  settings?: ChatSettings;
}

/**
 * Per-chat settings. All methods reject with `StoreError` when the store fails. Every query is
 * answered through an index: none reads every chat.
 */
export interface SubscriptionStore {
  get(chat: ChatRef): Promise<ChatSettings | undefined>;
  /** The settings of the chats with these keys (`chatKey`), in no particular order; unknown keys are left out. */
  getMany(keys: readonly string[]): Promise<ChatSettings[]>;
  /**
   * Reads, changes and writes one chat's settings atomically across instances: when another writer
   * changed the chat in between, `change` runs again on the newer value. `change` returns the new
   * settings, or `undefined` to leave them as they are. Resolves what is stored afterwards.
   */
  update(
    chat: ChatRef,
    change: (current: ChatSettings | undefined) => ChatSettings | undefined,
  ): Promise<ChatSettings | undefined>;
  /** Stores settings unconditionally (seeding, tests). */
  put(settings: ChatSettings): Promise<void>;
  delete(chat: ChatRef): Promise<void>;
  /**
   * Claims the chats whose `nextBriefingAt` is at or before `now`, earliest first, at most `limit`:
   * their index entry moves to `now + claimMs`, so that no other instance (or later call) gets them
   * meanwhile; handling a chat stores its real next time. A chat claimed by an instance that died is
   * due again when the claim runs out.
   */
  claimDueBriefings(now: number, limit: number, claimMs: number): Promise<ChatSettings[]>;
  /**
   * Chats written or deleted at or after `since` (the writer's `updatedAt`), oldest first (then by
   * key), at most `limit`, after the position `after` when continuing a full page; `next` is where
   * the following page starts (absent when this one was the last).
   */
  listChangedSince(since: number, limit: number, after?: ChangeCursor): Promise<{ changes: ChatChange[]; next?: ChangeCursor }>;
  /**
   * One page of the chats subscribed to `sectionId`, in key order after `afterKey`, at most `limit`
   * (feed health notices). Read through an index of chats by section, not by reading every chat.
   */
  listBySection(sectionId: string, afterKey: string | undefined, limit: number): Promise<ChatSettings[]>;
  /**
   * One page of the distinct feed URLs that chats added themselves (`ChatSettings.sources`), in URL
   * order after `afterUrl`, at most `limit`: the chat feeds to poll. Read through an index of chat
   * feeds kept beside each chat write; a URL no chat uses any more is no longer listed.
   */
  listChatFeeds(afterUrl: string | undefined, limit: number): Promise<string[]>;
  /** How many distinct feed URLs chats added (`url` absent), or how many chats use `url`. */
  countChatFeeds(url?: string): Promise<number>;
  /** One page of every chat, in key order after `afterKey` (start-up loading, maintenance). */
  listPage(afterKey: string | undefined, limit: number): Promise<ChatSettings[]>;
  /** How many chats are stored (of one platform: a range of the key index). */
  count(platform?: string): Promise<number>;
  /**
   * The chats whose `nextBriefingAt` (as indexed: a claim moves it) is before `until`: how many, and
   * the `limit` earliest (chat key and time). Read through the index of due chats (status page).
   */
  listDueBefore(until: number, limit: number): Promise<{ total: number; first: { key: string; at: number }[] }>;
}
