/**
 * node-cron wiring for newsdesk's recurring jobs (briefing scheduler, outbox sender, feed polling).
 * Jobs are plain async functions; ticks never overlap. Every instance runs every job: the jobs
 * claim their work from the store (due chats, feeds, outbox records), so instances share it, and
 * a dead instance's claims run out and its work is taken over (see start-runtime.ts). A role only
 * one instance may play at a time runs under a lease instead (singleton-role.ts).
 */
import cron, { type ScheduledTask } from "node-cron";
import { describeError } from "../../core/shared/errors.js";
import type { Logger } from "../../core/shared/ports.js";

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
  /** Told when a run starts, with how late it started after its scheduled time, and when it ends (metrics, readiness). */
  onTick?: (lagMs: number) => void;
  onDone?: () => void;
}): Job {
  const controller = new AbortController();
  let running: Promise<unknown> = Promise.resolve();
  const task: ScheduledTask = cron.schedule(
    options.expression,
    async (context) => {
      // The time the tick was due (node-cron's context); lag 0 when it does not say.
      options.onTick?.(context?.date ? Math.max(0, Date.now() - context.date.getTime()) : 0);
      const run = options.run(controller.signal).catch((error: unknown) =>
        options.logger.error({ job: options.name, error: describeError(error) }, "scheduled job failed"),
      );
      running = run;
      await run;
      options.onDone?.();
    },
    { name: options.name, noOverlap: true },
  );
  return {
    async stop() {
      controller.abort();
      await task.destroy();
      await running;
    },
  };
}
