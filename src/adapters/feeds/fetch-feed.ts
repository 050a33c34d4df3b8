/**
 * The {@link FeedFetcher}: conditional GET over HTTP(S) with the limits of {@link createHttpGetter},
 * and `file:` URLs read from disk. The address policy is off by default: operators configure the
 * feeds, and local test servers live on 127.0.0.1.
 */
import { FeedFetchError } from "../../core/shared/errors.js";
import type { FeedFetcher, FeedFetchResult } from "../../core/feeds/feed-ports.js";
import { OPEN_ADDRESS_POLICY, type AddressPolicy } from "./address-policy.js";
import { fetchFileFeed } from "./file-feed.js";
import { createHttpGetter } from "./http-get.js";
import { parseMaxAge } from "./http-headers.js";

/** Options of {@link createHttpFeedFetcher}. */
export interface HttpFeedFetcherOptions {
  /** Deadline per fetch, in ms. Default 15 000. */
  timeoutMs?: number;
  /** Largest feed accepted (as sent and decompressed), in bytes. Default 5 000 000. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Default: nothing refused. */
  addressPolicy?: AddressPolicy;
  userAgent?: string;
  now?: () => number;
  /** Connections kept to one origin; match the poller's per-host limit. Default 8. */
  connectionsPerOrigin?: number;
}

/** What feed servers are asked for, most wanted first. */
const ACCEPT =
  "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, " +
  "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";

/** A {@link FeedFetcher} that also releases its pooled connections on `close`. */
export interface HttpFeedFetcher extends FeedFetcher {
  close(): Promise<void>;
}

/** Creates the HTTP(S) + `file:` feed fetcher. */
export function createHttpFeedFetcher(options: HttpFeedFetcherOptions = {}): HttpFeedFetcher {
  const maxBytes = options.maxBytes ?? 5_000_000;
  const getter = createHttpGetter({
    timeoutMs: options.timeoutMs ?? 15_000,
    maxBytes,
    maxRedirects: options.maxRedirects ?? 5,
    addressPolicy: options.addressPolicy ?? OPEN_ADDRESS_POLICY,
    ...(options.userAgent === undefined ? {} : { userAgent: options.userAgent }),
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.connectionsPerOrigin === undefined ? {} : { connectionsPerOrigin: options.connectionsPerOrigin }),
  });

  return {
    async fetch(url, validators, signal): Promise<FeedFetchResult> {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch (error) {
        throw new FeedFetchError(`${url}: not a valid URL`, false, { cause: error });
      }
      if (parsed.protocol === "file:") return fetchFileFeed(parsed, validators, maxBytes);
      const headers: Record<string, string> = { accept: ACCEPT };
      if (validators.etag !== undefined) headers["if-none-match"] = validators.etag;
      if (validators.lastModified !== undefined) headers["if-modified-since"] = validators.lastModified;
      const response = await getter.get(parsed.href, signal === undefined ? { headers } : { headers, signal });
      const maxAgeSeconds = parseMaxAge(response.headers["cache-control"]);
      const moved = response.permanentRedirect === undefined ? {} : { permanentRedirect: response.permanentRedirect };
      if (response.status === 304) return { status: "not-modified", ...moved, ...(maxAgeSeconds === undefined ? {} : { maxAgeSeconds }) };
      const result: FeedFetchResult = { status: "ok", body: response.body, finalUrl: response.finalUrl, ...moved };
      const { "content-type": contentType, etag, "last-modified": lastModified } = response.headers;
      if (contentType !== undefined) result.contentType = contentType;
      if (etag !== undefined) result.etag = etag;
      if (lastModified !== undefined) result.lastModified = lastModified;
      if (maxAgeSeconds !== undefined) result.maxAgeSeconds = maxAgeSeconds;
      return result;
    },
    close: () => getter.close(),
  };
}
