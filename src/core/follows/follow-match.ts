/**
 * What the follow matcher answers: a chat's follow matched in one field of an article, the index's
 * interface and bounds, and the reason given to the chat ("mentions APT31 in the title").
 */
import type { Follow } from "./follow.js";
/** The article fields a follow can match in, most prominent first. */
export type MatchField = "title" | "tags" | "summary" | "body";
export const MATCH_FIELDS: readonly MatchField[] = ["title", "tags", "summary", "body"];

/** The parts of an article that are matched (an `Article` fits). */
export interface MatchableArticle { title: string; summary: string; tags: readonly string[]; body?: string }

/** One chat's follow matched by an article: one per (chat, follow), in its most prominent field. */
export interface FollowMatch {
  chatKey: string;
  followId: string;
  topic: string;
  /** The topic or alias that matched, as the user wrote it (the topic when several matched). */
  matchedName: string;
  field: MatchField;
  /** For a prefix form ("Путин*"): the article's word it matched, as written there ("Путина"). */
  matchedWord?: string;
}

/** Bounds on what is indexed and scanned. Names beyond the name bounds are ignored, not cut. */
export interface FollowIndexLimits {
  maxNameChars: number;
  maxNameTokens: number;
  maxAliases: number;
  maxFollowsPerChat: number;
  maxTags: number;
  /** Characters of title, summary and each tag that are scanned. */
  maxFieldChars: number;
  maxBodyChars: number;
}

/** The default bounds: names of at most 100 characters / 8 tokens, body scanned up to 20,000. */
export const DEFAULT_FOLLOW_INDEX_LIMITS: Readonly<FollowIndexLimits> = {
  maxNameChars: 100, maxNameTokens: 8, maxAliases: 16, maxFollowsPerChat: 200,
  maxTags: 50, maxFieldChars: 4_000, maxBodyChars: 20_000,
};

/** Sizes of the index; `follows` counts distinct definitions (id + topic + aliases). */
export interface FollowIndexStats { chats: number; follows: number; phrases: number; tokens: number }

/** Matches articles against the follows of all chats. */
export interface FollowIndex {
  /** Replaces the follows of one chat (an empty list removes the chat). */
  setChatFollows(chatKey: string, follows: readonly Follow[]): void;
  removeChat(chatKey: string): void;
  /** Every (chat, follow) the article mentions; order is deterministic but unspecified. */
  match(article: MatchableArticle): FollowMatch[];
  stats(): FollowIndexStats;
}
