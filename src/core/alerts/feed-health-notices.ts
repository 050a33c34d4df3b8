/**
 * Notices about feed health to the chats subscribed to a feed's section: once when the feed has been
 * failing for the configured time, and once when it works again; never repeatedly. A notice goes to
 * the subscribed chat itself (a private chat is its user; in a group, channel or Discord channel the
 * subscription is the chat's, set up by its admins, who read it there).
 *
 * Detection happens when the feed is polled (the poller hands each new state here before storing it),
 * so no job scans feeds or chats: the chats are read through the store's index of chats by section,
 * and only when a notice is due. Each notice is an outbox record under a key that exists once
 * (`feed-health:<chat>:<feed>:<failing since>:<failing|recovered>`), so instances racing on a feed
 * or a poll repeated after a crash cannot notify twice. A notice is written in each chat's language,
 * from the settings the index page already holds (one document per language, not per chat).
 */
import { formatAge, formatDuration } from "../shared/format-time.js";
import type { BriefingDocument, Wording } from "../digests/briefing-document.js";
import { feedName, reasonOf } from "../feeds/feed-health.js";
import type { Translator } from "../shared/translator.js";
import type { FeedHealthReview } from "../feeds/ingest-feed.js";
import { chatKey, type ChatSettings } from "../chats/chat.js";
import { type FeedSource, type FeedState } from "../feeds/feed.js";
import type { OutboxStore } from "../delivery/outbox-ports.js";
import type { Clock, Logger } from "../shared/ports.js";
import type { SubscriptionStore } from "../chats/chat-ports.js";

/** Chats read per store query. */
const PAGE = 500;

/** What {@link FeedHealthNotices} needs. */
export interface FeedHealthNoticeDependencies {
  subscriptions: Pick<SubscriptionStore, "listBySection">;
  outbox: Pick<OutboxStore, "create">;
  clock: Clock;
  logger: Logger;
  /** How long a feed must have been failing before its chats are told. */
  failingNoticeAfterMs: number;
  /** The section's title, for the notice; the id when unknown. */
  sectionTitle(sectionId: string): string;
  /** This instance's id, recorded on the outbox records it creates. */
  instanceId: string;
  /** Notices are written in each chat's language. */
  translator: Translator;
}

/** Queues feed health notices; plugged into ingestion as its {@link FeedHealthReview}. */
export class FeedHealthNotices implements FeedHealthReview {
  readonly #dependencies: FeedHealthNoticeDependencies;

  constructor(dependencies: FeedHealthNoticeDependencies) {
    this.#dependencies = dependencies;
  }

  /** Queues the notice the new state calls for, if any, and returns the state to store (noting it). */
  async review(source: FeedSource, state: FeedState): Promise<FeedState> {
    const now = this.#dependencies.clock.now();
    const { failingSince, failingNoticeFor } = state;
    if (failingSince !== undefined) {
      if (failingNoticeFor === failingSince || now - failingSince < this.#dependencies.failingNoticeAfterMs) return state;
      const section = this.#dependencies.sectionTitle(source.sectionId);
      await this.#notify(source, failingSince, "failing", (wording) => failingDocument(source, state, failingSince, now, section, wording));
      return { ...state, failingNoticeFor: failingSince };
    }
    if (failingNoticeFor === undefined) return state;
    const section = this.#dependencies.sectionTitle(source.sectionId);
    await this.#notify(source, failingNoticeFor, "recovered", (wording) => recoveredDocument(source, state, failingNoticeFor, now, section, wording));
    const { failingNoticeFor: _told, ...rest } = state;
    return rest;
  }

  async #notify(source: FeedSource, failingSince: number, kind: "failing" | "recovered", compose: (wording: Wording) => BriefingDocument): Promise<void> {
    const { subscriptions, outbox, clock, instanceId, logger, translator } = this.#dependencies;
    // One document per language the chats read (a handful), composed when first needed.
    const byLanguage = new Map<string, BriefingDocument>();
    const documentFor = (settings: ChatSettings): BriefingDocument => {
      const language = translator.resolve(settings.language) ?? translator.fallback;
      let document = byLanguage.get(language);
      if (!document) {
        document = compose({ language, text: (id, args) => translator.t(language, id, args) });
        byLanguage.set(language, document);
      }
      return document;
    };
    let queued = 0;
    let after: string | undefined;
    for (;;) {
      const page = await subscriptions.listBySection(source.sectionId, after, PAGE);
      for (const settings of page) {
        if (!wantsNotices(settings)) continue;
        const now = clock.now();
        const created = await outbox.create({
          id: `feed-health:${chatKey(settings.chat)}:${source.url}:${failingSince}:${kind}`,
          kind: "notice",
          chat: settings.chat,
          document: documentFor(settings),
          status: "pending",
          createdAt: now,
          createdBy: `${instanceId}:${Math.random().toString(36).slice(2, 10)}`,
          attempts: 0,
          nextAttemptAt: now,
          partsSent: 0,
        });
        if (created) queued += 1;
      }
      const last = page.at(-1);
      if (!last || page.length < PAGE) break;
      after = chatKey(last.chat);
    }
    logger.info({ feed: source.url, section: source.sectionId, kind, chats: queued }, "feed health notices queued");
  }
}

/** Whether a chat gets feed health notices: not paused, and not turned off with /status off. */
export function wantsNotices(settings: ChatSettings): boolean {
  return !settings.paused && settings.feedNotices !== false;
}

function failingDocument(source: FeedSource, state: FeedState, failingSince: number, now: number, section: string, { language, text }: Wording): BriefingDocument {
  const feed = feedName(source, state);
  return {
    kind: "briefing",
    language,
    title: text("notice-failing-title", { feed }),
    sections: [
      {
        items: [
          {
            title: text("notice-failing-line", { feed, section, age: formatAge(failingSince, now, language) }),
            // A known kind of failure in the chat's language; any other as the fetcher said it.
            summary: text("notice-failing-detail", { reason: reasonOf(state.lastError, text) }),
            sources: [],
          },
        ],
      },
    ],
    footer: text("notice-opt-out"),
  };
}

function recoveredDocument(source: FeedSource, state: FeedState, failingSince: number, now: number, section: string, { language, text }: Wording): BriefingDocument {
  const feed = feedName(source, state);
  return {
    kind: "briefing",
    language,
    title: text("notice-recovered-title", { feed }),
    sections: [
      {
        items: [
          {
            title: text("notice-recovered-line", { feed, section }),
            summary: text("notice-recovered-detail", { span: formatDuration(failingSince, now, language) }),
            sources: [],
          },
        ],
      },
    ],
    footer: text("notice-opt-out"),
  };
}
