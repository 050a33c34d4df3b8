/**
 * The host a feed is fetched from, as the poller's per-host limit counts it.
 */

/**
 * `host:port` of an http(s) URL, lower-cased (the unit of connection pools); `file:` and
 * unparsable URLs each share one key, so that they are limited too.
 */
export function hostKeyOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.host.toLowerCase() : parsed.protocol;
  } catch {
    return "(invalid)";
  }
}
