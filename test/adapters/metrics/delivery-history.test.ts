/**
 * The hourly delivery ring of the status page: 24 h charts and today's totals, bounded memory.
 */
import { describe, expect, it } from "vitest";
import { DeliveryHistory } from "../../../src/adapters/metrics/delivery-history.js";

const HOUR = 3_600_000;
const DAY_START = Date.UTC(2026, 2, 10);

describe("DeliveryHistory", () => {
  it("counts per hour, oldest first, with empty hours as zero", () => {
    let now = DAY_START + 10 * HOUR + 5 * 60_000;
    const history = new DeliveryHistory(() => now);
    history.record("sent");
    history.record("sent");
    now += 2 * HOUR;
    history.record("failed");
    history.record("retried");
    const hours = history.lastHours(3);
    expect(hours.map((hour) => hour.hourStart)).toEqual([DAY_START + 10 * HOUR, DAY_START + 11 * HOUR, DAY_START + 12 * HOUR]);
    expect(hours.map((hour) => [hour.sent, hour.failed, hour.retried])).toEqual([[2, 0, 0], [0, 0, 0], [0, 1, 1]]);
  });

  it("counts today from UTC midnight only, and forgets what is older than two days when its slot comes round", () => {
    let now = DAY_START - 2 * HOUR;
    const history = new DeliveryHistory(() => now);
    history.record("sent"); // yesterday, 22:00
    now = DAY_START + HOUR;
    history.record("sent");
    history.record("uncertain");
    expect(history.today()).toEqual({ sent: 1, failed: 0, retried: 0, uncertain: 1, skipped: 0 });
    expect(history.lastHours(24).reduce((total, hour) => total + hour.sent, 0)).toBe(2);
    // 48 hours later the same ring slots hold new hours: nothing old is counted again.
    now += 48 * HOUR;
    history.record("skipped");
    expect(history.lastHours(48).reduce((total, hour) => total + hour.sent, 0)).toBe(0);
    expect(history.today()).toEqual({ sent: 0, failed: 0, retried: 0, uncertain: 0, skipped: 1 });
  });
});
