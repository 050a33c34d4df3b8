/**
 * Follow alerts: new articles are matched against every chat's follows (one index, cost independent
 * of the number of follows); each chat is told once per story, with the reason, and bursts are capped:
 * past the hourly cap the rest wait and go out as one batched message when the hour is over. During a
 * chat's quiet hours alerts are held, then batched when the quiet hours end. Alerts are not sent from
 * here: each becomes an outbox record (keyed chat + article, so it exists once) that the outbox sends.
 */
import { composeAlert, composeAlertBatch, matchReason, type AlertEntry } from "../../../briefings/compose-alert.js";
import type { BriefingDocument, Wording } from "../digests/briefing-document.js";
import { createFollowIndex } from "../follows/follow-index.js";
import type { FollowIndex, FollowMatch } from "../follows/follow-match.js";
import type { Translator } from "../shared/translator.js";
import type { Metrics } from "../shared/metrics.js";
import { isVisibleTo } from "../chats/mine-section.js";
import { chatKey, type ChatRef, type ChatSettings } from "../chats/chat.js";
import { type Article } from "../articles/article.js";
import type { OutboxStore } from "../delivery/outbox-ports.js";
import { isQuietTime, quietHoursEndAfter } from "../chats/briefing-occurrences.js";
import type { ArticleStore } from "../articles/article-ports.js";
import type { Clock, Logger } from "../shared/ports.js";
import type { SubscriptionStore } from "../chats/chat-ports.js";
import { clusterStories } from "../stories/cluster-stories.js";
import type { AlertLedger, AlertLedgerEntry, AlertPolicy } from "./alert-ledger.js";


const HOUR = 3_600_000;
const MAX_RECENT = 100;

/** What a {@link FollowAlertService} needs. */
export interface FollowAlertDependencies {
  articles: ArticleStore;
  /** Where a matched chat's details (quiet hours, zone, pause) are read: only for chats an article matched. */
  subscriptions: Pick<SubscriptionStore, "getMany">;
  ledger: AlertLedger;
  outbox: OutboxStore;
  clock: Clock;
  logger: Logger;
  policy: AlertPolicy;
  /** This instance's id, recorded on the outbox records it creates. */
  instanceId: string;
  /** Follow matches are counted here; default none. */
  metrics?: Metrics;
  /** Alerts are written in each chat's language (from the settings read for the chat anyway). */
  translator: Translator;
}

/** What a round of alerts did. */
export interface AlertRoundResult {
  /** Alerts queued in the outbox. */
  queued: number;
  /** Alerts held back (hourly cap or quiet hours) for a batched message. */
  batched: number;
  duplicates: number;
}

/** Batches flushed per store query. */
const BATCH_PAGE = 200;

/**
 * Matches fresh articles to follows and delivers alerts. The index in memory holds only follows;
 * a matched chat's other settings are read from the store when an article matches it.
 */
export class FollowAlertService {
  readonly #index: FollowIndex = createFollowIndex();
  readonly #dependencies: FollowAlertDependencies;

  constructor(dependencies: FollowAlertDependencies) {
    this.#dependencies = dependencies;
  }

  /** Updates the index for one chat (call whenever its settings change, and for every chat at start). */
  updateChat(settings: ChatSettings): void {
    const key = chatKey(settings.chat);
    if (settings.follows.length === 0) this.#index.removeChat(key);
    else this.#index.setChatFollows(key, settings.follows);
  }

  /** Forgets a chat that was deleted (moved to another id). */
  removeChat(key: string): void {
    this.#index.removeChat(key);
  }

  /** Follows known to the index, for benchmarks and diagnostics. */
  stats() {
    return this.#index.stats();
  }

  /** Alerts chats about fresh (non-backfill) articles. */
  async processArticles(articles: readonly Article[]): Promise<AlertRoundResult> {
    const result: AlertRoundResult = { queued: 0, batched: 0, duplicates: 0 };
    const perChat = new Map<string, { article: Article; match: FollowMatch }[]>();
    for (const article of articles) {
      if (article.backfill) continue;
      for (const match of this.#index.match(article)) {
        const list = perChat.get(match.chatKey) ?? [];
        if (!list.some((candidate) => candidate.article.id === article.id)) list.push({ article, match });
        perChat.set(match.chatKey, list);
      }
    }
    this.#dependencies.metrics?.followMatches([...perChat.values()].reduce((total, list) => total + list.length, 0));
    if (perChat.size === 0) return result;
    for (const settings of await this.#dependencies.subscriptions.getMany([...perChat.keys()])) {
      const key = chatKey(settings.chat);
      // Articles of feeds other chats added are theirs alone.
      const candidates = perChat.get(key)?.filter(({ article }) => isVisibleTo(article, settings.sources ?? []));
      if (candidates && candidates.length > 0 && !settings.paused) {
        // The reason in the chat's language: its settings are read once per round, never per article.
        const { text } = this.#wording(settings);
        await this.#alertChat(key, settings, candidates.map(({ article, match }) => ({ article, reason: matchReason(match, text) })), result);
      }
    }
    return result;
  }

