/**
 * The {@link FeedProbe} behind `/source add`: every fetch goes through the fetcher given (the one
 * with the address policy), so a user cannot make newsdesk read a private address. A web page is
 * searched for feeds: first those it advertises (`<link rel="alternate">`), then common paths.
 */
import { FeedFetchError, FeedParseError } from "../../core/shared/errors.js";
import type { FeedFetcher, FeedParser, FeedProbe, ProbedFeed } from "../../core/feeds/feed-ports.js";
import { quoteTyped, refuse } from "../../core/shared/user-messages.js";
import { message } from "../../core/shared/translator.js";
import { findCause } from "./http-errors.js";
import { AddressRefusedError } from "./address-policy.js";
import { findFeedLinks } from "./html-page.js";

/** Paths tried on a page's site when it advertises no feed. */
export const COMMON_FEED_PATHS = ["/feed", "/rss", "/atom.xml", "/feed.xml", "/index.xml"] as const;
/** Candidate feeds fetched for one page, at most. */
const MAX_CANDIDATES = 8;
/** Characters of a page read for links. */
const PAGE_CHARS = 300_000;

type Fetched = { ok: true; body: Uint8Array; finalUrl: string; contentType?: string } | { ok: false; error: unknown };

/** Creates the probe over a fetcher (with the address policy) and the feed parser. */
export function createFeedProbe(fetcher: FeedFetcher, parser: FeedParser): FeedProbe {
  const fetchOnce = async (url: string, signal?: AbortSignal): Promise<Fetched> => {
    try {
      const result = await fetcher.fetch(url, {}, signal);
      if (result.status !== "ok") return { ok: false, error: new FeedFetchError(`${url}: not modified without validators`, false) };
      return { ok: true, body: result.body, finalUrl: result.finalUrl, ...(result.contentType ? { contentType: result.contentType } : {}) };
    } catch (error) {
      return { ok: false, error };
    }
  };
  const parse = (url: string, fetched: Extract<Fetched, { ok: true }>): ProbedFeed | undefined => {
    try {
      const feed = parser.parse(fetched.body, { url: fetched.finalUrl, ...(fetched.contentType ? { contentType: fetched.contentType } : {}) });
      return { url, title: feed.title, itemCount: feed.items.length };
    } catch (error) {
      if (error instanceof FeedParseError) return undefined;
      throw error;
    }
  };

  return {
    async probe(url, signal) {
      const first = await fetchOnce(url, signal);
      if (!first.ok) throw unreadable(url, first.error);
      const direct = parse(url, first);
      if (direct) return [direct];
      const html = new TextDecoder("utf-8", { fatal: false }).decode(first.body.subarray(0, PAGE_CHARS));
      const advertised = findFeedLinks(html, first.finalUrl, MAX_CANDIDATES).filter((candidate) => candidate !== url);
      const origin = new URL(first.finalUrl).origin;
      const common = COMMON_FEED_PATHS.map((path) => `${origin}${path}`).filter((candidate) => candidate !== url && !advertised.includes(candidate));
      // The feeds the page advertises, all of them; else the first common path that is a feed.
      // One after another: a page's candidates share a host, which is not to be hammered.
      const found: ProbedFeed[] = [];
      for (const [candidates, all] of [[advertised, true], [common, false]] as const) {
        for (const candidate of candidates) {
          if (signal?.aborted || (!all && found.length > 0)) break;
          const fetched = await fetchOnce(candidate, signal);
          const feed = fetched.ok ? parse(candidate, fetched) : undefined;
          if (feed) found.push(feed);
        }
        if (found.length > 0) break;
      }
      return found;
    },
  };
}

function unreadable(url: string, error: unknown) {
  if (findCause(error, AddressRefusedError) || (error instanceof Error && / refused: /u.test(error.message))) {
    return refuse("private-address", message("source-private-address", { typed: quoteTyped(url) }), message("source-private-address-next"));
  }
  const retryable = error instanceof FeedFetchError && error.retryable;
  return refuse(
    "source-unreachable",
    message(retryable ? "source-unreadable-now" : "source-unreadable", { typed: quoteTyped(url) }),
    message(retryable ? "source-unreadable-later" : "source-unreadable-check"),
  );
}
