/**
 * Parsing what users type after /briefing: `off`, `on`, or `HH:MM [Area/City] [daily|weekdays|weekends|mon,wed,fri]`.
 */
import { quoteTyped, refuse } from "../shared/user-messages.js";
import { type TextOf, message } from "../shared/translator.js";
import type { BriefingSchedule } from "./chat.js";

const DAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const DAY_SETS: Record<string, number[]> = { daily: [1, 2, 3, 4, 5, 6, 7], weekdays: [1, 2, 3, 4, 5], weekends: [6, 7] };

/** A schedule change, or undefined when the input asks for nothing to change. */
export function parseBriefingSchedule(input: string, isTimeZone: (name: string) => boolean): Partial<Omit<BriefingSchedule, "since">> | undefined {
  const words = input.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return undefined;
  const [first, ...rest] = words as [string, ...string[]];
  if (words.length === 1 && /^(off|stop|disable)$/iu.test(first)) return { enabled: false };
  if (words.length === 1 && /^(on|start|enable)$/iu.test(first)) return { enabled: true };
  const time = /^([01]?\d|2[0-3])[:.h]([0-5]\d)$/u.exec(first);
  if (!time) {
    throw refuse(
      "invalid-schedule",
      message("schedule-not-time", { typed: quoteTyped(first) }),
      message("schedule-time-how"),
      message("schedule-time-try"),
    );
  }
  const change: Partial<Omit<BriefingSchedule, "since">> = { enabled: true, time: `${time[1]!.padStart(2, "0")}:${time[2]}` };
  for (const word of rest) {
    const lower = word.toLowerCase();
    if (DAY_SETS[lower]) change.weekdays = DAY_SETS[lower];
    else if (/^[a-z]{3}(,[a-z]{3})*$/u.test(lower) && lower.split(",").every((day) => DAY_NAMES.includes(day))) {
      change.weekdays = [...new Set(lower.split(",").map((day) => DAY_NAMES.indexOf(day) + 1))].sort();
    } else if (isTimeZone(word)) change.timezone = word;
    else {
      throw refuse(
        "invalid-schedule",
        message("schedule-not-zone", { typed: quoteTyped(word) }),
        message("schedule-zone-how"),
        message("schedule-zone-try"),
      );
    }
  }
  return change;
}

/** Whether `name` is an IANA time zone this runtime knows. */
export function isKnownTimeZone(name: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/u.test(name) && name !== "UTC") return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * "07:00 Europe/London, weekdays" in the language `text` writes; days other than daily, weekdays
 * or weekends as typed ("mon,wed,fri"), or by their names in the language (`weekdayName`:
 * "Montag, Mittwoch und Freitag").
 */
export function describeSchedule(schedule: BriefingSchedule, text: TextOf, weekdayName?: (isoDay: number) => string): string {
  if (!schedule.enabled) return text("schedule-off");
  const set = Object.entries(DAY_SETS).find(([, days]) => days.join() === schedule.weekdays.join())?.[0];
  const named = weekdayName === undefined ? schedule.weekdays.map((day) => DAY_NAMES[day - 1] ?? String(day)).join(",") : schedule.weekdays.map(weekdayName);
  const days = set !== undefined ? text(`schedule-${set}`) : text("schedule-days", { days: named });
  return text("schedule", { time: schedule.time, zone: schedule.timezone, days });
}
