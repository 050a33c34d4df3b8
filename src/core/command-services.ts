/**
 * What commands may use: the core's services, never an adapter or SDK.
 */
import type { ChatSettingsService } from "./chat-settings-service.js";
import type { CommandDefinition } from "./command.js";
import type { DigestService } from "./digest-service.js";
import type { FeedState } from "./model.js";
import type { ArticleStore, Clock } from "./ports.js";
import type { SectionCatalog } from "./section-catalog.js";

/** Services handed to every command's `run`. */
export interface CommandServices {
  catalog: SectionCatalog;
  chats: ChatSettingsService;
  digests: DigestService;
  articles: ArticleStore;
  clock: Clock;
  /** Poller state of every feed, for health lines in /sections. */
  feedStates(): Promise<FeedState[]>;
  /** The registry, for /help. */
  commands(): readonly CommandDefinition[];
}
