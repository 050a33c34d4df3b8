/**
 * The shared token budget and rate counters, run against every store: a chat's share of the day,
 * the day's total, settling reservations, and fixed-window counting.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { RateCounters, TokenBudget } from "../../src/core/summaries/summary-ports.js";
import { trackOpened, type StoreHarnessFactory } from "./store-harness.js";

/** Runs the contract; the harness opens a budget of 1,000 tokens a day with a chat share of 0.1. */
export function tokenBudgetContract(name: string, factory: StoreHarnessFactory<{ budget: TokenBudget; counters: RateCounters }>): void {
  describe(`TokenBudget and RateCounters contract: ${name}`, () => {
    const tracker = trackOpened();
    afterEach(() => tracker.closeAll());

    it("gives one chat at most its share of the day, and the day no more than its total", async () => {
      const { budget } = await tracker.open(factory());
      const day = "2026-12-03";
      expect(await budget.tryConsume(day, 60, "chat-a")).toBe(true);
      expect(await budget.tryConsume(day, 50, "chat-a")).toBe(false);
      expect(await budget.tryConsume(day, 40, "chat-a")).toBe(true);
      expect(await budget.tryConsume(day, 100, "chat-b")).toBe(true);
      expect(await budget.tryConsume(day, 800)).toBe(true);
      // The day is spent: chat-c is refused, and its refused reservation does not eat its share.
      expect(await budget.tryConsume(day, 1, "chat-c")).toBe(false);
      await budget.record(day, 60, 10, "chat-a");
      expect(await budget.tryConsume(day, 50, "chat-c")).toBe(true);
      expect(await budget.tryConsume(day, 1, "chat-c")).toBe(false);
      expect(await budget.tryConsume("2026-12-04", 100, "chat-a")).toBe(true);
    });

    it("counts events per fixed window up to a limit, per key", async () => {
      const { counters } = await tracker.open(factory());
      const hour = 3_600_000;
      const now = Date.parse("2026-12-03T10:20:00Z");
      const results = await Promise.all(Array.from({ length: 5 }, () => counters.tryTake("links:user:telegram:1", 3, hour, now)));
      expect(results.filter((result) => result.taken)).toHaveLength(3);
      expect(results[0]?.resetAt).toBe(Date.parse("2026-12-03T11:00:00Z"));
      expect((await counters.tryTake("links:user:telegram:2", 3, hour, now)).taken).toBe(true);
      expect((await counters.tryTake("links:user:telegram:1", 3, hour, now + 40 * 60_000)).taken).toBe(true);
    });
  });
}
