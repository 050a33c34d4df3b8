/**
 * Time phrases for documents, in the reader's time zone and language. Pure (Intl only; formatters
 * are cached per language, format and time zone, which changes nothing but memory and speed).
 */
import type { TextOf } from "./translator.js";

/** The formats documents use, by name. */
const FORMATS = {
  day: { year: "numeric", month: "2-digit", day: "2-digit" },
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  shortDate: { weekday: "short", day: "numeric", month: "short" },
  longDate: { weekday: "long", day: "numeric", month: "long" },
  yearDate: { day: "numeric", month: "short", year: "numeric" },
  year: { year: "numeric" },
  weekday: { weekday: "long" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** Formatters kept (languages × formats × time zones in use; cleared if ever this many). */
const MAX_FORMATTERS = 2_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The Intl locale of a chat language: English dates stay British ("Thursday 3 December"), as before languages. */
function localeOf(language: string): string {
  return language === "en" ? "en-GB" : language;
}

/**
 * A formatter for one of {@link FORMATS} in `timeZone` and `language` (default English, written
 * the British way), made once and reused. Each `new Intl.DateTimeFormat` takes about 25 KB of
 * native (ICU) memory that the process does not give back even after garbage collection: made per
 * call, a round of 3,000 briefings grew an instance's RSS by some 340 MB (bench/memory.bench.ts).
 * Throws a RangeError for an unknown time zone, as the constructor does.
 */
export function dateTimeFormat(format: keyof typeof FORMATS, timeZone: string, language = "en"): Intl.DateTimeFormat {
  const key = `${language} ${format} ${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(localeOf(language), { timeZone, ...FORMATS[format] });
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "07:05" or "Mon 12 May, 07:05" when not on the same local day as `now` ("Mo., 12. Mai, 07:05" in German). */
export function formatLocalTime(at: number, now: number, timeZone: string, language = "en"): string {
  const day = dateTimeFormat("day", timeZone, language);
  const time = dateTimeFormat("time", timeZone, language).format(at);
  if (day.format(at) === day.format(now)) return time;
  return `${dateTimeFormat("shortDate", timeZone, language).format(at)}, ${time}`;
}

/** Relative-time and unit formatters by language (a handful: one per shipped language). */
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const unitFormats = new Map<string, Intl.NumberFormat>();

function relativeFormat(language: string, numeric: "always" | "auto"): Intl.RelativeTimeFormat {
  const key = `${language}|${numeric}`;
  let format = relativeFormats.get(key);
  if (!format) {
    format = new Intl.RelativeTimeFormat(language, { style: "short", numeric });
    relativeFormats.set(key, format);
  }
  return format;
}

/**
 * A cached unit formatter ("3 Std.", short; "3h", narrow) for the language: one per language, unit
 * and width.
 */
export function unitFormat(language: string, unit: "minute" | "hour" | "day", width: "short" | "narrow" = "short"): Intl.NumberFormat {
  const key = `${language}|${unit}|${width}`;
  let format = unitFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), { style: "unit", unit, unitDisplay: width });
    unitFormats.set(key, format);
  }
  return format;
}

/** The age of `at` in whole units: minutes below an hour, hours below two days, else days. */
function ageOf(at: number, now: number): { value: number; unit: "minute" | "hour" | "day" } {
  const minutes = Math.max(0, Math.round((now - at) / 60_000));
  if (minutes < 60) return { value: minutes, unit: "minute" };
  const hours = Math.round(minutes / 60);
  if (hours < 48) return { value: hours, unit: "hour" };
  return { value: Math.round(hours / 24), unit: "day" };
}

const ENGLISH_UNITS = { minute: "min", hour: "h", day: "d" } as const;

/**
 * "5 min ago", "3 h ago", "2 d ago", "just now" in English; in other languages Intl's short
 * relative time ("vor 3 Std.", "3 ч назад", "il y a 2 j", "jetzt").
 */
export function formatAge(at: number, now: number, language = "en"): string {
  const { value, unit } = ageOf(at, now);
  if (language === "en") return value < 1 ? "just now" : `${value} ${ENGLISH_UNITS[unit]} ago`;
  return value < 1 ? relativeFormat(language, "auto").format(0, "second") : relativeFormat(language, "always").format(-value, unit);
}

/**
 * How long since `at`: "5 min", "3 h", "2 d" ("under a minute") in English, Intl's short units in
 * other languages ("3 Std.", "2 дн."; at least 1 min).
 */
export function formatDuration(at: number, now: number, language = "en"): string {
  const { value, unit } = ageOf(at, now);
  if (language === "en") return value < 1 ? "under a minute" : `${value} ${ENGLISH_UNITS[unit]}`;
  return unitFormat(language, unit).format(Math.max(1, value));
}

/** "1 story" / "3 stories" (English only: documents use the catalogue's plural messages). */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/**
 * The dates of the stories a header stands above, exactly: "published 07:06", "newest 07:06, oldest
 * Wed 2 Dec, 07:06", with ", 2 undated" (or "undated") for stories whose date is unknown; the
 * phrases are the catalogue's (`dates-*`), the times Intl's for `language`.
 */
export function describeDates(dates: readonly (number | undefined)[], now: number, timeZone: string, text: TextOf, language = "en"): string {
  const known = dates.filter((date): date is number => date !== undefined);
  const undated = dates.length - known.length;
  const parts: string[] = [];
  if (known.length > 0) {
    const newest = headerTime(Math.max(...known), now, timeZone, language);
    const oldest = headerTime(Math.min(...known), now, timeZone, language);
    parts.push(newest === oldest ? text("dates-published", { time: newest }) : text("dates-range", { newest, oldest }));
  }
  if (undated > 0) parts.push(known.length === 0 ? text("dates-all-undated") : text("dates-undated", { count: undated }));
  return parts.join(", ");
}

/** {@link formatLocalTime}, or "5 Aug 2018" for a date of another year than `now`'s. */
function headerTime(at: number, now: number, timeZone: string, language: string): string {
  const year = dateTimeFormat("year", timeZone, language);
  return year.format(at) === year.format(now) ? formatLocalTime(at, now, timeZone, language) : dateTimeFormat("yearDate", timeZone, language).format(at);
}
