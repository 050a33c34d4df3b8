/**
 * node-cron wiring for newsdesk's recurring jobs (briefing scheduler, outbox sender, feed polling).
 * Jobs are plain async functions; ticks never overlap; with several instances a job marked
 * `coordinated` fires on one instance per slot, elected by a lease on the slot key (SET NX PX on
 * Redis), which is never released so that a late-firing instance cannot win the same slot again.
 */
import cron, { type RunCoordinator, type ScheduledTask } from "node-cron";
import { describeError } from "../../core/errors.js";
import type { LeaseStore } from "../../core/outbox/outbox-ports.js";
import type { Logger } from "../../core/ports.js";

/** A run coordinator that elects one instance per schedule slot through the shared lease store. */
export function createLeaseRunCoordinator(leases: LeaseStore, owner: string): RunCoordinator {
  return {
    shouldRun: (key, ttlMs) => leases.acquire(`cron:${key}`, owner, ttlMs),
  };
}

/** A running job. */
export interface Job {
  stop(): Promise<void>;
}

/** Schedules `run` on a cron expression (seconds field allowed). */
export function scheduleJob(options: {
  name: string;
  expression: string;
  run: (signal: AbortSignal) => Promise<unknown>;
  logger: Logger;
  coordinator?: RunCoordinator;
  leaseMs?: number;
}): Job {
  const controller = new AbortController();
  let running: Promise<unknown> = Promise.resolve();
  const task: ScheduledTask = cron.schedule(
    options.expression,
    async () => {
      const run = options.run(controller.signal).catch((error: unknown) =>
        options.logger.error({ job: options.name, error: describeError(error) }, "scheduled job failed"),
      );
      running = run;
      await run;
    },
    {
      name: options.name,
      noOverlap: true,
      ...(options.coordinator ? { distributed: true, runCoordinator: options.coordinator, distributedLease: options.leaseMs ?? 50_000 } : {}),
    },
  );
  return {
    async stop() {
      controller.abort();
      await task.destroy();
      await running;
    },
  };
}
