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
