/**
 * Follow alerts: new articles are matched against every chat's follows (one index, cost independent
 * of the number of follows); each chat is told once per story, with the reason, and bursts are capped:
 * past the hourly cap the rest wait and go out as one batched message when the hour is over.
 */
import { composeAlert, composeAlertBatch, type AlertEntry } from "../../briefings/compose-alert.js";
import type { BriefingDocument } from "./briefing-document.js";
import { DeliveryError, type ChatSender } from "./delivery.js";
import { describeError } from "./errors.js";
import { createFollowIndex, describeMatchReason, type FollowIndex } from "./follows/follow-index.js";
import { chatKey, type Article, type ChatRef, type ChatSettings } from "./model.js";
import type { ArticleStore, Clock, Logger } from "./ports.js";
import { clusterStories } from "./stories/cluster-stories.js";

/** An alert held back by the hourly cap. */
export interface PendingAlert {
  articleId: string;
  reason: string;
}

/** Per chat: what it was alerted about recently, and its burst window. */
export interface AlertLedgerEntry {
  /** Articles alerted recently (for once-per-story), newest last. */
  recent: { articleId: string; at: number }[];
  windowStart: number;
  sentInWindow: number;
  pending: PendingAlert[];
}

/** Storage of alert ledgers, one per chat key. */
export interface AlertLedger {
  get(key: string): Promise<AlertLedgerEntry | undefined>;
  put(key: string, entry: AlertLedgerEntry): Promise<void>;
}

/** Tuning of alerts. */
export interface AlertPolicy {
  /** Individual alerts per chat per hour; the rest are batched. */
  maxPerHour: number;
  /** How long an alerted story suppresses alerts for the same story from other outlets. */
  storyWindowMs: number;
  /** Most stories listed in one batched message. */
  maxBatchItems: number;
}

const HOUR = 3_600_000;
const MAX_RECENT = 100;

/** What a {@link FollowAlertService} needs. */
export interface FollowAlertDependencies {
  articles: ArticleStore;
  ledger: AlertLedger;
  sender: ChatSender;
  clock: Clock;
  logger: Logger;
  policy: AlertPolicy;
  /** Called when a chat can no longer be reached (blocked the bot, deleted channel...). */
  pauseChat?: (chat: ChatRef, reason: string) => Promise<void>;
}

/** What a round of alerts did. */
export interface AlertRoundResult {
  sent: number;
  batched: number;
  duplicates: number;
  failed: number;
}

/** Matches fresh articles to follows and delivers alerts. */
export class FollowAlertService {
  readonly #index: FollowIndex = createFollowIndex();
  readonly #chats = new Map<string, ChatRef>();
  readonly #paused = new Set<string>();
  readonly #dependencies: FollowAlertDependencies;

  constructor(dependencies: FollowAlertDependencies) {
    this.#dependencies = dependencies;
  }

  /** Updates the index for one chat (call whenever its settings change, and for every chat at start). */
  updateChat(settings: ChatSettings): void {
    const key = chatKey(settings.chat);
    if (settings.paused) this.#paused.add(key);
    else this.#paused.delete(key);
    if (settings.follows.length === 0) {
      this.#index.removeChat(key);
      this.#chats.delete(key);
      return;
    }
    this.#chats.set(key, settings.chat);
    this.#index.setChatFollows(key, settings.follows);
  }

  /** Follows known to the index, for benchmarks and diagnostics. */
  stats() {
    return this.#index.stats();
  }

