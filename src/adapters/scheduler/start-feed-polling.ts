/**
 * Drives feed polling with node-cron: a tick every few seconds runs one poll round of the feeds that
 * are due (each feed keeps its own interval, jitter and backoff in its state). Rounds never overlap.
 */
import cron, { type ScheduledTask } from "node-cron";
import type { Logger } from "../../core/ports.js";
import type { PollRoundResult } from "../../core/poll-due-feeds.js";

/** A running poll schedule. */
export interface FeedPolling {
  stop(): Promise<void>;
}

/** Starts ticking; `runRound` is the plain async job (tests call it directly). */
export function startFeedPolling(options: {
  tickSeconds: number;
  runRound: (signal: AbortSignal) => Promise<PollRoundResult>;
  logger: Logger;
}): FeedPolling {
  const controller = new AbortController();
  let running: Promise<unknown> = Promise.resolve();
  const expression = options.tickSeconds < 60 ? `*/${Math.max(1, Math.round(options.tickSeconds))} * * * * *` : "* * * * *";
  const task: ScheduledTask = cron.schedule(
    expression,
    async () => {
      const round = options.runRound(controller.signal).then(
        (result) => {
          if (result.polled > 0) {
            options.logger.debug({ polled: result.polled, failed: result.failed, stored: result.stored }, "poll round");
          }
        },
        (error: unknown) => options.logger.error({ err: error }, "poll round failed"),
      );
      running = round;
      await round;
    },
    { name: "feed-poll", noOverlap: true },
  );
  return {
    async stop() {
      controller.abort();
      await task.destroy();
      await running;
    },
  };
}
