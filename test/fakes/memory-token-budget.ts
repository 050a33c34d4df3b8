/**
 * An in-process {@link TokenBudget}: enough for one process; several processes need a shared one
 * (keyv/Redis) with the same semantics.
 */
import type { TokenBudget } from "../../src/core/summaries/summary-ports.js";

/** Days kept in memory; older days are forgotten. */
const DAYS_KEPT = 3;

/** A daily token budget held in memory. */
export class MemoryTokenBudget implements TokenBudget {
  readonly #dailyLimit: number;
  readonly #used = new Map<string, number>();

  /** @param dailyLimit tokens per UTC day; `Infinity` for no limit. */
  constructor(dailyLimit: number) {
    if (!(dailyLimit >= 0)) throw new RangeError(`daily token limit must be >= 0, got ${dailyLimit}`);
    this.#dailyLimit = dailyLimit;
  }

  async tryConsume(day: string, estimatedTokens: number): Promise<boolean> {
    const used = this.#used.get(day) ?? 0;
    if (used + estimatedTokens > this.#dailyLimit) return false;
    this.#used.set(day, used + estimatedTokens);
    this.#forgetOldDays();
    return true;
  }

  async record(day: string, reservedTokens: number, actualTokens: number): Promise<void> {
    const used = this.#used.get(day) ?? 0;
    this.#used.set(day, Math.max(0, used - reservedTokens + actualTokens));
  }

  /** Tokens counted on `day`. */
  usedOn(day: string): number {
    return this.#used.get(day) ?? 0;
  }

  #forgetOldDays(): void {
    const days = [...this.#used.keys()].sort();
    for (const day of days.slice(0, Math.max(0, days.length - DAYS_KEPT))) this.#used.delete(day);
  }
}
