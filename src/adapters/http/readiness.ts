/**
 * Readiness: the store answers a trivial query within a short deadline, each configured platform is
 * connected, and the scheduled jobs tick (the last tick of each within 3 × its interval). Every
 * check runs at once, each bounded in time; the first failing ones give the 503's reason.
 */
import { describeError } from "../../core/shared/errors.js";

/** One thing readiness depends on. Resolves a reason when not ready, undefined when ready. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<string | undefined>;
}

/** The outcome of every check. */
export interface ReadinessReport {
  ready: boolean;
  checks: { name: string; ok: boolean; reason?: string }[];
}

/** A platform adapter's connection, as it reports it. */
export interface PlatformHealth {
  connected: boolean;
  detail: string;
}

/** Runs every check, each cut off after `timeoutMs` (counted as not ready). */
export async function checkReadiness(checks: readonly ReadinessCheck[], timeoutMs: number): Promise<ReadinessReport> {
  const results = await Promise.all(
    checks.map(async (entry) => {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<string>((resolve) => {
        timer = setTimeout(() => resolve(`no answer within ${timeoutMs} ms`), timeoutMs);
      });
      try {
        const reason = await Promise.race([entry.check().catch((error: unknown) => describeError(error) || "failed"), deadline]);
        return reason === undefined ? { name: entry.name, ok: true } : { name: entry.name, ok: false, reason: reason.slice(0, 300) };
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  return { ready: results.every((result) => result.ok), checks: results };
}

/** The store answers a trivial query (`ping` bounds it by its own deadline). */
export function storeCheck(ping: () => Promise<void>): ReadinessCheck {
  return { name: "store", check: async () => void (await ping()) };
}

/** A platform adapter reports itself connected. */
export function platformCheck(platform: string, health: () => PlatformHealth): ReadinessCheck {
  return {
    name: platform,
    check: async () => {
      const state = health();
      return state.connected ? undefined : state.detail;
    },
  };
}

/** A job's interval and latest run (epoch ms). */
export interface JobBeat {
  intervalMs: number;
  lastStartAt?: number;
  lastEndAt?: number;
}

/** How long one run may last and still count as ticking (a morning fan-out of the outbox is long). */
const LONGEST_RUN_MS = 10 * 60_000;

/**
 * Each job started a run within 3 × its interval, or is in a run that started less than 10 minutes
 * ago (ticks do not overlap: a long run skips ticks). A job that has not run yet is given 3
 * intervals from the scheduler's start.
 */
export function schedulerCheck(options: { heartbeats: () => { startedAt?: number; jobs: ReadonlyMap<string, JobBeat> }; now: () => number }): ReadinessCheck {
  return {
    name: "scheduler",
    check: async () => {
      const { startedAt, jobs } = options.heartbeats();
      if (startedAt === undefined) return "the scheduler has not started yet";
      const now = options.now();
      const late = [...jobs].filter(([, beat]) => {
        const running = beat.lastStartAt !== undefined && (beat.lastEndAt === undefined || beat.lastEndAt < beat.lastStartAt);
        if (running) return now - (beat.lastStartAt ?? now) > Math.max(LONGEST_RUN_MS, 3 * beat.intervalMs);
        return now - (beat.lastStartAt ?? startedAt) > 3 * beat.intervalMs;
      });
      return late.length === 0 ? undefined : `no recent tick of ${late.map(([name]) => name).join(", ")}`;
    },
  };
}
