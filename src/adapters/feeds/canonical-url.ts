/**
 * Canonical form of an article URL, used as a dedupe key and as the link shown to users.
 */

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

const trackingNames = new Set(TRACKING_PARAMETERS);

function isTrackingParameter(rawName: string): boolean {
  let name: string;
  try {
    name = decodeURIComponent(rawName.replace(/\+/g, " ")).toLowerCase();
  } catch {
    name = rawName.toLowerCase();
  }
  return name.startsWith("utm_") || trackingNames.has(name);
}

/**
 * The canonical form of `raw` (resolved against `base` when relative): absolute http(s) only
 * (anything else gives `undefined`), lower-case host (the WHATWG URL parser does that), no
 * default port, no fragment, no user name or password, and no {@link TRACKING_PARAMETERS}.
 * The remaining query parameters keep their order and their original encoding.
 */
export function canonicalizeUrl(raw: string | undefined, base?: string): string | undefined {
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
  url.hash = "";
  url.username = "";
  url.password = "";
  if (url.search !== "") {
    const kept = url.search
      .slice(1)
      .split("&")
      .filter((pair) => pair !== "" && !isTrackingParameter(pair.split("=", 1)[0] ?? ""));
    url.search = kept.length > 0 ? `?${kept.join("&")}` : "";
  }
  return url.href;
}
