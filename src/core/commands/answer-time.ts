/**
 * Times and durations in command answers, in the chat's language (Intl only). English reads as
 * British English, as the documents do ("Mon 12 May, 07:05"). Formatters are made once per
 * language, format and time zone and kept: each Intl.DateTimeFormat costs native memory the
 * process does not give back (see src/core/shared/format-time.ts).
 */

import type { BriefingSchedule } from "../chats/chat.js";
import { describeSchedule } from "../chats/briefing-schedule-input.js";
import type { TextOf } from "../shared/translator.js";

/** Formatters kept (languages × formats × time zones in use; cleared if ever this many). */
const MAX_FORMATTERS = 2_000;
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make();
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The Intl locale for a shipped language: British English for "en". */
export function intlLocale(language: string): string {
  return language === "en" ? "en-GB" : language;
}

const DATE_FORMATS = {
  day: { year: "numeric", month: "2-digit", day: "2-digit" },
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  shortDate: { weekday: "short", day: "numeric", month: "short" },
  weekday: { weekday: "long" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

function dateFormat(language: string, format: keyof typeof DATE_FORMATS, timeZone: string): Intl.DateTimeFormat {
  return cached(`${language} ${format} ${timeZone}`, () => new Intl.DateTimeFormat(intlLocale(language), { timeZone, ...DATE_FORMATS[format] }));
}

/** "07:05", or "Mon 12 May, 07:05" ("Mo., 12. Mai, 07:05") when not on the same local day as `now`. */
export function localTimeIn(language: string, at: number, now: number, timeZone: string): string {
  const day = dateFormat(language, "day", timeZone);
  const time = dateFormat(language, "time", timeZone).format(at);
  if (day.format(at) === day.format(now)) return time;
  return `${dateFormat(language, "shortDate", timeZone).format(at)}, ${time}`;
}

/** The name of an ISO weekday (1 = Monday) in the language: "Monday", "Montag", "понедельник". */
export function weekdayNameIn(language: string, isoDay: number): string {
  // 1 January 2024 was a Monday.
  return dateFormat(language, "weekday", "UTC").format(Date.UTC(2024, 0, isoDay));
}

/** A duration as days, hours and minutes in the language's narrow units: "2d 3h 5m", "2 T 3 Std. 5 Min.". */
export function durationIn(language: string, ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const days = Math.floor(minutes / 1_440);
  const hours = Math.floor((minutes % 1_440) / 60);
  const unit = (name: "day" | "hour" | "minute", value: number): string =>
    cached(`${language} unit ${name}`, () => new Intl.NumberFormat(intlLocale(language), { style: "unit", unit: name, unitDisplay: "narrow" })).format(value);
  const parts = [...(days > 0 ? [unit("day", days)] : []), ...(days > 0 || hours > 0 ? [unit("hour", hours)] : []), unit("minute", minutes % 60)];
  return parts.join(" ");
}

/** A briefing schedule in the chat's language: "07:00 Europe/London, weekdays"; other days by their names (as typed in English). */
export function scheduleIn(schedule: BriefingSchedule, language: string, text: TextOf): string {
  return describeSchedule(schedule, text, language === "en" ? undefined : (day) => weekdayNameIn(language, day));
}
