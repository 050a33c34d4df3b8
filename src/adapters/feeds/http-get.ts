/**
 * A bounded HTTP GET for untrusted servers, used for feeds and (later) article pages: at most
 * `maxRedirects` redirects, one deadline for the whole exchange (a server trickling bytes is cut
 * off at the deadline, not merely a header timeout), a body size limit on the wire and after
 * decompression, and an {@link AddressPolicy} applied to every connection and redirect hop.
 * Failures are `FeedFetchError`s that say whether retrying may help.
 */
import { Agent, buildConnector, request, type Dispatcher } from "undici";
import { FeedFetchError } from "../../core/shared/errors.js";
import { assertLiteralHostAllowed, createGuardedLookup, OPEN_ADDRESS_POLICY, type AddressPolicy } from "./address-policy.js";
import { decompressBody } from "./decompress-body.js";
import { classifyFailure, statusError, tooLarge } from "./http-errors.js";
import { flattenHeaders } from "./http-headers.js";

/** The User-Agent newsdesk sends. */
export const USER_AGENT = "newsdesk/0.1";
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Limits and policy of an {@link HttpGetter}. */
export interface HttpGetOptions {
  /** Deadline for the whole exchange (connect, redirects, headers, body, decompression), in ms. */
  timeoutMs: number;
  /** Largest body accepted, both as sent and after decompression, in bytes. */
  maxBytes: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Default: nothing refused ({@link OPEN_ADDRESS_POLICY}). */
  addressPolicy?: AddressPolicy;
  /** Default {@link USER_AGENT}. */
  userAgent?: string;
  /** Clock for HTTP-date Retry-After values. Default `Date.now`. */
  now?: () => number;
  /**
   * Connections kept to one origin (scheme, host, port); more requests to it queue for one. Match
   * the poller's per-host limit. Default 8.
   */
  connectionsPerOrigin?: number;
}

/**
 * How long an idle connection is kept for the next request to its origin: a publisher with many
 * feeds is asked again within seconds, so keeping it saves a TCP (and TLS) handshake per poll.
 */
const KEEP_ALIVE_MS = 10_000;

/** A successful (2xx) or not-modified (304) response. */
export interface HttpResponse {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** Decompressed body; empty for 304. */
  body: Uint8Array;
  /** The URL after redirects. */
  finalUrl: string;
  /**
   * Where the requested URL moved for good: the target of the permanent redirects (301, 308) that
   * began the chain, up to the first temporary one. Absent when the first answer was no 301/308.
   */
  permanentRedirect?: string;
}

/** GETs with the limits of {@link HttpGetOptions}; `close` releases pooled connections. */
export interface HttpGetter {
  get(url: string, init?: { headers?: Record<string, string>; signal?: AbortSignal }): Promise<HttpResponse>;
  close(): Promise<void>;
}

type ResponseBody = Dispatcher.ResponseData["body"];

/** Drops a body we will not read; undici reports the destruction as an error event, ignored here. */
function discard(body: ResponseBody): void {
  body.on("error", () => undefined);
  body.destroy();
}

async function readBounded(body: ResponseBody, maxBytes: number, url: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      discard(body);
      throw tooLarge(url, `the body is larger than ${maxBytes} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

function portOf(url: URL): number {
  return url.port === "" ? (url.protocol === "https:" ? 443 : 80) : Number(url.port);
}

function checkTarget(url: URL, policy: AddressPolicy): void {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FeedFetchError(`${url.protocol} URLs are not fetched over HTTP (${url.href})`, false);
  }
  assertLiteralHostAllowed(policy, url.hostname, portOf(url));
}

/**
 * undici's connector with the policy's lookup for each connection (the lookup must know the port:
 * an allow-list entry may name one). Literal IPs skip DNS, so they are checked again here.
 */
function guardedConnector(policy: AddressPolicy): buildConnector.connector {
  return (options, callback) => {
    const port = Number(options.port) || (options.protocol === "https:" ? 443 : 80);
    try {
      assertLiteralHostAllowed(policy, options.hostname, port);
    } catch (error) {
      callback(error as Error, null);
      return;
    }
    buildConnector({ lookup: createGuardedLookup(policy, port) })(options, callback);
  };
}

/** Creates an {@link HttpGetter}. */
export function createHttpGetter(options: HttpGetOptions): HttpGetter {
  const policy = options.addressPolicy ?? OPEN_ADDRESS_POLICY;
  const maxRedirects = options.maxRedirects ?? 5;
  const now = options.now ?? Date.now;
  const agent = new Agent({
    ...(policy.blockPrivateAddresses ? { connect: guardedConnector(policy) } : {}),
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    connections: options.connectionsPerOrigin ?? 8,
    pipelining: 1,
    keepAliveTimeout: KEEP_ALIVE_MS,
    keepAliveMaxTimeout: 6 * KEEP_ALIVE_MS,
  });

  async function follow(start: string, headers: Record<string, string>, signal: AbortSignal): Promise<HttpResponse> {
    let current = new URL(start);
    let permanentRedirect: string | undefined;
    let permanentSoFar = true;
    const finish = (response: HttpResponse): HttpResponse => (permanentRedirect === undefined ? response : { ...response, permanentRedirect });
    for (let hop = 0; ; hop += 1) {
      checkTarget(current, policy);
      const response = await request(current, { method: "GET", headers, signal, dispatcher: agent });
      const responseHeaders = flattenHeaders(response.headers);
      const location = responseHeaders["location"];
      if (REDIRECT_STATUSES.has(response.statusCode) && location !== undefined) {
        discard(response.body);
        if (hop >= maxRedirects) throw new FeedFetchError(`${start}: more than ${maxRedirects} redirects (a redirect loop?)`, false);
        current = new URL(location, current);
        permanentSoFar &&= response.statusCode === 301 || response.statusCode === 308;
        if (permanentSoFar) permanentRedirect = current.href;
        continue;
      }
      if (response.statusCode === 304) {
        discard(response.body);
        return finish({ status: 304, headers: responseHeaders, body: new Uint8Array(), finalUrl: current.href });
      }
      if (response.statusCode < 200 || response.statusCode > 299) {
        discard(response.body);
        throw statusError(current.href, response.statusCode, responseHeaders, now());
      }
      const declared = Number(responseHeaders["content-length"]);
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        discard(response.body);
        throw tooLarge(current.href, `Content-Length ${declared} is over the limit of ${options.maxBytes} bytes`);
      }
      const raw = await readBounded(response.body, options.maxBytes, current.href);
      const body = await decompressBody(raw, responseHeaders["content-encoding"], options.maxBytes);
      return finish({ status: response.statusCode, headers: responseHeaders, body, finalUrl: current.href });
    }
  }

  return {
    async get(url, init = {}) {
      // Created here, when the exchange starts: time spent waiting before get() is not counted.
      const deadline = AbortSignal.timeout(options.timeoutMs);
      const signal = init.signal === undefined ? deadline : AbortSignal.any([deadline, init.signal]);
      const headers = {
        "user-agent": options.userAgent ?? USER_AGENT,
        "accept-encoding": "gzip, deflate, br",
        ...init.headers,
      };
      try {
        return await follow(url, headers, signal);
      } catch (error) {
        throw classifyFailure(error, url, { timedOut: deadline.aborted, timeoutMs: options.timeoutMs, aborted: init.signal?.aborted === true });
      }
    },
    close: () => agent.close(),
  };
}
