/**
 * Time phrases for documents, in the reader's time zone. Pure (Intl only; formatters are cached,
 * which changes nothing but memory and speed).
 */

/** The formats documents use, by name. */
const FORMATS = {
  day: { year: "numeric", month: "2-digit", day: "2-digit" },
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  shortDate: { weekday: "short", day: "numeric", month: "short" },
  longDate: { weekday: "long", day: "numeric", month: "long" },
  yearDate: { day: "numeric", month: "short", year: "numeric" },
  year: { year: "numeric" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** Formatters kept (formats × time zones in use; cleared if ever this many). */
const MAX_FORMATTERS = 2_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A British-English formatter for one of {@link FORMATS} in `timeZone`, made once and reused. Each
 * `new Intl.DateTimeFormat` takes about 25 KB of native (ICU) memory that the process does not give
 * back even after garbage collection: made per call, a round of 3,000 briefings grew an instance's
 * RSS by some 340 MB (bench/memory.bench.ts). Throws a RangeError for an unknown time zone, as the
 * constructor does.
 */
export function dateTimeFormat(format: keyof typeof FORMATS, timeZone: string): Intl.DateTimeFormat {
  const key = `${format} ${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", { timeZone, ...FORMATS[format] });
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "07:05" or "Mon 12 May, 07:05" when not on the same local day as `now`. */
export function formatLocalTime(at: number, now: number, timeZone: string): string {
  const day = dateTimeFormat("day", timeZone);
  const time = dateTimeFormat("time", timeZone).format(at);
  if (day.format(at) === day.format(now)) return time;
  return `${dateTimeFormat("shortDate", timeZone).format(at)}, ${time}`;
}

/** "5 min ago", "3 h ago", "2 d ago". */
export function formatAge(at: number, now: number): string {
  const minutes = Math.max(0, Math.round((now - at) / 60_000));
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.round(hours / 24)} d ago`;
}

/** "1 story" / "3 stories". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/**
 * The dates of the stories a header stands above, exactly: "published 07:06", "newest 07:06, oldest
 * Wed 2 Dec, 07:06", with ", 2 undated" (or "undated") for stories whose date is unknown.
 */
export function describeDates(dates: readonly (number | undefined)[], now: number, timeZone: string): string {
  const known = dates.filter((date): date is number => date !== undefined);
  const undated = dates.length - known.length;
  const parts: string[] = [];
  if (known.length > 0) {
    const newest = headerTime(Math.max(...known), now, timeZone);
    const oldest = headerTime(Math.min(...known), now, timeZone);
    parts.push(newest === oldest ? `published ${newest}` : `newest ${newest}, oldest ${oldest}`);
  }
  if (undated > 0) parts.push(known.length === 0 ? "undated" : `${undated} undated`);
  return parts.join(", ");
}

/** {@link formatLocalTime}, or "5 Aug 2018" for a date of another year than `now`'s. */
function headerTime(at: number, now: number, timeZone: string): string {
  const year = dateTimeFormat("year", timeZone);
  return year.format(at) === year.format(now) ? formatLocalTime(at, now, timeZone) : dateTimeFormat("yearDate", timeZone).format(at);
}
