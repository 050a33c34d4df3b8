/**
 * Part of the composition root: the service behind `/source`, with its own fetcher under the same
 * address policy as the poller's (a user-given address must not reach a private network), and the
 * OPML reader and writer of `/source export|import`.
 */
import { createHttpFeedFetcher } from "./adapters/feeds/fetch-feed.js";
import { createFeedParser } from "./adapters/feeds/parse-feed.js";
import { createOpmlCodec } from "./adapters/feeds/opml.js";
import { createFeedProbe } from "./adapters/feeds/probe-feed.js";
import type { Stores } from "./adapters/store/create-stores.js";
import type { ChatSettingsService } from "./core/chats/chat-settings-service.js";
import { ChatSourcesService } from "./core/chats/chat-sources.js";
import type { Clock } from "./core/shared/ports.js";
import { FEED_CHOICE_TTL_MS, type FeedChoice, MAX_FEED_CHOICES } from "./core/chats/feed-choices.js";
import type { Config } from "./config.js";
import type { AllowEntry } from "./adapters/feeds/address-policy.js";
import { z } from "zod";

const feedChoiceSchema: z.ZodType<FeedChoice> = z.object({
  chat: z.string().min(1).max(200),
  feeds: z.array(z.object({ url: z.string().max(2_100), title: z.string().max(200) })).min(1).max(MAX_FEED_CHOICES),
  name: z.string().max(200).optional(),
});

/** Builds the chat sources service; `close` releases its fetcher's connections. */
export function buildChatSources(options: { config: Config; stores: Stores; chats: ChatSettingsService; clock: Clock; allow: AllowEntry[] }): {
  sources: ChatSourcesService;
  close(): Promise<void>;
} {
  const { config } = options;
  const fetcher = createHttpFeedFetcher({
    timeoutMs: config.FEED_TIMEOUT_MS,
    maxBytes: config.FEED_MAX_BYTES,
    addressPolicy: { blockPrivateAddresses: true, allow: options.allow },
    connectionsPerOrigin: 2,
  });
  const sources = new ChatSourcesService({
    chats: options.chats,
    store: options.stores.subscriptions,
    probe: createFeedProbe(fetcher, createFeedParser()),
    clock: options.clock,
    policy: { maxPerChat: config.MAX_SOURCES_PER_CHAT, maxTotal: config.MAX_CHAT_SOURCES_TOTAL, maxImportBytes: config.OPML_IMPORT_MAX_BYTES },
    opml: createOpmlCodec(),
    // In the store, so that a button pressed on any instance finds the feeds it offers.
    choices: options.stores.createCache({ name: "feed-choices", schema: feedChoiceSchema, ttlMs: FEED_CHOICE_TTL_MS }),
  });
  return { sources, close: () => fetcher.close() };
}
