/**
 * The briefing scheduler: on every tick, each chat whose local briefing time has come gets one
 * outbox record keyed by chat and local date (so it exists once, whichever instance or restart
 * creates it). A briefing missed while newsdesk was down is still sent within the grace period,
 * otherwise recorded as skipped. Due chats are claimed from the store's index of `nextBriefingAt`: a
 * tick reads only the chats that are due, however many chats exist, and instances ticking at once
 * share the due chats between them.
 */
import type { BriefingService } from "../digests/briefing-service.js";
import type { ChatSettingsService } from "../chats/chat-settings-service.js";
import { describeError } from "../shared/errors.js";
import { chatKey, type ChatSettings } from "../chats/chat.js";
import type { Clock, Logger } from "../shared/ports.js";
import type { SubscriptionStore } from "../chats/chat-ports.js";
import { latestOccurrence } from "../chats/briefing-occurrences.js";
import type { OutboxRecord, OutboxStore } from "./outbox-ports.js";

/** What the scheduler needs. */
export interface BriefingSchedulerDependencies {
  subscriptions: SubscriptionStore;
  chats: ChatSettingsService;
  briefings: BriefingService;
  outbox: OutboxStore;
  clock: Clock;
  logger: Logger;
  /** How late a briefing may still go (after downtime). */
  graceMs: number;
  /** This instance's id, recorded on the records it creates. */
  instanceId: string;
  /** Briefings composed at once (default 8). */
  concurrency?: number;
  /** Due chats claimed per store query (default 200). */
  pageSize?: number;
  /** How long claimed chats are held by this instance before they are due again (default 5 min). */
  claimMs?: number;
}

/** What a tick did. */
export interface ScheduleTickResult {
  queued: number;
  skipped: number;
}

/** The outbox id of a chat's briefing for a local date. */
export function briefingRecordId(settings: Pick<ChatSettings, "chat">, localDate: string): string {
  return `briefing:${chatKey(settings.chat)}:${localDate}`;
}

/** How long a claimed chat is held by this instance (then due again, should this instance have died). */
const CLAIM_MS = 5 * 60_000;

/** How long a chat whose briefing could not be composed waits before the next try. */
const RETRY_MS = 5 * 60_000;

/** Queues the chat's due briefing (if it is owed one); true when the occurrence is handled. */
async function queueIfDue(settings: ChatSettings, dependencies: BriefingSchedulerDependencies, result: ScheduleTickResult): Promise<void> {
  const { clock, outbox, logger, chats } = dependencies;
  const now = clock.now();
  try {
    const occurrence = latestOccurrence(settings.briefing, now);
    const owed = occurrence !== undefined && occurrence.at >= (settings.briefing.since ?? settings.createdAt);
    if (!owed || settings.paused || (settings.sections.length === 0 && settings.follows.length === 0 && (settings.sources?.length ?? 0) === 0)) {
      await chats.briefingHandled(settings.chat, now);
      return;
    }
    const id = briefingRecordId(settings, occurrence.localDate);
    if (await outbox.get(id)) {
      await chats.briefingHandled(settings.chat, now);
      return;
    }
    const base: OutboxRecord = {
      id,
      kind: "briefing",
      chat: settings.chat,
      status: "pending",
      createdAt: now,
      createdBy: `${dependencies.instanceId}:${Math.random().toString(36).slice(2, 10)}`,
      attempts: 0,
      nextAttemptAt: now,
      partsSent: 0,
    };
    if (now - occurrence.at > dependencies.graceMs) {
      if (await outbox.create({ ...base, status: "skipped", finishedAt: now, lastError: "missed while newsdesk was down" })) {
        result.skipped += 1;
        logger.warn({ chat: chatKey(settings.chat), due: new Date(occurrence.at).toISOString() }, "briefing skipped: past the grace period");
      }
      await chats.briefingHandled(settings.chat, now);
      return;
    }
    const document = await dependencies.briefings.compose(settings.chat);
    const created = await outbox.create({ ...base, document });
    if (created) result.queued += 1;
    await chats.briefingHandled(settings.chat, now, created ? now : undefined);
  } catch (error) {
    logger.error({ chat: chatKey(settings.chat), error: describeError(error) }, "could not queue a briefing");
    await chats.retryBriefingAt(settings.chat, now + RETRY_MS).catch(() => undefined);
  }
}

/** Queues every briefing that is due. Safe to run on several instances and again after a crash. */
export async function scheduleDueBriefings(dependencies: BriefingSchedulerDependencies): Promise<ScheduleTickResult> {
  const result: ScheduleTickResult = { queued: 0, skipped: 0 };
  const pageSize = Math.max(1, dependencies.pageSize ?? 200);
  const seen = new Set<string>();
  for (;;) {
    const page = (await dependencies.subscriptions.claimDueBriefings(dependencies.clock.now(), pageSize, dependencies.claimMs ?? CLAIM_MS)).filter(
      (settings) => !seen.has(chatKey(settings.chat)),
    );
    if (page.length === 0) break;
    for (const settings of page) seen.add(chatKey(settings.chat));
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < page.length) {
        const settings = page[next] as ChatSettings;
        next += 1;
        await queueIfDue(settings, dependencies, result);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(dependencies.concurrency ?? 8, page.length)) }, worker));
  }
  return result;
}
