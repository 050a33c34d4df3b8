/**
 * Times and durations in command answers, in the chat's language, on the cached Intl formatters of
 * src/core/shared/format-time.ts (times of day there: `formatLocalTime`).
 */
import type { BriefingSchedule } from "../chats/chat.js";
import { describeSchedule } from "../chats/briefing-schedule-input.js";
import { dateTimeFormat, unitFormat } from "../shared/format-time.js";
import type { TextOf } from "../shared/translator.js";

/** The name of an ISO weekday (1 = Monday) in the language: "Monday", "Montag", "понедельник". */
export function weekdayNameIn(language: string, isoDay: number): string {
  // 1 January 2024 was a Monday.
  return dateTimeFormat("weekday", "UTC", language).format(Date.UTC(2024, 0, isoDay));
}

/** A duration as days, hours and minutes in the language's narrow units: "2d 3h 5m", "2 T 3 Std. 5 Min.". */
export function durationIn(language: string, ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const days = Math.floor(minutes / 1_440);
  const hours = Math.floor((minutes % 1_440) / 60);
  const unit = (name: "day" | "hour" | "minute", value: number): string => unitFormat(language, name, "narrow").format(value);
  const parts = [...(days > 0 ? [unit("day", days)] : []), ...(days > 0 || hours > 0 ? [unit("hour", hours)] : []), unit("minute", minutes % 60)];
  return parts.join(" ");
}

/** A briefing schedule in the chat's language: "07:00 Europe/London, weekdays"; other days by their names (as typed in English). */
export function scheduleIn(schedule: BriefingSchedule, language: string, text: TextOf): string {
  return describeSchedule(schedule, text, language === "en" ? undefined : (day) => weekdayNameIn(language, day));
}
