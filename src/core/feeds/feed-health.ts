/**
 * Feed health in words, the same in /sections, /status and the notices to chats: which feed, why
 * it fails (the fetcher's and parser's messages turned into a short reason, never a stack), since
 * when, and whether it has failed often enough to count as unhealthy.
 */
import { formatDuration } from "../shared/format-time.js";
import type { FeedSource, FeedState } from "./feed.js";
import type { MessageArgs, TextOf } from "../shared/translator.js";

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

/** Known failures in plain words (catalogue messages): matched against the error text (after the URL prefix). */
const REASONS: ReadonlyArray<[RegExp, string, (match: RegExpMatchArray) => MessageArgs]> = [
  [/^HTTP 404/u, "feed-reason-gone", () => ({})],
  [/^HTTP 410/u, "feed-reason-removed", () => ({})],
  [/^HTTP (401|403)/u, "feed-reason-refused", (match) => ({ status: match[1] ?? "" })],
  [/^HTTP 429/u, "feed-reason-slow-down", () => ({})],
  [/^HTTP (5\d\d)/u, "feed-reason-server", (match) => ({ status: match[1] ?? "" })],
  [/^HTTP (\d{3})/u, "feed-reason-status", (match) => ({ status: match[1] ?? "" })],
  [/^no complete response within (\d+) ms/u, "feed-reason-timeout", (match) => ({ seconds: Math.round(Number(match[1]) / 1000) })],
  [/ENOTFOUND|EAI_AGAIN/u, "feed-reason-dns", () => ({})],
  [/ECONNREFUSED/u, "feed-reason-connection-refused", () => ({})],
  [/ECONNRESET|socket hang up|UND_ERR_SOCKET/u, "feed-reason-connection-cut", () => ({})],
  [/certificate|CERT_|SSL|TLS/iu, "feed-reason-certificate", () => ({})],
  [/redirects \(a redirect loop\?\)/u, "feed-reason-redirect-loop", () => ({})],
  [/^response too large/u, "feed-reason-too-large", () => ({})],
];

/**
 * The failure in words in the language `text` writes, without the URL the fetcher prefixes it
 * with, bounded. A failure none of the known kinds fits is shown as the fetcher or parser said it.
 */
export function reasonOf(error: string | undefined, text: TextOf): string {
  const detail = (error ?? "failing").replace(/^\S+:\s+(?:refused:\s+)?/u, "");
  const known = REASONS.find(([pattern]) => pattern.test(detail));
  const match = known ? detail.match(known[0]) : null;
  const reason = known && match ? text(known[1], known[2](match)) : detail;
  return reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON - 1)}…` : reason;
}

/** "World News: the server has a problem (HTTP 503), for 3 h (unhealthy)", in the chat's language. */
export function describeFailing(feed: FeedSource, state: FeedState & { failingSince: number }, now: number, text: TextOf, language: string): string {
  const args = { feed: feedName(feed, state), reason: reasonOf(state.lastError, text), age: formatDuration(state.failingSince, now, language) };
  return text(state.healthy ? "feed-failing-line" : "feed-failing-line-unhealthy", args);
}

/** "moved permanently to https://…: the sources file should name that address", when known. */
export function describeMoved(state: FeedState | undefined, text: TextOf): string | undefined {
  return state?.movedTo === undefined ? undefined : text("feed-moved", { url: state.movedTo.slice(0, 300) });
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}
