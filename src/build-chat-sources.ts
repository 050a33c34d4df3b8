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
import type { Config } from "./config.js";
import type { AllowEntry } from "./adapters/feeds/address-policy.js";

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
  });
  return { sources, close: () => fetcher.close() };
}
