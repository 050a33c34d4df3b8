import { describe, expect, it } from "vitest";
import { durationIn, scheduleIn, weekdayNameIn } from "../../../src/core/commands/answer-time.js";
import { formatLocalTime } from "../../../src/core/shared/format-time.js";
import { textIn } from "../../../src/core/shared/translator.js";
import { translator } from "../../helpers/english.js";

const at = Date.UTC(2026, 4, 12, 6, 5);
const schedule = { enabled: true, time: "07:00", timezone: "Europe/Berlin", weekdays: [1, 3, 5] };

describe("times, durations and schedules in command answers, in the chat's language", () => {
  it("writes a time on the same day as the time alone, another day with its date, in British English or the language", () => {
    expect(formatLocalTime(at, at + 3_600_000, "Europe/London", "en")).toBe("07:05");
    expect(formatLocalTime(at, at + 3 * 86_400_000, "Europe/London", "en")).toBe("Tue 12 May, 07:05");
    expect(formatLocalTime(at, at + 3 * 86_400_000, "Europe/Berlin", "de")).toBe("Di., 12. Mai, 08:05");
    expect(formatLocalTime(at, at + 3 * 86_400_000, "Europe/Moscow", "ru")).toBe("вт, 12 мая, 09:05");
  });

  it("writes an uptime in the language's narrow units", () => {
    const span = ((2 * 24 + 3) * 60 + 4) * 60_000;
    expect(durationIn("en", span)).toBe("2d 3h 4m");
    expect(durationIn("en", 59_000)).toBe("0m");
    // Other languages: the units ICU has for them ("2 T 3h 4 Min.", "2 д. 3 ч 4 мин").
    for (const language of ["de", "ru"]) {
      const unit = (name: string, value: number) => new Intl.NumberFormat(language, { style: "unit", unit: name, unitDisplay: "narrow" }).format(value);
      expect(durationIn(language, span)).toBe(`${unit("day", 2)} ${unit("hour", 3)} ${unit("minute", 4)}`);
    }
    expect(durationIn("ru", span)).toContain("мин");
  });

  it("names a briefing's days as typed in English and by their names in other languages", () => {
    expect(weekdayNameIn("fr", 7)).toBe("dimanche");
    expect(scheduleIn(schedule, "en", textIn(translator, "en"))).toBe("07:00 Europe/Berlin, mon,wed,fri");
    expect(scheduleIn(schedule, "de", textIn(translator, "de"))).toBe("07:00 Europe/Berlin, Montag, Mittwoch und Freitag");
    expect(scheduleIn({ ...schedule, weekdays: [1, 2, 3, 4, 5] }, "es", textIn(translator, "es"))).toBe("07:00 Europe/Berlin, entre semana");
    expect(scheduleIn({ ...schedule, enabled: false }, "ru", textIn(translator, "ru"))).toBe("выключен");
  });
});
