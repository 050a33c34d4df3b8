/**
 * zod schemas of the stored aggregates, checked on every read. Typed against the core model so that
 * a change to the model that the schema misses fails to compile.
 */
import { z } from "zod";
import type { Article } from "../../core/articles/article.js";
import type { ChatRef, ChatSettings } from "../../core/chats/chat.js";
import type { FeedState } from "../../core/feeds/feed.js";

const time = z.number().finite();

/** A stored {@link Article}. */
export const articleSchema: z.ZodType<Article> = z.object({
  id: z.string().min(1),
  sectionId: z.string().min(1),
  feedUrl: z.string(),
  source: z.string(),
  title: z.string(),
  url: z.string(),
  summary: z.string(),
  body: z.string().optional(),
  author: z.string().optional(),
  publishedAt: time,
  publishedAtFromFeed: z.boolean(),
  firstSeenAt: time,
  tags: z.array(z.string()),
  imageUrl: z.string().optional(),
  guid: z.string().optional(),
  backfill: z.boolean(),
});

const chatRefSchema: z.ZodType<ChatRef> = z.object({
  platform: z.enum(["console", "telegram", "discord"]),
  chatId: z.string().min(1),
  threadId: z.string().optional(),
});

/** Stored {@link ChatSettings}. */
export const chatSettingsSchema: z.ZodType<ChatSettings> = z.object({
  chat: chatRefSchema,
  sections: z.array(z.string()),
  follows: z.array(
    z.object({ id: z.string(), topic: z.string(), aliases: z.array(z.string()), createdAt: time }),
  ),
  briefing: z.object({
    enabled: z.boolean(),
    time: z.string(),
    timezone: z.string(),
    weekdays: z.array(z.number().int()),
    since: time.optional(),
  }),
  quietHours: z.object({ start: z.string(), end: z.string() }).optional(),
  language: z.string(),
  languageFrom: z.enum(["setup", "command"]).optional(),
  paused: z.object({ reason: z.string(), at: time, byOperator: z.boolean().optional() }).optional(),
  feedNotices: z.boolean().optional(),
  sources: z.array(z.object({ url: z.string().min(1), name: z.string().min(1), addedAt: time })).optional(),
  lastDigestAt: z.record(z.string(), time),
  lastBriefingAt: time.optional(),
  nextBriefingAt: time.optional(),
  createdAt: time,
  updatedAt: time,
});

/** A stored {@link FeedState}. */
export const feedStateSchema: z.ZodType<FeedState> = z.object({
  url: z.string().min(1),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  nextPollAt: time,
  consecutiveFailures: z.number().int().nonnegative(),
  failingSince: time.optional(),
  lastError: z.string().optional(),
  lastErrorAt: time.optional(),
  lastSuccessAt: time.optional(),
  healthy: z.boolean(),
  initialized: z.boolean(),
  title: z.string().optional(),
  itemCount: z.number().int().nonnegative().optional(),
  movedTo: z.string().optional(),
  failingNoticeFor: time.optional(),
});

/** A dedupe entry: the id of the article a guid / URL / title fingerprint belongs to. */
export const articleIdSchema = z.string().min(1);
