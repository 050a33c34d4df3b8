/**
 * The {@link FeedParser} over feedsmith: bytes → text (decode-feed-text) → cleaned document
 * (classify-document) → feedsmith → normalised {@link ParsedFeed}. Every failure is a
 * `FeedParseError` whose message says what is wrong in operator terms.
 */
import { detectJsonFeed, parseAtomFeed, parseJsonFeed, parseRdfFeed, parseRssFeed } from "feedsmith";
import { describeError, FeedParseError } from "../../core/shared/errors.js";
import type { ParsedFeed } from "../../core/feeds/feed.js";
import type { FeedParser } from "../../core/feeds/feed-ports.js";
import { classifyDocument } from "./classify-document.js";
import { decodeFeedText } from "./decode-feed-text.js";
import { extractOrigLinks } from "./feedburner-links.js";
import { describeHtmlPage } from "./html-page.js";
import { normalizeAtom } from "./normalize-atom.js";
import type { NormalizeContext } from "./normalize-context.js";
import { normalizeJson } from "./normalize-json.js";
import { normalizeRdf } from "./normalize-rdf.js";
import { normalizeRss } from "./normalize-rss.js";
import { isRootClosed, limitXmlItems, recoverTruncatedXml } from "./recover-truncated-xml.js";
import { normalizeRssShape } from "./rss-shape.js";

/** Options of {@link createFeedParser}. */
export interface FeedParserOptions {
  /** Items kept per feed, from the top (feed order). Default 500. */
  maxItems?: number;
  /** Larger documents are rejected before decoding. Default 10 MiB. */
  maxInputBytes?: number;
  /** Told about lenient recoveries (junk removed, truncated document cut). */
  onWarning?: (message: string, context: { url: string }) => void;
}

const DEFAULT_MAX_ITEMS = 500;
const DEFAULT_MAX_INPUT_BYTES = 10 * 1024 * 1024;

interface Settings {
  maxItems: number;
  maxInputBytes: number;
  warn: (message: string, context: { url: string }) => void;
}

/** Whether a JSON text ends inside a string or with objects/arrays still open. */
function isTruncatedJson(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i += 1; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) depth += 1;
    else if (ch === 0x7d || ch === 0x5d) depth -= 1;
  }
  return inString || depth > 0;
}

function parseJsonDocument(text: string, url: string, settings: Settings): ParsedFeed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const why = isTruncatedJson(text) ? "it is truncated (it ends inside an unfinished object or string)" : "it is not valid JSON";
    throw new FeedParseError(`The JSON feed at ${url} cannot be read: ${why} (${describeError(error)}).`, { cause: error });
  }
  if (!detectJsonFeed(json)) throw new FeedParseError(`The JSON document at ${url} is not a JSON Feed.`);
  const context: NormalizeContext = { url, origLinks: new Map() };
  return normalizeJson(parseJsonFeed(json, { maxItems: settings.maxItems }), context);
}

function parseXmlDocument(root: string, xml: string, url: string, settings: Settings): ParsedFeed {
  const local = root.slice(root.indexOf(":") + 1).toLowerCase();
  if (local !== "rss" && local !== "feed" && local !== "rdf") {
    throw new FeedParseError(`The document at ${url} is XML but not a feed: its root element is <${root}>, expected <rss>, <feed> or <rdf:RDF>.`);
  }
  let text = xml;
  if (!isRootClosed(text, root)) {
    const recovered = recoverTruncatedXml(text);
    if (recovered === undefined) {
      throw new FeedParseError(`The feed at ${url} is truncated: it ends before </${root}> and holds no complete item.`);
    }
    settings.warn(`The feed is truncated (no </${root}>); only its complete items were read.`, { url });
    text = recovered.text;
  }
  if (settings.maxItems > 0) text = limitXmlItems(text, settings.maxItems);
  const context: NormalizeContext = { url, origLinks: extractOrigLinks(text) };
  const options = { maxItems: settings.maxItems };
  try {
    if (local === "rss") return normalizeRss(parseRssFeed(normalizeRssShape(text, root), options), context);
    if (local === "feed") return normalizeAtom(parseAtomFeed(text, options), context);
    return normalizeRdf(parseRdfFeed(text, options), context);
  } catch (error) {
    if (error instanceof FeedParseError) throw error;
    throw new FeedParseError(`The ${local.toUpperCase()} document at ${url} cannot be parsed: ${describeError(error)}.`, { cause: error });
  }
}

function parseDocument(body: Uint8Array, url: string, contentType: string | undefined, settings: Settings): ParsedFeed {
  if (body.byteLength > settings.maxInputBytes) {
    throw new FeedParseError(`The feed at ${url} is too large to parse (${body.byteLength} bytes, limit ${settings.maxInputBytes}).`);
  }
  const document = classifyDocument(decodeFeedText(body, contentType).text);
  switch (document.kind) {
    case "empty":
      throw new FeedParseError(`The document at ${url} is empty.`);
    case "unknown":
      throw new FeedParseError(`The document at ${url} is not a feed: it is neither XML nor JSON.`);
    case "html":
      throw new FeedParseError(describeHtmlPage(document.text, url));
    case "json":
      return parseJsonDocument(document.text, url, settings);
    case "xml":
      if (document.junkRemoved) settings.warn("Junk before the XML declaration or root element was ignored.", { url });
      return parseXmlDocument(document.root, document.text, url, settings);
  }
}

/** Creates the feed parser. Its `parse` throws only `FeedParseError`. */
export function createFeedParser(options: FeedParserOptions = {}): FeedParser {
  const settings: Settings = {
    maxItems: options.maxItems ?? DEFAULT_MAX_ITEMS,
    maxInputBytes: options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES,
    warn: options.onWarning ?? (() => undefined),
  };
  return {
    parse(body, meta) {
      try {
        return parseDocument(body, meta.url, meta.contentType, settings);
      } catch (error) {
        if (error instanceof FeedParseError) throw error;
        throw new FeedParseError(`The feed at ${meta.url} cannot be parsed: ${describeError(error)}.`, { cause: error });
      }
    },
  };
}
