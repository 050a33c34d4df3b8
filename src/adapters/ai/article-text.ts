/**
 * The full text of an article page, for summaries when the feed carried only a teaser.
 *
 * Article pages are addresses taken from feeds, i.e. chosen by third parties, so unlike feed
 * fetching the address policy is ON: private, loopback and link-local addresses are refused
 * after DNS and on every redirect (the feeds adapter's {@link createHttpGetter}), except for
 * allow-listed hosts. Size and time are bounded; the page is parsed with linkedom and the article
 * extracted with Mozilla Readability, then turned into bounded plain text.
 *
 * Never throws for page problems: every failure gives `undefined` and a debug log line.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Article } from "../../core/articles/article.js";
import type { ArticleTextSource } from "../../core/summaries/summary-ports.js";
import { decodeFeedText } from "../feeds/decode-feed-text.js";
import type { AllowEntry } from "../feeds/address-policy.js";
import { createHttpGetter, type HttpGetter } from "../feeds/http-get.js";
import { htmlToText, truncateAtWord } from "../feeds/plain-text.js";

/** Options of {@link createArticleTextSource}. */
export interface ArticleTextOptions {
  /** What the fetch policy allows beyond public addresses (`FETCH_ALLOW_HOSTS`, parsed). */
  allow?: readonly AllowEntry[];
  /** Deadline of one page fetch (connect to last byte). Default 10 000 ms. */
  timeoutMs?: number;
  /** Largest page accepted, as sent and decompressed. Default 2 MB. */
  maxBytes?: number;
  /** Characters of text returned at most. Default 20 000. */
  maxChars?: number;
  /** Extracted text shorter than this is taken as a failed extraction. Default 200. */
  minChars?: number;
  /** Replaces the HTTP client (tests); default: the feeds adapter's bounded GET with the policy on. */
  getter?: Pick<HttpGetter, "get">;
  /** Debug logging of failures (URL and reason; never page content). */
  debug?: (context: object, message: string) => void;
}

/** An {@link ArticleTextSource} that also releases pooled connections. */
export interface HttpArticleTextSource extends ArticleTextSource {
  close(): Promise<void>;
}

type ParsedDocument = ReturnType<typeof parseHTML>["document"];

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/iu;
/** Readability walks the whole tree; a hostile page should not make it walk forever. */
const MAX_ELEMENTS = 30_000;
const ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";

/** Creates the article full-text source. */
export function createArticleTextSource(options: ArticleTextOptions = {}): HttpArticleTextSource {
  const maxBytes = options.maxBytes ?? 2_000_000;
  const maxChars = options.maxChars ?? 20_000;
  const minChars = options.minChars ?? 200;
  const debug = options.debug ?? (() => undefined);
  let owned: HttpGetter | undefined;
  const getter =
    options.getter ??
    (owned = createHttpGetter({
      timeoutMs: options.timeoutMs ?? 10_000,
      maxBytes,
      maxRedirects: 5,
      addressPolicy: { blockPrivateAddresses: true, allow: options.allow ?? [] },
    }));

  return {
    async fullText(article: Article, signal: AbortSignal) {
      if (!/^https?:\/\//iu.test(article.url)) return undefined;
      try {
        const response = await getter.get(article.url, { headers: { accept: ACCEPT }, signal });
        const contentType = response.headers["content-type"];
        if (contentType !== undefined && !HTML_TYPES.test(contentType)) {
          debug({ url: article.url, contentType }, "article page is not HTML");
          return undefined;
        }
        const text = extractArticleText(decodeHtml(response.body, contentType), maxChars);
        if (text === undefined || text.length < minChars) {
          debug({ url: article.url, chars: text?.length ?? 0 }, "no article text found on the page");
          return undefined;
        }
        return text;
      } catch (error) {
        debug({ url: article.url, error: error instanceof Error ? error.message : String(error) }, "article page not fetched");
        return undefined;
      }
    },
    close: async () => {
      await owned?.close();
    },
  };
}

/** The readable article of an HTML page as plain text (paragraphs kept), or undefined. */
export function extractArticleText(html: string, maxChars: number): string | undefined {
  const { document } = parseHTML(html);
  removeAdvertising(document);
  const parsed = new Readability(document, { maxElemsToParse: MAX_ELEMENTS, charThreshold: 200 }).parse();
  const content = parsed?.content;
  if (typeof content !== "string" || content === "") return undefined;
  const text = htmlToText(content);
  return text === "" ? undefined : truncateAtWord(text, maxChars);
}

/** Class or id tokens of advertising blocks, which Readability keeps when they sit inside the article. */
const AD_TOKEN = /^(?:ad|ads|advert|advertisement|adslot|ad-slot|inline-ad|ad-container|sponsored|promo|newsletter-signup)$/iu;

/** Removes elements whose class or id names them as advertising. */
function removeAdvertising(document: ParsedDocument): void {
  for (const element of [...document.querySelectorAll("[class], [id]")]) {
    const tokens = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`.split(/\s+/u);
    if (tokens.some((token) => AD_TOKEN.test(token))) element.remove();
  }
}

/** Decodes page bytes: BOM, HTTP charset, else a `<meta charset>` near the top, else UTF-8 / windows-1252. */
function decodeHtml(bytes: Uint8Array, contentType: string | undefined): string {
  let type = contentType;
  if (!/charset=/iu.test(type ?? "")) {
    const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
    const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head);
    if (meta?.[1] !== undefined) type = `text/html; charset=${meta[1]}`;
  }
  return decodeFeedText(bytes, type).text;
}
