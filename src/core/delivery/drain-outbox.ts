/**
 * The outbox sender: claims due records with an expiring lease (one instance sends each), sends them
 * through the platform adapters message by message with a write-ahead mark, marks them sent once the
 * platform accepted everything, retries failures with backoff, and ends records the platform refuses
 * for good (pausing the chat). A plain async function: the scheduler calls it, tests call it.
 *
 * Records are claimed only when a sending slot is free, and the claim is renewed while the record is
 * being sent (a message may wait long for its turn or a `retry_after`): an instance that dies holds
 * no more than the records it was sending, and those are taken over `leaseMs` later, so the lease
 * can be short.
 */
import { DeliveryError, type ChatSender } from "./chat-sender.js";
import { describeError } from "../shared/errors.js";
import type { Metrics } from "../shared/metrics.js";
import { chatKey, type ChatRef } from "../chats/chat.js";
import type { Clock, Logger } from "../shared/ports.js";
import type { OutboxRecord, OutboxStore } from "./outbox-ports.js";

/** Tuning and ports of the drainer. */
export interface DrainDependencies {
  outbox: OutboxStore;
  sender: ChatSender;
  clock: Clock;
  logger: Logger;
  /** This instance's id (lease owner). */
  owner: string;
  /** Lease on a record while it is being sent; renewed every third of it and before every message. */
  leaseMs: number;
  maxAttempts: number;
  /** Records sent at once by this instance. */
  concurrency: number;
  /** Pauses the chat (which cancels what is still queued for it). */
  pauseChat(chat: ChatRef, reason: string): Promise<unknown>;
  /** Delivery outcomes by platform are counted here; default none. */
  metrics?: Metrics;
}

/** What one drain pass did. */
export interface DrainResult {
  sent: number;
  retried: number;
  failed: number;
  uncertain: number;
  /** Records this pass claimed but could not finish (claim lost to another instance). */
  busy: number;
}

const BASE_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 30 * 60_000;

/** Sends the due records once each; returns when this pass is done. */
export async function drainOutbox(dependencies: DrainDependencies, options: { limit?: number; signal?: AbortSignal } = {}): Promise<DrainResult> {
  const result: DrainResult = { sent: 0, retried: 0, failed: 0, uncertain: 0, busy: 0 };
  const { outbox, owner, leaseMs, clock } = dependencies;
  const concurrency = Math.max(1, dependencies.concurrency);
  let budget = Math.max(0, options.limit ?? 500);
  const sending = new Set<Promise<void>>();
  const failures: unknown[] = [];
  while (budget > 0 && !options.signal?.aborted) {
    const free = concurrency - sending.size;
    if (free === 0) {
      await Promise.race(sending);
      continue;
    }
    const claimed = await outbox.claimDue(clock.now(), Math.min(free, budget), owner, leaseMs);
    budget -= claimed.length;
    for (const record of claimed) {
      const task: Promise<void> = deliverRecord(record, dependencies, result)
        .catch((error: unknown) => void failures.push(error))
        .finally(() => sending.delete(task));
      sending.add(task);
    }
    if (claimed.length < free) break; // nothing more is due now
  }
  await Promise.all(sending);
  if (failures.length > 0) throw failures[0];
  return result;
}

async function deliverRecord(record: OutboxRecord, dependencies: DrainDependencies, result: DrainResult): Promise<void> {
  const { outbox, owner, leaseMs, clock, logger } = dependencies;
  const { id } = record;
  const claim = keepClaim(id, dependencies);
  try {
    if (record.partInFlight !== undefined) {
      // A previous attempt stopped while a message was in flight: it may have arrived. Never risk a copy.
      settleInDoubtPart(record, "interrupted while sending");
      logger.warn({ outbox: id, part: record.partsSent - 1 }, "message with unknown outcome not sent again");
    }
    if (record.partCount !== undefined && record.partsSent >= record.partCount) {
      await finish(record, record.uncertainParts ? "uncertain" : "sent", dependencies, result);
      return;
    }
    if (!record.document) {
      await finish(record, "failed", dependencies, result);
      return;
    }
    try {
      await dependencies.sender.send(record.chat, record.document, {
        skipParts: record.partsSent,
        beforePart: async (partIndex, partCount) => {
          if (claim.lost) throw new LeaseLostError(id);
          record.partInFlight = partIndex;
          record.partCount = partCount;
          // The write-ahead mark and the claim's renewal in one statement: nothing is sent unless both hold.
          if (!(await outbox.updateClaimed(record, owner, leaseMs, clock.now()))) {
            delete record.partInFlight;
            throw new LeaseLostError(id);
          }
        },
        onPartSent: async (partIndex, partCount) => {
          record.partsSent = partIndex + 1;
          record.partCount = partCount;
          delete record.partInFlight;
          await outbox.update(record);
        },
      });
      await finish(record, record.uncertainParts ? "uncertain" : "sent", dependencies, result);
    } catch (error) {
      await handleFailure(record, error, dependencies, result);
    }
  } finally {
    await claim.stop();
    await outbox.releaseClaim(id, owner).catch(() => undefined);
  }
}

