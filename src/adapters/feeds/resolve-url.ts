/**
 * Resolving the links of a feed document: relative references against `xml:base` or the URL the
 * feed was fetched from, keeping only absolute http(s) results.
 */

/** `raw` resolved against `base` when relative; `undefined` unless the result is http(s). */
export function resolveHttpUrl(raw: string | undefined, base?: string): string | undefined {
  if (raw === undefined) return undefined;
  const trimmed = raw.trim();
  // A "link" holding markup (a nested <link rel="canonical"/> in the channel link) is no URL.
  if (trimmed === "" || /[<>]/.test(trimmed)) return undefined;
  try {
    const url = base === undefined ? new URL(trimmed) : new URL(trimmed, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The base URL for the links of an element: its `xml:base` resolved against the parent's base,
 * or the parent's base itself. Non-http(s) results still serve as a base (a `file:` feed URL).
 */
export function resolveBase(xmlBase: string | undefined, parentBase: string | undefined): string | undefined {
  if (xmlBase === undefined || xmlBase.trim() === "") return parentBase;
  try {
    return parentBase === undefined ? new URL(xmlBase.trim()).href : new URL(xmlBase.trim(), parentBase).href;
  } catch {
    return parentBase;
  }
}

/**
 * The base for the links of a whole feed document: its `xml:base` against the URL it was read
 * from; when that is no http(s) URL (a local `file:` feed), the first absolute http(s) link the
 * feed gives for itself (`ownLinks`: its self link, then its site link), so that relative item
 * links still resolve to the site they belong to.
 */
export function documentBase(xmlBase: string | undefined, readFrom: string, ownLinks: Array<string | undefined>): string | undefined {
  const base = resolveBase(xmlBase, readFrom);
  if (base !== undefined && /^https?:/iu.test(base)) return base;
  for (const link of ownLinks) {
    const absolute = resolveHttpUrl(link);
    if (absolute !== undefined) return resolveBase(xmlBase, absolute);
  }
  return base;
}