  /** Alerts chats about fresh (non-backfill) articles. */
  async processArticles(articles: readonly Article[]): Promise<AlertRoundResult> {
    const result: AlertRoundResult = { sent: 0, batched: 0, duplicates: 0, failed: 0 };
    const perChat = new Map<string, { article: Article; reason: string }[]>();
    for (const article of articles) {
      if (article.backfill) continue;
      for (const match of this.#index.match(article)) {
        if (this.#paused.has(match.chatKey)) continue;
        const list = perChat.get(match.chatKey) ?? [];
        if (!list.some((candidate) => candidate.article.id === article.id)) list.push({ article, reason: describeMatchReason(match) });
        perChat.set(match.chatKey, list);
      }
    }
    for (const [key, candidates] of perChat) {
      const chat = this.#chats.get(key);
      if (chat) await this.#alertChat(key, chat, candidates, result);
    }
    return result;
  }

  /** Sends the held-back alerts of chats whose hourly window is over, one message per chat. */
  async flushBatches(): Promise<number> {
    let sent = 0;
    const { ledger, clock } = this.#dependencies;
    for (const [key, chat] of this.#chats) {
      const entry = await ledger.get(key);
      if (!entry || entry.pending.length === 0 || clock.now() - entry.windowStart < HOUR || this.#paused.has(key)) continue;
      const articles = await this.#dependencies.articles.getMany(entry.pending.map((pending) => pending.articleId));
      const byId = new Map(articles.map((article) => [article.id, article]));
      const entries: AlertEntry[] = entry.pending.flatMap((pending) => {
        const article = byId.get(pending.articleId);
        return article ? [{ article, reason: pending.reason }] : [];
      });
      await ledger.put(key, { ...entry, pending: [], windowStart: clock.now(), sentInWindow: 1 });
      if (entries.length === 0) continue;
      if (await this.#send(chat, composeAlertBatch(entries, clock.now(), this.#dependencies.policy.maxBatchItems))) sent += 1;
    }
    return sent;
  }

  async #alertChat(key: string, chat: ChatRef, candidates: { article: Article; reason: string }[], result: AlertRoundResult): Promise<void> {
    const { ledger, clock, policy, articles } = this.#dependencies;
    const now = clock.now();
    const entry: AlertLedgerEntry = (await ledger.get(key)) ?? { recent: [], windowStart: now, sentInWindow: 0, pending: [] };
    entry.recent = entry.recent.filter((recent) => now - recent.at < policy.storyWindowMs);
    if (now - entry.windowStart >= HOUR && entry.pending.length === 0) {
      entry.windowStart = now;
      entry.sentInWindow = 0;
    }
    const recentArticles = await articles.getMany(entry.recent.map((recent) => recent.articleId));
    const toSend: { article: Article; reason: string }[] = [];
    for (const candidate of [...candidates].sort((left, right) => left.article.publishedAt - right.article.publishedAt)) {
      if (isSameStory(candidate.article, recentArticles)) {
        result.duplicates += 1;
        continue;
      }
      recentArticles.push(candidate.article);
      entry.recent.push({ articleId: candidate.article.id, at: now });
      if (entry.sentInWindow < policy.maxPerHour && entry.pending.length === 0) {
        entry.sentInWindow += 1;
        toSend.push(candidate);
      } else {
        entry.pending.push({ articleId: candidate.article.id, reason: candidate.reason });
        result.batched += 1;
      }
    }
    entry.recent = entry.recent.slice(-MAX_RECENT);
    // Recorded before sending: a crash between the two loses an alert rather than doubling it
    // (the durable outbox of a later version closes that gap).
    await ledger.put(key, entry);
    for (const candidate of toSend) {
      if (await this.#send(chat, composeAlert(candidate.article, candidate.reason, now))) result.sent += 1;
      else result.failed += 1;
    }
  }

  async #send(chat: ChatRef, document: BriefingDocument): Promise<boolean> {
    try {
      await this.#dependencies.sender.send(chat, document);
      return true;
    } catch (error) {
      this.#dependencies.logger.warn({ chat: chatKey(chat), error: describeError(error) }, "alert not delivered");
      if (error instanceof DeliveryError && error.failure === "permanent") {
        this.#paused.add(chatKey(chat));
        await this.#dependencies.pauseChat?.(chat, error.message).catch((pauseError: unknown) =>
          this.#dependencies.logger.error({ chat: chatKey(chat), error: describeError(pauseError) }, "could not pause chat"),
        );
      }
      return false;
    }
  }
}

/** Whether `article` reports a story already among `recent` (same id, or merged by clustering). */
function isSameStory(article: Article, recent: readonly Article[]): boolean {
  if (recent.some((candidate) => candidate.id === article.id)) return true;
  if (recent.length === 0) return false;
  return clusterStories([...recent, article]).some(
    (story) => story.articles.length > 1 && story.articles.some((member) => member.id === article.id),
  );
}
