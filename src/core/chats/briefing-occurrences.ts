/**
 * When a chat's briefing is due, in its own time zone. A briefing is identified by its local date, so
 * it goes at most once per day whatever daylight-saving does: a local time skipped by a spring-forward
 * change goes at the same distance after the gap (01:30 on a day without 01:30 goes at 02:30 local),
 * and a time that occurs twice in an autumn change goes once (at the later occurrence).
 */
import { DateTime } from "luxon";
import type { BriefingSchedule } from "./chat.js";

/** One scheduled briefing. */
export interface BriefingOccurrence {
  /** UTC epoch ms. */
  at: number;
  /** Local date `YYYY-MM-DD` in the chat's zone: the briefing's identity. */
  localDate: string;
}

const DAYS_SEARCHED = 8;

/** The occurrence on a given local date, or undefined when the schedule skips that weekday. */
export function occurrenceOn(schedule: BriefingSchedule, localDate: DateTime): BriefingOccurrence | undefined {
  if (!schedule.weekdays.includes(localDate.weekday)) return undefined;
  const [hour, minute] = schedule.time.split(":").map(Number) as [number, number];
  const at = DateTime.fromObject(
    { year: localDate.year, month: localDate.month, day: localDate.day, hour, minute },
    { zone: schedule.timezone },
  );
  if (!at.isValid) return undefined;
  return { at: at.toMillis(), localDate: localDate.toISODate() ?? "" };
}

/** The most recent occurrence at or before `now`, looking back at most a week. */
export function latestOccurrence(schedule: BriefingSchedule, now: number): BriefingOccurrence | undefined {
  if (!schedule.enabled) return undefined;
  const today = DateTime.fromMillis(now, { zone: schedule.timezone }).startOf("day");
  for (let back = 0; back < DAYS_SEARCHED; back += 1) {
    const occurrence = occurrenceOn(schedule, today.minus({ days: back }));
    if (occurrence && occurrence.at <= now) return occurrence;
  }
  return undefined;
}

/** The first occurrence strictly after `after`. */
export function nextOccurrence(schedule: BriefingSchedule, after: number): BriefingOccurrence | undefined {
  if (!schedule.enabled) return undefined;
  const today = DateTime.fromMillis(after, { zone: schedule.timezone }).startOf("day");
  for (let ahead = 0; ahead < DAYS_SEARCHED; ahead += 1) {
    const occurrence = occurrenceOn(schedule, today.plus({ days: ahead }));
    if (occurrence && occurrence.at > after) return occurrence;
  }
  return undefined;
}

/** Whether `now` falls in the daily quiet window [start, end) in `timezone` (the window may span midnight). */
export function isQuietTime(quiet: { start: string; end: string } | undefined, timezone: string, now: number): boolean {
  if (!quiet || quiet.start === quiet.end) return false;
  const local = DateTime.fromMillis(now, { zone: timezone });
  const minutes = local.hour * 60 + local.minute;
  const toMinutes = (time: string) => {
    const [hour, minute] = time.split(":").map(Number) as [number, number];
    return hour * 60 + minute;
  };
  const start = toMinutes(quiet.start);
  const end = toMinutes(quiet.end);
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
}

/** The first instant after `now` at which the daily quiet window ends in `timezone`. */
export function quietHoursEndAfter(quiet: { start: string; end: string }, timezone: string, now: number): number {
  const [hour, minute] = quiet.end.split(":").map(Number) as [number, number];
  const local = DateTime.fromMillis(now, { zone: timezone });
  let end = local.set({ hour, minute, second: 0, millisecond: 0 });
  if (end.toMillis() <= now) end = end.plus({ days: 1 }).set({ hour, minute });
  return end.toMillis();
}
