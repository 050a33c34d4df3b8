/**
 * The poll schedule and health of a feed after one poll: the interval with jitter, Cache-Control,
 * Retry-After and exponential backoff; the run of failures (since when, unhealthy after repeated
 * ones); a permanent redirect noted for the operator.
 */
import { describeError, FeedFetchError, IoError } from "../shared/errors.js";
import type { FeedSource, FeedState } from "./feed.js";

/** Tuning of the poll schedule. */
export interface IngestPolicy {
  failuresBeforeUnhealthy: number;
  /** Longest wait between polls after failures. */
  maxBackoffSeconds: number;
  /** Most items taken from one fetch. */
  maxItemsPerFetch: number;
  /** Random source in [0, 1) for jitter; injected for tests. */
  random: () => number;
}

/** The state of a feed never polled. */
export function initialState(url: string, now: number): FeedState {
  return { url, nextPollAt: now, consecutiveFailures: 0, healthy: true, initialized: false };
}

/** The state after a successful poll: the run of failures (if any) is over. */
export function succeeded(previous: FeedState, source: FeedSource, now: number, policy: IngestPolicy, maxAgeSeconds?: number): FeedState {
  const intervalSeconds = Math.max(source.pollIntervalSeconds, Math.min(maxAgeSeconds ?? 0, 6 * 3600));
  const { failingSince: _over, ...rest } = previous;
  const state: FeedState = {
    ...rest,
    nextPollAt: now + jittered(intervalSeconds * 1000, policy.random),
    consecutiveFailures: 0,
    healthy: true,
    lastSuccessAt: now,
  };
  return state;
}

/** The state with `movedTo` set to this fetch's permanent redirect, or cleared when there was none. */
export function withMoved(state: FeedState, permanentRedirect: string | undefined): FeedState {
  const { movedTo: _previous, ...rest } = state;
  return permanentRedirect === undefined ? rest : { ...rest, movedTo: permanentRedirect };
}

/** The state after a failed poll: backoff, the run of failures dated from its first poll. */
export function failed(previous: FeedState, source: FeedSource, now: number, policy: IngestPolicy, error: unknown): FeedState {
  const failures = previous.consecutiveFailures + 1;
  const backoffMs = Math.min(source.pollIntervalSeconds * 1000 * 2 ** Math.min(failures - 1, 16), policy.maxBackoffSeconds * 1000);
  const retryAfterMs = error instanceof IoError ? error.retryAfterMs : undefined;
  const permanent = error instanceof FeedFetchError && !error.retryable;
  return {
    ...previous,
    consecutiveFailures: failures,
    failingSince: previous.consecutiveFailures > 0 ? (previous.failingSince ?? now) : now,
    lastError: describeError(error).slice(0, 500),
    lastErrorAt: now,
    healthy: failures < policy.failuresBeforeUnhealthy && !(permanent && failures >= 2),
    nextPollAt: now + Math.max(jittered(backoffMs, policy.random), Math.min(retryAfterMs ?? 0, policy.maxBackoffSeconds * 1000)),
  };
}

/** ±10 % jitter so that feeds added together do not stay in lock-step. */
function jittered(milliseconds: number, random: () => number): number {
  return Math.round(milliseconds * (0.9 + 0.2 * random()));
}
