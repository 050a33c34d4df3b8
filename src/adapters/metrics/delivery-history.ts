/**
 * Deliveries per hour for the status page: a ring of 48 hourly buckets in memory, fed by the
 * metrics adapter. Per instance and since its start: with several instances each page shows what
 * its own instance delivered (Prometheus sums them across instances). Chosen over a query of the
 * outbox table, which has no index on when a record finished and would be scanned.
 */
import type { DeliveryResult } from "../../core/shared/metrics.js";

const HOUR = 3_600_000;
const HOURS_KEPT = 48;

/** What one hour saw. */
export interface HourCounts {
  /** Start of the hour (epoch ms, UTC). */
  hourStart: number;
  sent: number;
  failed: number;
  retried: number;
  uncertain: number;
  skipped: number;
}

interface Bucket extends HourCounts {
  hour: number;
}

/** Hourly delivery counters of this instance, bounded in memory. */
export class DeliveryHistory {
  readonly #buckets: (Bucket | undefined)[] = new Array<Bucket | undefined>(HOURS_KEPT).fill(undefined);
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** Counts one delivery outcome in the current hour. */
  record(result: DeliveryResult): void {
    const hour = Math.floor(this.#now() / HOUR);
    const slot = hour % HOURS_KEPT;
    let bucket = this.#buckets[slot];
    if (!bucket || bucket.hour !== hour) {
      bucket = { hour, hourStart: hour * HOUR, sent: 0, failed: 0, retried: 0, uncertain: 0, skipped: 0 };
      this.#buckets[slot] = bucket;
    }
    bucket[result] += 1;
  }

  /** The last `hours` hours (at most 48), oldest first, the current one last; hours without deliveries count zero. */
  lastHours(hours: number): HourCounts[] {
    const current = Math.floor(this.#now() / HOUR);
    const count = Math.max(1, Math.min(HOURS_KEPT, Math.floor(hours)));
    const result: HourCounts[] = [];
    for (let hour = current - count + 1; hour <= current; hour += 1) {
      const bucket = this.#buckets[hour % HOURS_KEPT];
      result.push(bucket && bucket.hour === hour ? withoutHour(bucket) : { hourStart: hour * HOUR, sent: 0, failed: 0, retried: 0, uncertain: 0, skipped: 0 });
    }
    return result;
  }

  /** Totals since the start of the current UTC day. */
  today(): Omit<HourCounts, "hourStart"> {
    const now = this.#now();
    const dayStart = now - (now % 86_400_000);
    const totals = { sent: 0, failed: 0, retried: 0, uncertain: 0, skipped: 0 };
    for (const hour of this.lastHours(24)) {
      if (hour.hourStart < dayStart) continue;
      for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += hour[key];
    }
    return totals;
  }
}

function withoutHour({ hour: _hour, ...counts }: Bucket): HourCounts {
  return counts;
}
