/**
 * Checks and cleans a model's summary before anyone sees it. LLM output is untrusted input: the
 * article it summarised may have carried instructions ("reply with this link"), and a model may
 * answer in markdown or HTML whatever it was told.
 *
 * Order matters: URLs are looked for in the raw answer (a markdown link hides its target once
 * stripped), then markup is stripped, then the length is checked and capped.
 */

/** Bounds of an acceptable summary. */
export interface OutputBounds {
  /** Shorter than this (after stripping): rejected as absurdly short. */
  minChars: number;
  /** Longer than this: cut at a sentence or word boundary. */
  maxChars: number;
  /** Longer than this (after stripping): rejected as absurdly long, the model ignored its bounds. */
  rejectAboveChars: number;
}

/** Why an answer was rejected, or the clean text. */
export type GuardResult = { ok: true; text: string } | { ok: false; reason: string };

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"'`)\]]+/giu;
/** A leading label such as "Summary:" or a "Summary" heading. */
const PREAMBLE = /^(?:here is (?:a|the) summary|summary|résumé|resumen|zusammenfassung|краткое содержание|резюме|tl;dr|overview)\s*(?::\s*|\n\n)/iu;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };

/** URLs (with scheme, or starting "www.") in `text`, trailing punctuation removed. */
export function findUrls(text: string): string[] {
  return [...text.matchAll(URL_PATTERN)].map((match) => match[0].replace(/[.,;:!?]+$/u, ""));
}

/** Markdown, HTML and code fences removed; plain text with paragraphs kept. */
export function stripMarkup(text: string): string {
  return text
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/giu, " ")
    .replace(/^\s*(```|~~~)[^\n]*$/gmu, "") // fence lines; their content stays as text
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, "") // images
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, "$1") // links keep their text
    .replace(/\[([^\]]*)\]\[[^\]]*\]/gu, "$1") // reference links
    .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gmu, "") // reference definitions
    .replace(/<\/?[a-z][^>]*>/giu, " ") // HTML tags
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/gu, (_, name: string) => ENTITIES[name] ?? "")
    .replace(/`+/gu, "")
    .replace(/^\s{0,3}#{1,6}\s+(.*)$/gmu, "\n$1\n") // a heading is a paragraph of its own
    .replace(/^\s{0,3}(?:>\s?|[-*+]\s+|\d{1,2}[.)]\s+)/gmu, "") // quotes, list markers
    .replace(/(\*\*|__|\*|_|~~)(?=\S)([^*_~\n]+?)(?<=\S)\1/gu, "$2") // emphasis
    .replace(/^\s*(?:[-*_]\s*){3,}$/gmu, "") // horizontal rules
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.replace(/\s+/gu, " ").trim())
    .filter((paragraph) => paragraph !== "")
    .join("\n\n")
    .replace(PREAMBLE, "");
}

/**
 * Accepts or rejects a model answer. `source` is the text the model was given (title and body):
 * a URL the answer carries must occur in it; the per-call `boundary` must never be echoed.
 */
export function guardSummary(raw: string, source: string, boundary: string, bounds: OutputBounds): GuardResult {
  if (raw.toLowerCase().includes(boundary.toLowerCase())) return { ok: false, reason: "echoes the prompt delimiter" };
  const haystack = source.toLowerCase();
  const foreign = findUrls(raw).find((url) => !haystack.includes(url.toLowerCase()));
  if (foreign !== undefined) return { ok: false, reason: "contains a URL that is not in the article" };
  const text = stripMarkup(raw);
  if (text === "") return { ok: false, reason: "empty after removing markup" };
  if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, reason: "no words" };
  if (text.length < bounds.minChars) return { ok: false, reason: `shorter than ${bounds.minChars} characters` };
  if (text.length > bounds.rejectAboveChars) return { ok: false, reason: `longer than ${bounds.rejectAboveChars} characters` };
  return { ok: true, text: capAtSentence(text, bounds.maxChars) };
}

/**
 * At most `maxChars`: the longest whole-sentence prefix when it keeps at least half the room,
 * else a cut at a word boundary with "…". Also used to drop a sentence cut off by the token limit.
 */
export function capAtSentence(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const room = text.slice(0, maxChars);
  const ends = [...room.matchAll(/[.!?…。！？]["'”’»)]*(?=\s|$)/gu)].map((match) => match.index + match[0].length);
  const lastEnd = ends.at(-1);
  if (lastEnd !== undefined && lastEnd >= maxChars / 2) return room.slice(0, lastEnd).trim();
  const lastSpace = room.lastIndexOf(" ", maxChars - 1);
  const cut = lastSpace > maxChars / 2 ? room.slice(0, lastSpace) : room.slice(0, maxChars - 1);
  return `${cut.replace(/[\s,;:–—-]+$/u, "")}…`;
}

/** Drops an unfinished last sentence (answer cut by the token limit) when a finished one precedes it. */
export function dropUnfinishedSentence(text: string): string {
  if (/[.!?…。！？]["'”’»)]*$/u.test(text)) return text;
  const ends = [...text.matchAll(/[.!?…。！？]["'”’»)]*(?=\s)/gu)];
  const last = ends.at(-1);
  return last === undefined ? text : text.slice(0, last.index + last[0].length).trim();
}