/** Renews the claim on a record every third of the lease until stopped; `lost` once another instance has it. */
function keepClaim(id: string, dependencies: DrainDependencies): { readonly lost: boolean; stop(): Promise<void> } {
  const { outbox, owner, leaseMs, clock, logger } = dependencies;
  let lost = false;
  let stopped = false;
  let renewing: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): void => {
    timer = setTimeout(() => {
      renewing = outbox
        .renewClaim(id, owner, leaseMs, clock.now())
        .then(
          (held) => void (lost ||= !held),
          (error: unknown) => logger.debug({ outbox: id, error: describeError(error) }, "claim not renewed; tried again before it expires"),
        )
        .then(() => {
          if (!stopped && !lost) schedule();
        });
    }, Math.max(1, Math.floor(leaseMs / 3)));
    timer.unref();
  };
  schedule();
  return {
    get lost() {
      return lost;
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await renewing;
    },
  };
}

async function handleFailure(record: OutboxRecord, error: unknown, dependencies: DrainDependencies, result: DrainResult): Promise<void> {
  const { clock, outbox, logger } = dependencies;
  if (error instanceof LeaseLostError) {
    // Another instance took the record over, or its chat was paused (the record is cancelled): either
    // way this instance sends no further message of it.
    logger.warn({ outbox: record.id, partsSent: record.partsSent }, "record no longer held (claim lost, or its chat was paused); not continued");
    result.busy += 1;
    return;
  }
  const message = describeError(error).slice(0, 300);
  if (error instanceof DeliveryError && error.failure === "permanent") {
    record.lastError = message;
    await finish(record, "failed", dependencies, result);
    await dependencies.pauseChat(record.chat, message).catch((pauseError: unknown) =>
      logger.error({ chat: chatKey(record.chat), error: describeError(pauseError) }, "could not pause chat"),
    );
    return;
  }
  if (error instanceof DeliveryError && error.failure === "unknown" && record.partInFlight !== undefined) {
    settleInDoubtPart(record, message);
    if (record.partCount !== undefined && record.partsSent >= record.partCount) {
      await finish(record, "uncertain", dependencies, result);
      return;
    }
  }
  delete record.partInFlight;
  record.attempts += 1;
  record.lastError = message;
  if (record.attempts >= dependencies.maxAttempts) {
    await finish(record, "failed", dependencies, result);
    return;
  }
  const backoff = Math.min(BASE_BACKOFF_MS * 2 ** (record.attempts - 1), MAX_BACKOFF_MS);
  const retryAfter = error instanceof DeliveryError ? (error.retryAfterMs ?? 0) : 0;
  record.nextAttemptAt = clock.now() + Math.max(backoff, retryAfter);
  await outbox.update(record);
  result.retried += 1;
  dependencies.metrics?.delivery(record.chat.platform, "retried");
  logger.warn({ outbox: record.id, attempts: record.attempts, error: message }, "delivery failed; will retry");
}

/** Counts the in-flight message as sent (it may have arrived) and notes the uncertainty. */
function settleInDoubtPart(record: OutboxRecord, reason: string): void {
  record.partsSent = (record.partInFlight ?? record.partsSent) + 1;
  delete record.partInFlight;
  record.uncertainParts = (record.uncertainParts ?? 0) + 1;
  record.lastError = `outcome unknown: ${reason}`.slice(0, 300);
}

async function finish(record: OutboxRecord, status: Exclude<OutboxRecord["status"], "pending">, dependencies: DrainDependencies, result: DrainResult): Promise<void> {
  record.status = status;
  record.finishedAt = dependencies.clock.now();
  delete record.partInFlight;
  await dependencies.outbox.update(record);
  dependencies.metrics?.delivery(record.chat.platform, status);
  if (status === "sent") result.sent += 1;
  else if (status === "uncertain") result.uncertain += 1;
  else result.failed += 1;
}

class LeaseLostError extends Error {
  constructor(id: string) {
    super(`lease on ${id} lost`);
  }
}
