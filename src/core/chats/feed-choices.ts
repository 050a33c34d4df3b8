/**
 * The feeds of a web page offered for a pick (`/source add <page>` when the page has several): kept
 * in the store under a short random id for {@link FEED_CHOICE_TTL_MS}, so that a button (Telegram
 * callback data is at most 64 bytes, a Discord custom id 100 characters) names only the id and a
 * number. A button is untrusted when it comes back: the choice must exist, belong to the chat the
 * button was pressed in, and have that number; the pick then runs `/source add <feed>` with the
 * same permission checks as when typed.
 */
import { randomBytes } from "node:crypto";
import { chatKey, type ChatRef } from "./chat.js";
import { refuse } from "../shared/user-messages.js";
import { message } from "../shared/translator.js";

/** How long the feeds of a page stay offered. */
export const FEED_CHOICE_TTL_MS = 3_600_000;
/** A choice id: 11 characters of base64url (8 random bytes). */
export const FEED_CHOICE_ID = /^[A-Za-z0-9_-]{11}$/u;
/** Most feeds one choice offers (a page's candidates are already bounded by the probe). */
export const MAX_FEED_CHOICES = 10;

/** The feeds offered to a chat, as stored. */
export interface FeedChoice {
  /** `chatKey` of the chat they were offered to. */
  chat: string;
  feeds: { url: string; title: string }[];
  /** The name typed with the page's address, given to whichever feed is picked. */
  name?: string;
}

/** Where choices are kept (a keyv namespace with a time to live in production). */
export interface FeedChoiceStore {
  get(id: string): Promise<FeedChoice | undefined>;
  set(id: string, value: FeedChoice, ttlMs?: number): Promise<void>;
}

/** Keeps `feeds` offered to `chat`; resolves the choice's id. */
export async function offerFeeds(store: FeedChoiceStore, chat: ChatRef, feeds: readonly { url: string; title: string }[], name?: string): Promise<string> {
  const id = randomBytes(8).toString("base64url");
  const choice: FeedChoice = { chat: chatKey(chat), feeds: feeds.slice(0, MAX_FEED_CHOICES).map((feed) => ({ url: feed.url, title: feed.title.slice(0, 200) })), ...(name ? { name: name.slice(0, 200) } : {}) };
  await store.set(id, choice, FEED_CHOICE_TTL_MS);
  return id;
}

/**
 * What a press of choice `id`, number `number` (1-based), in `chat` adds: the `/source add` target
 * (the feed's address, and the name typed with the page).
 * @throws UserFacingError `choice-expired` (unknown, expired or no such number) or `choice-elsewhere`.
 */
export async function pickFeed(store: FeedChoiceStore, chat: ChatRef, id: string, number: number): Promise<string> {
  const choice = FEED_CHOICE_ID.test(id) ? await store.get(id) : undefined;
  const feed = choice?.feeds[number - 1];
  if (!choice || !feed) {
    throw refuse("choice-expired", message("source-choice-expired"), message("source-choice-expired-next"));
  }
  if (choice.chat !== chatKey(chat)) throw refuse("choice-elsewhere", message("source-choice-elsewhere"), message("source-choice-elsewhere-next"));
  return choice.name ? `${feed.url} ${choice.name}` : feed.url;
}
