/**
 * Feed health in words, the same in /sections, /status and the notices to chats: which feed, why
 * it fails (the fetcher's and parser's messages turned into a short reason, never a stack), since
 * when, and whether it has failed often enough to count as unhealthy.
 */
import { formatAge } from "../shared/format-time.js";
import type { FeedSource, FeedState } from "./feed.js";

/** Failing feeds read for one answer: enough to name them, bounded whatever the deployment. */
export const FAILING_FEEDS_SHOWN = 200;

/** Longest reason shown. */
const MAX_REASON = 160;

/** The name a feed goes by: the configured outlet name, its own title, else its host. */
export function feedName(feed: FeedSource, state?: FeedState): string {
  return feed.name ?? state?.title ?? hostOf(feed.url);
}

/** Whether the feed failed on its latest poll. */
export function isFailing(state: FeedState | undefined): state is FeedState & { failingSince: number } {
  return state?.failingSince !== undefined;
}

/** Known failures in plain words: matched against the error text (after the URL prefix). */
const REASONS: ReadonlyArray<[RegExp, (match: RegExpMatchArray) => string]> = [
  [/^HTTP 404/u, () => "the feed is not there any more (HTTP 404)"],
  [/^HTTP 410/u, () => "the feed was removed (HTTP 410)"],
  [/^HTTP (401|403)/u, (match) => `the server refuses to serve it (HTTP ${match[1] ?? ""})`],
  [/^HTTP 429/u, () => "the server asks us to slow down (HTTP 429)"],
  [/^HTTP (5\d\d)/u, (match) => `the server has a problem (HTTP ${match[1] ?? ""})`],
  [/^HTTP (\d{3})/u, (match) => `the server answered HTTP ${match[1] ?? ""}`],
  [/^no complete response within (\d+) ms/u, (match) => `no answer within ${Math.round(Number(match[1]) / 1000)} s`],
  [/ENOTFOUND|EAI_AGAIN/u, () => "the host name does not resolve"],
  [/ECONNREFUSED/u, () => "the server refuses connections"],
  [/ECONNRESET|socket hang up|UND_ERR_SOCKET/u, () => "the connection was cut"],
  [/certificate|CERT_|SSL|TLS/iu, () => "its HTTPS certificate is not valid"],
  [/redirects \(a redirect loop\?\)/u, () => "it redirects in a loop"],
  [/^response too large/u, () => "the feed is larger than the size limit"],
];

/** The failure in words, without the URL the fetcher prefixes it with, bounded. */
export function reasonOf(error: string | undefined): string {
  const detail = (error ?? "failing").replace(/^\S+:\s+(?:refused:\s+)?/u, "");
  const known = REASONS.find(([pattern]) => pattern.test(detail));
  const match = known ? detail.match(known[0]) : null;
  const reason = known && match ? known[1](match) : detail;
  return reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON - 1)}…` : reason;
}

/** "World News: the server has a problem (HTTP 503), since 3 h ago (unhealthy)". */
export function describeFailing(feed: FeedSource, state: FeedState & { failingSince: number }, now: number): string {
  return `${feedName(feed, state)}: ${reasonOf(state.lastError)}, since ${formatAge(state.failingSince, now)}${state.healthy ? "" : " (unhealthy)"}`;
}

/** "5 min", "3 h", "2 d": how long since `at`, in the style of {@link formatAge}. */
export function formatSpan(at: number, now: number): string {
  const age = formatAge(at, now);
  return age === "just now" ? "under a minute" : age.replace(/ ago$/u, "");
}

/** "moved permanently to https://…: change the sources file" for the operator, when known. */
export function describeMoved(state: FeedState | undefined): string | undefined {
  return state?.movedTo === undefined ? undefined : `moved permanently to ${state.movedTo.slice(0, 300)}: the sources file should name that address`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}
