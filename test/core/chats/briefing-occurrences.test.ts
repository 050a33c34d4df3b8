import { describe, expect, it } from "vitest";
import type { BriefingSchedule } from "../../../src/core/chats/chat.js";
import { isQuietTime, latestOccurrence, nextOccurrence } from "../../../src/core/chats/briefing-occurrences.js";

const everyDay = [1, 2, 3, 4, 5, 6, 7];
const schedule = (time: string, timezone: string, weekdays = everyDay): BriefingSchedule => ({ enabled: true, time, timezone, weekdays });
const utc = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

/** Every occurrence between two instants, walking with nextOccurrence. */
function occurrencesBetween(value: BriefingSchedule, from: string, to: string) {
  const found: { at: string; localDate: string }[] = [];
  let cursor = utc(from);
  for (;;) {
    const next = nextOccurrence(value, cursor);
    if (!next || next.at > utc(to)) return found;
    found.push({ at: new Date(next.at).toISOString(), localDate: next.localDate });
    cursor = next.at;
  }
}

describe("briefing times across daylight-saving changes", () => {
  it("Europe/London spring forward: a 01:30 briefing on the day without 01:30 goes once, after the gap", () => {
    expect(occurrencesBetween(schedule("01:30", "Europe/London"), "2026-03-27T12:00:00Z", "2026-03-30T12:00:00Z")).toEqual([
      { at: "2026-03-28T01:30:00.000Z", localDate: "2026-03-28" }, // GMT
      { at: "2026-03-29T01:30:00.000Z", localDate: "2026-03-29" }, // 02:30 BST: the skipped 01:30, shifted by the gap
      { at: "2026-03-30T00:30:00.000Z", localDate: "2026-03-30" }, // 01:30 BST
    ]);
  });

  it("Europe/London fall back: a 01:30 briefing on the day 01:30 happens twice goes once", () => {
    expect(occurrencesBetween(schedule("01:30", "Europe/London"), "2026-10-24T12:00:00Z", "2026-10-26T12:00:00Z")).toEqual([
      { at: "2026-10-25T01:30:00.000Z", localDate: "2026-10-25" },
      { at: "2026-10-26T01:30:00.000Z", localDate: "2026-10-26" },
    ]);
  });

  it("America/New_York both directions keep 07:00 local, and 02:30 survives the spring gap", () => {
    expect(occurrencesBetween(schedule("07:00", "America/New_York"), "2026-03-07T00:00:00Z", "2026-03-09T23:00:00Z").map((o) => o.at)).toEqual([
      "2026-03-07T12:00:00.000Z", // EST
      "2026-03-08T11:00:00.000Z", // EDT from this day
      "2026-03-09T11:00:00.000Z",
    ]);
    expect(occurrencesBetween(schedule("07:00", "America/New_York"), "2026-10-31T00:00:00Z", "2026-11-02T23:00:00Z").map((o) => o.at)).toEqual([
      "2026-10-31T11:00:00.000Z", // EDT
      "2026-11-01T12:00:00.000Z", // EST from this day
      "2026-11-02T12:00:00.000Z",
    ]);
    const gap = occurrencesBetween(schedule("02:30", "America/New_York"), "2026-03-07T12:00:00Z", "2026-03-08T23:00:00Z");
    expect(gap).toEqual([{ at: "2026-03-08T07:30:00.000Z", localDate: "2026-03-08" }]);
    const twice = occurrencesBetween(schedule("01:30", "America/New_York"), "2026-10-31T12:00:00Z", "2026-11-01T23:00:00Z");
    expect(twice).toHaveLength(1);
  });

  it("honours weekdays and finds the latest occurrence at or before now", () => {
    const weekdays = schedule("07:00", "Europe/Paris", [1, 2, 3, 4, 5]);
    // Sunday 2026-11-29 10:00 Paris: the latest weekday briefing was Friday 27th.
    expect(latestOccurrence(weekdays, utc("2026-11-29T09:00:00Z"))).toEqual({ at: utc("2026-11-27T06:00:00Z"), localDate: "2026-11-27" });
    expect(iso(nextOccurrence(weekdays, utc("2026-11-29T09:00:00Z"))?.at)).toBe("2026-11-30T06:00:00.000Z");
    expect(latestOccurrence({ ...weekdays, enabled: false }, utc("2026-11-29T09:00:00Z"))).toBeUndefined();
  });
});

describe("quiet hours", () => {
  it("spans midnight in the chat's zone", () => {
    const quiet = { start: "22:00", end: "07:00" };
    expect(isQuietTime(quiet, "Asia/Tokyo", utc("2026-11-25T14:30:00Z"))).toBe(true); // 23:30 Tokyo
    expect(isQuietTime(quiet, "Asia/Tokyo", utc("2026-11-25T22:30:00Z"))).toBe(false); // 07:30 Tokyo
    expect(isQuietTime({ start: "12:00", end: "13:00" }, "UTC", utc("2026-11-25T12:59:00Z"))).toBe(true);
    expect(isQuietTime(undefined, "UTC", utc("2026-11-25T12:59:00Z"))).toBe(false);
  });
});
