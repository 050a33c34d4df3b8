/**
 * The briefing scheduler: on every tick, each chat whose local briefing time has come gets one
 * outbox record keyed by chat and local date (so it exists once, whichever instance or restart
 * creates it). A briefing missed while newsdesk was down is still sent within the grace period,
 * otherwise recorded as skipped.
 */
import type { BriefingService } from "../briefing-service.js";
import type { ChatSettingsService } from "../chat-settings-service.js";
import { describeError } from "../errors.js";
import { chatKey, type ChatSettings } from "../model.js";
import type { Clock, Logger, SubscriptionStore } from "../ports.js";
import { latestOccurrence } from "../schedule/briefing-occurrences.js";
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

async function queueIfDue(settings: ChatSettings, dependencies: BriefingSchedulerDependencies, result: ScheduleTickResult): Promise<void> {
  const { clock, outbox, logger } = dependencies;
  if (settings.paused || (settings.sections.length === 0 && settings.follows.length === 0)) return;
  const now = clock.now();
  const occurrence = latestOccurrence(settings.briefing, now);
  if (!occurrence || occurrence.at < (settings.briefing.since ?? settings.createdAt)) return;
  const id = briefingRecordId(settings, occurrence.localDate);
  if (await outbox.get(id)) return;
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
  try {
    if (now - occurrence.at > dependencies.graceMs) {
      if (await outbox.create({ ...base, status: "skipped", finishedAt: now, lastError: "missed while newsdesk was down" })) {
        result.skipped += 1;
        logger.warn({ chat: chatKey(settings.chat), due: new Date(occurrence.at).toISOString() }, "briefing skipped: past the grace period");
      }
      return;
    }
    const document = await dependencies.briefings.compose(settings.chat);
    if (await outbox.create({ ...base, document })) {
      result.queued += 1;
      await dependencies.chats.markBriefed(settings.chat, now);
    }
  } catch (error) {
    logger.error({ chat: chatKey(settings.chat), error: describeError(error) }, "could not queue a briefing");
  }
}

/** Queues every briefing that is due. Safe to run on several instances and again after a crash. */
export async function scheduleDueBriefings(dependencies: BriefingSchedulerDependencies): Promise<ScheduleTickResult> {
  const result: ScheduleTickResult = { queued: 0, skipped: 0 };
  const chats = await dependencies.subscriptions.list();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < chats.length) {
      const settings = chats[next] as ChatSettings;
      next += 1;
      await queueIfDue(settings, dependencies, result);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(dependencies.concurrency ?? 8, chats.length)) }, worker));
  return result;
}
