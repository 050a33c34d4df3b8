/**
 * The chat-added feeds the poller polls: each URL once, however many chats added it, read from the
 * store's index of chat feeds every round (bounded by `MAX_CHAT_SOURCES_TOTAL`). A URL that no chat
 * uses any more drops out of the list, and the poller parks it (see poll-due-feeds.ts); a URL that
 * comes back (added again) is made due at once instead of waiting out that parking.
 */
import { chatFeedSectionId } from "./mine-section.js";
import type { FeedSource } from "../feeds/feed.js";
import type { Clock } from "../shared/ports.js";
import type { FeedStateStore } from "../feeds/feed-ports.js";
import type { SubscriptionStore } from "./chat-ports.js";

/** URLs read from the index per query. */
const PAGE = 1_000;

/** What {@link ChatFeedList} reads. */
export interface ChatFeedListDependencies {
  subscriptions: Pick<SubscriptionStore, "listChatFeeds">;
  feedStates: Pick<FeedStateStore, "getMany" | "put">;
  clock: Clock;
  /**
   * Whether the operator's sources file names a URL: such a feed is polled as theirs (their
   * section), not again as a chat feed. Asked every round, so a reloaded sources file counts.
   */
  isConfigured: (url: string) => boolean;
  pollIntervalSeconds: number;
  /** Most URLs read (the total limit). */
  maxFeeds: number;
}

/** Lists the chat feeds to poll, round after round. */
export class ChatFeedList {
  readonly #dependencies: ChatFeedListDependencies;
  #previous = new Set<string>();

  constructor(dependencies: ChatFeedListDependencies) {
    this.#dependencies = dependencies;
  }

  /** The chat feeds now, as feed sources of the chat feeds section. */
  async feeds(): Promise<FeedSource[]> {
    const { subscriptions, feedStates, clock, isConfigured, pollIntervalSeconds, maxFeeds } = this.#dependencies;
    const urls: string[] = [];
    for (let after: string | undefined; urls.length < maxFeeds; ) {
      const page = await subscriptions.listChatFeeds(after, Math.min(PAGE, maxFeeds - urls.length));
      urls.push(...page.filter((url) => !isConfigured(url)));
      after = page.at(-1);
      if (page.length < PAGE || after === undefined) break;
    }
    const appeared = urls.filter((url) => !this.#previous.has(url));
    if (appeared.length > 0) {
      const now = clock.now();
      // Parked while no chat used it (or never polled): due now, not in a day.
      for (const state of await feedStates.getMany(appeared)) {
        if (state.nextPollAt > now + pollIntervalSeconds * 1000) await feedStates.put({ ...state, nextPollAt: now });
      }
    }
    this.#previous = new Set(urls);
    return urls.map((url) => ({ url, sectionId: chatFeedSectionId(url), pollIntervalSeconds }));
  }
}
