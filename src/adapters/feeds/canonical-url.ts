/**
 * Canonical form of an article URL, used as a dedupe key and as the link shown to users. The
 * normalisation is normalize-url's (host, port, credentials, fragment, dot segments and duplicate
 * slashes in the path, percent-encoding); ours on top: http(s) only, resolution against a base,
 * no markup, and the tracking parameters below. Changing this form changes dedupe keys: stored
 * articles get the new key once at start-up (src/core/canonical-url-migration.ts).
 */
import normalizeUrl, { type Options } from "normalize-url";

/**
 * Query parameters removed from article URLs because they only track the click, never select
 * the content. Matched case-insensitively on the decoded parameter name. Any name starting with
 * `utm_` is removed as well (Google Analytics campaign parameters).
 */
export const TRACKING_PARAMETERS: readonly string[] = [
  "fbclid", // Facebook click id
  "gclid", // Google Ads click id
  "dclid", // Google Display & Video click id
  "gbraid", // Google Ads (iOS, app-to-web)
  "wbraid", // Google Ads (iOS, web-to-app)
  "msclkid", // Microsoft Ads click id
  "mc_cid", // Mailchimp campaign id
  "mc_eid", // Mailchimp subscriber id
  "igshid", // Instagram share id
  "yclid", // Yandex click id
  "twclid", // X/Twitter click id
  "ttclid", // TikTok click id
  "_hsenc", // HubSpot
  "_hsmi", // HubSpot
  "ref_src", // X/Twitter referral
  "ref_url", // X/Twitter referral
  "cmpid", // campaign id (Guardian, many publishers)
  "ocid", // Microsoft/MSN campaign id
  "wt_mc", // Webtrekk campaign (heise, many German publishers)
  "wt_zmc", // Webtrekk campaign
  "mkt_tok", // Marketo
  "oly_anon_id", // Omeda
  "oly_enc_id", // Omeda
  "vero_id", // Vero
  "rb_clickid", // Rakuten
  "_ga", // Google Analytics cross-domain linker
  "_gl", // Google Analytics cross-domain linker
];

/** `utm_*` and the names above, whatever their case (normalize-url matches decoded names). */
const TRACKING = new RegExp(`^(?:utm_.*|${TRACKING_PARAMETERS.map((name) => name.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join("|")})$`, "iu");

/** What normalize-url may change: nothing that could point at another page (www, trailing slash, order). */
const NORMALIZE: Options = {
  normalizeProtocol: false,
  stripAuthentication: true,
  stripHash: true,
  stripTextFragment: true,
  stripWWW: false,
  removeQueryParameters: [TRACKING],
  removeTrailingSlash: false,
  removeSingleSlash: false,
  removeExplicitPort: false,
  sortQueryParameters: false,
};

/**
 * The canonical form of `raw` (resolved against `base` when relative): absolute http(s) only
 * (anything else gives `undefined`), normalised by normalize-url (see {@link NORMALIZE}) without
 * {@link TRACKING_PARAMETERS}. The remaining query parameters keep their order, in one encoding
 * (application/x-www-form-urlencoded, as URLSearchParams writes it: `?a` becomes `?a=`).
 */
export function canonicalizeUrl(raw: string | undefined, base?: string): string | undefined {
  return canonicalize(raw, base, true);
}

function canonicalize(raw: string | undefined, base: string | undefined, shortcut: boolean): string | undefined {
  if (raw === undefined) return undefined;
  const trimmed = raw.trim();
  if (trimmed === "" || /[<>]/.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = base === undefined ? new URL(trimmed) : new URL(trimmed, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  if (url.hostname === "") return undefined;
  if (shortcut && isNormalForm(url)) return withoutTracking(url).href;
  let normalized: URL;
  try {
    normalized = new URL(normalizeUrl(url.href, NORMALIZE));
  } catch {
    return undefined;
  }
  // normalize-url re-encodes the query only when it removed a parameter: encode it always, so that
  // a link with and without tracking parameters, or spelt `%2D` or `-`, has one form.
  if (normalized.search !== "") normalized.search = normalized.searchParams.toString();
  return normalized.href;
}

/**
 * Whether normalize-url would change nothing of `url` but its query (with {@link NORMALIZE}): no
 * credentials, no fragment (not even an empty `#`), no doubled slash and no percent-escape in the
 * path (it rewrites those), no trailing dot on the host. The WHATWG parser has already lower-cased
 * the host, dropped the default port and resolved dot segments. Most article links are of this
 * form; they skip normalize-url's own parse and rewrite (most of the cost of an item's URL), with
 * the same result (test/adapters/feeds/canonical-url.test.ts compares both ways on awkward URLs).
 */
function isNormalForm(url: URL): boolean {
  return url.username === "" && url.password === "" && !url.href.includes("#") && !url.pathname.includes("//") &&
    !url.pathname.includes("%") && !url.hostname.endsWith(".");
}

/** `url` without tracking parameters, the rest of its query in URLSearchParams' encoding (as normalize-url leaves it, then ours). */
function withoutTracking(url: URL): URL {
  if (url.search === "") return url;
  const parameters = url.searchParams;
  for (const name of [...parameters.keys()]) if (TRACKING.test(name)) parameters.delete(name);
  url.search = parameters.toString();
  return url;
}

/** The canonical form through normalize-url alone, without the shortcut of {@link isNormalForm} (tests compare the two). */
export function canonicalizeUrlSlowly(raw: string | undefined, base?: string): string | undefined {
  return canonicalize(raw, base, false);
}
