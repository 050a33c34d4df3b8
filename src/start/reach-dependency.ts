/**
 * Part of the composition root: reaching an external dependency (the store, Telegram, Discord, the
 * summary model server) at start-up. A dependency that cannot be reached is said so within seconds,
 * in one warn line naming it, the error in words and when it is tried again; attempts back off
 * (1 s doubling to 30 s) until it answers (then one info line) or newsdesk is asked to stop. An
 * error that retrying cannot cure (a refused token, a database that does not exist) is thrown at
 * once, for start-up to fail with that one line.
 */
import { describeError } from "../core/shared/errors.js";
import type { Logger } from "../core/shared/ports.js";

/** Start-up was asked to stop (SIGTERM/SIGINT) while a dependency was being reached. */
export class StartupStopped extends Error {
  override readonly name = "StartupStopped";
  constructor(dependency: string) {
    super(`stopped while reaching ${dependency}`);
  }
}

/** Options of {@link reachDependency}. */
export interface ReachOptions<T> {
  /** What is being reached, as an operator reads it: `PostgreSQL store (postgres://db:5432/newsdesk)`. */
  dependency: string;
  /** One attempt; should give up when `signal` aborts. */
  attempt(signal: AbortSignal): Promise<T>;
  /** Errors retrying cannot cure: thrown at once. Default: none. */
  isFatal?(error: unknown): boolean;
  /** Undoes a success that arrived after the stop (closes what `attempt` opened). */
  discard?(value: T): Promise<void>;
  logger: Logger;
  /** Aborts when newsdesk is asked to stop. */
  signal: AbortSignal;
  /** First pause (default 1000 ms), doubling up to `maxDelayMs` (default 30 000 ms). */
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** An attempt that has not settled after this long is reported as not answering (default 4000 ms). */
  slowAfterMs?: number;
  /** What the rest of newsdesk does meanwhile, added to the warn line ("summaries are extractive until it answers"). */
  meanwhile?: string;
}

/** Tries `attempt` until it succeeds, reporting each failure; see the module comment. */
export async function reachDependency<T>(options: ReachOptions<T>): Promise<T> {
  const { dependency, logger, signal } = options;
  const firstDelayMs = options.firstDelayMs ?? 1_000;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const meanwhile = options.meanwhile ? ` ${options.meanwhile};` : "";
  const slowAfterMs = options.slowAfterMs ?? 4_000;
  let failures = 0;
  for (;;) {
    if (signal.aborted) throw new StartupStopped(dependency);
    const attempt = new AbortController();
    const onStop = (): void => attempt.abort();
    signal.addEventListener("abort", onStop, { once: true });
    const slow = setTimeout(() => {
      failures += 1;
      logger.warn({ dependency, attempt: failures }, `${dependency} is not answering after ${Math.round(slowAfterMs / 1000)} s;${meanwhile} still trying`);
    }, slowAfterMs);
    const settled: Promise<Outcome<T>> = options.attempt(attempt.signal).then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({ ok: false, error }),
    );
    // Asked to stop: the attempt is told, and given a moment to undo what it started (a lease it took).
    const stopped = whenAborted(signal).then(() => Promise.race([settled, delay(STOP_GRACE_MS).then((): Outcome<T> => ({ ok: false, error: new Error("stopped") }))]));
    const outcome = await Promise.race([settled, stopped]);
    clearTimeout(slow);
    signal.removeEventListener("abort", onStop);
    if (signal.aborted) {
      if (outcome.ok) await options.discard?.(outcome.value).catch(() => undefined);
      else void settled.then((late) => (late.ok ? options.discard?.(late.value) : undefined)).catch(() => undefined);
      throw new StartupStopped(dependency);
    }
    if (outcome.ok) {
      if (failures > 0) logger.info({ dependency }, `${dependency} is reachable`);
      return outcome.value;
    }
    if (options.isFatal?.(outcome.error)) throw outcome.error;
    failures += 1;
    const delayMs = Math.min(firstDelayMs * 2 ** (failures - 1), maxDelayMs);
    logger.warn(
      { dependency, attempt: failures, retryInMs: delayMs, error: describeFailure(outcome.error) },
      `${dependency} is unreachable: ${describeFailure(outcome.error)};${meanwhile} retrying in ${formatSeconds(delayMs)}`,
    );
    await sleep(delayMs, signal);
  }
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** How long a stopped attempt may take to undo what it started. */
const STOP_GRACE_MS = 3_000;

function whenAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => (signal.aborted ? resolve() : signal.addEventListener("abort", () => resolve(), { once: true })));
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** The error in words, with the network cause that libraries hide behind "fetch failed". */
export function describeFailure(error: unknown): string {
  const message = describeError(error);
  let cause = error instanceof Error ? error.cause : undefined;
  for (let depth = 0; cause !== undefined && depth < 4; depth += 1) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string" && !message.includes(code)) return `${message} (${code})`;
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return message;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}

function formatSeconds(ms: number): string {
  return `${ms >= 10_000 ? Math.round(ms / 1000) : Math.round(ms / 100) / 10} s`;
}
