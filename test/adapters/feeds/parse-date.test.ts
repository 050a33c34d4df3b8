import { describe, expect, it } from "vitest";
import { parseFeedDate } from "../../../src/adapters/feeds/parse-date.js";

describe("parseFeedDate", () => {
  it.each([
    ["Tue, 14 May 2024 09:30:00 +0200", "2024-05-14T07:30:00.000Z"],
    ["Wed, 17 Jan 2018 15:50:00 EST", "2018-01-17T20:50:00.000Z"],
    ["Thu, 07 Dec 17 10:00:29 -0800", "2017-12-07T18:00:29.000Z"],
    ["14 May 2024 09:30 GMT", "2024-05-14T09:30:00.000Z"],
    ["Mon, 01 Jul 2024 10:00:00 CEST", "2024-07-01T08:00:00.000Z"],
    ["Seg, 24 Set 2018 19:42:40 -0300", "2018-09-24T22:42:40.000Z"],
    ["2024-06-01T08:00:00+02:00", "2024-06-01T06:00:00.000Z"],
    ["2024-06-01T08:00:00.123Z", "2024-06-01T08:00:00.123Z"],
    ["2024-06-01T08:00:00", "2024-06-01T08:00:00.000Z"],
    ["2024-06-01", "2024-06-01T00:00:00.000Z"],
    ["2020/1/10 14:33:00", "2020-01-10T14:33:00.000Z"],
    ["Friday, January 29, 2021 04:42 PM", "2021-01-29T16:42:00.000Z"],
  ])("reads %j", (raw, iso) => {
    expect(parseFeedDate(raw)).toBe(Date.parse(iso));
  });

  it.each([undefined, "", "sometime last week", "garbage 2018", "2", "Sun, 31 Jun 2018 10:00:00 GMT", "2024-13-01"])(
    "gives undefined for %j",
    (raw) => {
      expect(parseFeedDate(raw)).toBeUndefined();
    },
  );
});
