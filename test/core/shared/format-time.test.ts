/**
 * Relative times and dates in a chat's language: English keeps its short forms ("3 h ago",
 * "Thu 3 Dec, 07:05"), other languages get Intl's ("vor 3 Std.", "3 ч назад", "Do., 3. Dez., 07:05").
 */
import { describe, expect, it } from "vitest";
import { loadTranslator } from "../../../src/adapters/i18n/fluent-translator.js";
import { dateTimeFormat, describeDates, formatAge, formatDuration, formatLocalTime } from "../../../src/core/shared/format-time.js";
import { textIn } from "../../../src/core/shared/translator.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Thursday 3 December 2026, 12:00 UTC.
const now = Date.UTC(2026, 11, 3, 12, 0);
const translator = loadTranslator();

describe("relative times", () => {
  it("writes English as before: just now, minutes, hours below two days, then days", () => {
    expect(formatAge(now - 20_000, now)).toBe("just now");
    expect(formatAge(now - 5 * MINUTE, now, "en")).toBe("5 min ago");
    expect(formatAge(now - 3 * HOUR, now, "en")).toBe("3 h ago");
    expect(formatAge(now - 3 * DAY, now, "en")).toBe("3 d ago");
    expect(formatDuration(now - 20_000, now, "en")).toBe("under a minute");
    expect(formatDuration(now - 3 * HOUR, now, "en")).toBe("3 h");
  });

  it("writes German and Russian through Intl, with Russian plural forms", () => {
    expect(formatAge(now - 20_000, now, "de")).toBe("jetzt");
    expect(formatAge(now - 3 * HOUR, now, "de")).toBe("vor 3 Std.");
    expect(formatAge(now - 2 * DAY, now, "de")).toBe("vor 2 Tagen");
    expect(formatAge(now - 1 * HOUR, now, "ru")).toBe("1 ч назад");
    expect(formatAge(now - 5 * MINUTE, now, "ru")).toBe("5 мин. назад");
    expect(formatAge(now - 2 * DAY, now, "ru")).toBe("2 дн. назад");
    expect(formatDuration(now - 3 * HOUR, now, "de")).toBe("3 Std.");
    // Under a minute is still "1 min": Intl has no word for it.
    expect(formatDuration(now - 20_000, now, "ru")).toBe("1 мин");
  });
});

describe("dates", () => {
  it("writes a time of another day with its weekday, in the language (English stays British)", () => {
    const yesterday = now - DAY - 4 * HOUR - 55 * MINUTE; // Wed 2 Dec, 07:05 UTC
    expect(formatLocalTime(now - HOUR, now, "UTC")).toBe("11:00");
    expect(formatLocalTime(yesterday, now, "UTC", "en")).toBe("Wed 2 Dec, 07:05");
    expect(formatLocalTime(yesterday, now, "UTC", "de")).toBe("Mi., 2. Dez., 07:05");
    expect(formatLocalTime(yesterday, now, "Europe/Moscow", "ru")).toBe("ср, 2 дек., 10:05");
  });

  it("describes a header's dates with the catalogue's phrases", () => {
    const dates = [now - HOUR, now - DAY - 4 * HOUR - 55 * MINUTE, undefined, undefined];
    expect(describeDates(dates, now, "UTC", textIn(translator, "en"), "en")).toBe("newest 11:00, oldest Wed 2 Dec, 07:05, 2 undated");
    expect(describeDates(dates, now, "UTC", textIn(translator, "de"), "de")).toBe("neueste 11:00, älteste Mi., 2. Dez., 07:05, 2 ohne Datum");
    expect(describeDates([now - HOUR], now, "UTC", textIn(translator, "ru"), "ru")).toBe("опубликовано 11:00");
    expect(describeDates([undefined], now, "UTC", textIn(translator, "fr"), "fr")).toBe("sans date");
    // Another year: the year is written.
    expect(describeDates([Date.UTC(2018, 7, 5, 9)], now, "UTC", textIn(translator, "de"), "de")).toBe("veröffentlicht 5. Aug. 2018");
  });

  it("keeps one formatter per language, format and zone (formatters cost native memory)", () => {
    expect(dateTimeFormat("time", "UTC", "de")).toBe(dateTimeFormat("time", "UTC", "de"));
    expect(dateTimeFormat("time", "UTC", "de")).not.toBe(dateTimeFormat("time", "UTC", "ru"));
    expect(dateTimeFormat("longDate", "UTC", "en").resolvedOptions().locale).toBe("en-GB");
  });
});
