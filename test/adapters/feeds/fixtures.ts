/**
 * Reading the feed fixtures of test/fixtures/feeds and parsing them the way the poller does.
 */
import { readFileSync } from "node:fs";
import type { ParsedFeed } from "../../../src/core/feeds/feed.js";
import { createFeedParser } from "../../../src/adapters/feeds/parse-feed.js";

/** The bytes of a fixture file. */
export function fixture(name: string): Buffer {
  return readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url));
}

/** Parses bytes (or a string, UTF-8 encoded) as if fetched from `url`. */
export function parse(body: Uint8Array | string, url = "https://news.example.com/feeds/main", contentType?: string): ParsedFeed {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  return createFeedParser().parse(bytes, contentType === undefined ? { url } : { url, contentType });
}

/** A minimal RSS 2.0 document around the given item XML. */
export function rss(items: string, channelExtra = ""): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test Channel</title><link>https://news.example.com/</link><description>d</description>${channelExtra}${items}</channel></rss>`;
}