  /**
   * Queues the held-back alerts of chats whose hourly window or quiet hours are over, one message
   * per chat. Reads only the ledgers whose batch is due (an index), not every chat's.
   */
  async flushBatches(): Promise<number> {
    let sent = 0;
    const { ledger, clock } = this.#dependencies;
    const seen = new Set<string>();
    for (;;) {
      const due = (await ledger.listDue(clock.now(), BATCH_PAGE)).filter(({ key }) => !seen.has(key));
      if (due.length === 0) break;
      for (const { key } of due) seen.add(key);
      const settingsByKey = new Map(
        (await this.#dependencies.subscriptions.getMany(due.map(({ key }) => key))).map((settings) => [chatKey(settings.chat), settings]),
      );
      for (const { key, entry } of due) {
        const settings = settingsByKey.get(key);
        if (!settings || settings.paused || entry.pending.length === 0) {
          // Nobody to send to: the held alerts lapse.
          await ledger.put(key, { ...entry, pending: [], heldForQuiet: false }, undefined);
          continue;
        }
        const now = clock.now();
        if (isQuietTime(settings.quietHours, settings.briefing.timezone, now) && settings.quietHours) {
          await ledger.put(key, { ...entry, heldForQuiet: true }, quietHoursEndAfter(settings.quietHours, settings.briefing.timezone, now));
          continue;
        }
        const articles = await this.#dependencies.articles.getMany(entry.pending.map((pending) => pending.articleId));
        const byId = new Map(articles.map((article) => [article.id, article]));
        const entries: AlertEntry[] = entry.pending.flatMap((pending) => {
          const article = byId.get(pending.articleId);
          return article ? [{ article, reason: pending.reason }] : [];
        });
        const batchId = `alert-batch:${key}:${entry.windowStart}`;
        if (
          entries.length > 0 &&
          (await this.#queue(batchId, "alert-batch", settings.chat, composeAlertBatch(entries, now, this.#dependencies.policy.maxBatchItems, this.#wording(settings))))
        ) {
          sent += 1;
        }
        await ledger.put(key, { ...entry, pending: [], heldForQuiet: false, windowStart: now, sentInWindow: 1 }, undefined);
      }
    }
    return sent;
  }

  async #alertChat(key: string, settings: ChatSettings, candidates: { article: Article; reason: string }[], result: AlertRoundResult): Promise<void> {
    const { ledger, clock, policy, articles } = this.#dependencies;
    const { chat, quietHours } = settings;
    const timezone = settings.briefing.timezone;
    const now = clock.now();
    const quiet = isQuietTime(quietHours, timezone, now);
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
      if (quiet) {
        entry.pending.push({ articleId: candidate.article.id, reason: candidate.reason });
        entry.heldForQuiet = true;
        result.batched += 1;
      } else if (entry.sentInWindow < policy.maxPerHour && entry.pending.length === 0) {
        entry.sentInWindow += 1;
        toSend.push(candidate);
      } else {
        entry.pending.push({ articleId: candidate.article.id, reason: candidate.reason });
        result.batched += 1;
      }
    }
    entry.recent = entry.recent.slice(-MAX_RECENT);
    const wording = this.#wording(settings);
    // Outbox records first (each can exist only once), then the ledger: a crash in between at worst
    // re-evaluates these articles, and the outbox keys keep that from alerting twice.
    for (const candidate of toSend) {
      if (await this.#queue(`alert:${key}:${candidate.article.id}`, "alert", chat, composeAlert(candidate.article, candidate.reason, now, wording))) {
        result.queued += 1;
      } else result.duplicates += 1;
    }
    const dueAt =
      entry.pending.length === 0
        ? undefined
        : entry.heldForQuiet && quietHours
          ? quietHoursEndAfter(quietHours, timezone, now)
          : entry.windowStart + HOUR;
    await ledger.put(key, entry, dueAt);
  }

  /** The chat's language (a shipped one) and its messages. */
  #wording(settings: Pick<ChatSettings, "language">): Wording {
    const { translator } = this.#dependencies;
    const language = translator.resolve(settings.language) ?? translator.fallback;
    return { language, text: (id, args) => translator.t(language, id, args) };
  }

  async #queue(id: string, kind: "alert" | "alert-batch", chat: ChatRef, document: BriefingDocument): Promise<boolean> {
    const now = this.#dependencies.clock.now();
    return this.#dependencies.outbox.create({
      id,
      kind,
      chat,
      document,
      status: "pending",
      createdAt: now,
      createdBy: `${this.#dependencies.instanceId}:${Math.random().toString(36).slice(2, 10)}`,
      attempts: 0,
      nextAttemptAt: now,
      partsSent: 0,
    });
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
