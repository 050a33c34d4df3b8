/**
 * How an item is recognised when it comes back: by guid, then canonical URL, then title.
 */
import { hash } from "node:crypto";
import type { FeedItem } from "./feed.js";
import { tokenize } from "../shared/fold-text.js";
import type { DedupeKeys } from "../articles/article-ports.js";

/** Guids this long or shaped like a URL/URN are taken as globally unique; shorter ones are scoped by host. */
const GLOBAL_GUID = /^(https?:|urn:|tag:)|^[0-9a-f-]{32,}$/iu;

/** The dedupe keys of an item read from `feedUrl`. */
export function dedupeKeysOf(item: FeedItem, feedUrl: string): DedupeKeys {
  const scope = hostOf(item.url) ?? hostOf(feedUrl) ?? feedUrl;
  const keys: DedupeKeys = {};
  const guid = item.guid?.trim();
  if (guid) keys.guid = GLOBAL_GUID.test(guid) ? guid : `${hostOf(feedUrl) ?? feedUrl}|${guid}`;
  if (item.url) keys.url = item.url;
  const fingerprint = titleFingerprint(item.title);
  if (fingerprint.split(" ").length >= 3) keys.titleFingerprint = `${scope}|${fingerprint}`;
  return keys;
}

/** A stable short id derived from the most reliable key. */
export function articleIdOf(keys: DedupeKeys, fallback: string): string {
  const primary = keys.guid ?? keys.url ?? keys.titleFingerprint ?? fallback;
  return hash("sha256", primary, "hex").slice(0, 12);
}

/** Title reduced to folded words: case, accents, punctuation and spacing do not matter. */
export function titleFingerprint(title: string): string {
  return tokenize(title, 60).join(" ").slice(0, 300);
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const host = new URL(url).hostname;
    return host.replace(/^(www|feeds?|rss)\./u, "") || undefined;
  } catch {
    return undefined;
  }
}
