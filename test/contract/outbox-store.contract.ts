/**
 * Contract of OutboxStore and LeaseStore: create-once across connections, pending listing, leases
 * exclusive between owners and expiring.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { LeaseStore, OutboxRecord, OutboxStore } from "../../src/core/delivery/outbox-ports.js";
import { sleep, trackOpened, type StoreHarnessFactory } from "./store-harness.js";

/** An outbox record for tests. */
export function makeRecord(id: string, overrides: Partial<OutboxRecord> = {}): OutboxRecord {
  return {
    id,
    kind: "briefing",
    chat: { platform: "telegram", chatId: "-100", threadId: "7" },
    document: { kind: "briefing", title: "Your briefing", sections: [{ heading: "World", items: [{ title: "A <b>story</b>", url: "https://x.example/a", sources: [{ name: "X", url: "https://x.example" }] }] }], more: [{ sectionId: "world", title: "World" }] },
    status: "pending",
    createdAt: 1_000,
    createdBy: `test:${Math.random()}`,
    attempts: 0,
    nextAttemptAt: 1_000,
    partsSent: 0,
    ...overrides,
  };
}

/** Runs the contract against one implementation. */
export function outboxStoreContract(name: string, factory: StoreHarnessFactory<{ outbox: OutboxStore; leases: LeaseStore }>): void {
  describe(`OutboxStore and LeaseStore contract: ${name}`, () => {
    const tracker = trackOpened();
    afterEach(() => tracker.closeAll());

    it("creates a key once, even when two connections race for it", async () => {
      const harness = factory();
      const [first, second] = await Promise.all([tracker.open(harness), tracker.open(harness)]);
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, index) => (index % 2 === 0 ? first : second).outbox.create(makeRecord("briefing:telegram:-100:2026-11-25"))),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      const stored = await first.outbox.get("briefing:telegram:-100:2026-11-25");
      expect(stored?.document?.title).toBe("Your briefing");
      // A briefing's "More" buttons survive the outbox.
      expect(stored?.document?.more).toEqual([{ sectionId: "world", title: "World" }]);
    });

    it("claims due pending records earliest first, and forgets finished ones", async () => {
      const stores = await tracker.open(factory());
      await stores.outbox.create(makeRecord("b", { createdAt: 2_000, nextAttemptAt: 2_000 }));
      await stores.outbox.create(makeRecord("a", { createdAt: 1_000, nextAttemptAt: 1_000 }));
      await stores.outbox.create(makeRecord("later", { createdAt: 500, nextAttemptAt: 9_000 }));
      await stores.outbox.create(makeRecord("done", { status: "skipped" }));
      expect(await stores.outbox.countPending()).toBe(3);
      expect((await stores.outbox.claimDue(5_000, 10, "me", 1_000)).map((record) => record.id)).toEqual(["a", "b"]);
      // Claimed: not claimable again until released or expired.
      expect(await stores.outbox.claimDue(5_000, 10, "other", 1_000)).toEqual([]);
      await stores.outbox.releaseClaim("b", "me");
      expect((await stores.outbox.claimDue(5_000, 10, "other", 1_000)).map((record) => record.id)).toEqual(["b"]);
      expect((await stores.outbox.claimDue(6_001, 10, "third", 1_000)).map((record) => record.id)).toEqual(["a", "b"]);
      const a = (await stores.outbox.get("a"))!;
      await stores.outbox.update({ ...a, status: "sent", partsSent: 1, finishedAt: 3_000 });
      await stores.outbox.releaseClaim("a", "third");
      await stores.outbox.releaseClaim("b", "third");
      expect((await stores.outbox.claimDue(10_000, 10, "me", 1_000)).map((record) => record.id)).toEqual(["b", "later"]);
      const sent = await stores.outbox.get("a");
      expect(sent?.status).toBe("sent");
      expect(sent?.document).toBeUndefined();
      expect(await stores.outbox.create(makeRecord("a"))).toBe(false);
      expect(await stores.outbox.countPending()).toBe(2);
    });

    it("renews a claim for its owner only, and lets another take it once it expired", async () => {
      const stores = await tracker.open(factory());
      await stores.outbox.create(makeRecord("x"));
      expect(await stores.outbox.claimDue(1_000, 10, "one", 500)).toHaveLength(1);
      expect(await stores.outbox.renewClaim("x", "one", 500, 1_200)).toBe(true);
      expect(await stores.outbox.renewClaim("x", "two", 500, 1_300)).toBe(false);
      expect(await stores.outbox.renewClaim("x", "two", 500, 1_800)).toBe(true);
      expect(await stores.outbox.renewClaim("x", "one", 500, 1_900)).toBe(false);
    });

    it("saves a record with its claim renewed only for the claim's owner", async () => {
      const stores = await tracker.open(factory());
      await stores.outbox.create(makeRecord("w"));
      const [claimed] = await stores.outbox.claimDue(1_000, 10, "one", 500);
      expect(await stores.outbox.updateClaimed({ ...claimed!, partInFlight: 0, partCount: 2 }, "two", 500, 1_100)).toBe(false);
      expect((await stores.outbox.get("w"))?.partInFlight).toBeUndefined();
      expect(await stores.outbox.updateClaimed({ ...claimed!, partInFlight: 0, partCount: 2 }, "one", 500, 1_100)).toBe(true);
      expect((await stores.outbox.get("w"))?.partInFlight).toBe(0);
      // Renewed to 1,600: another owner still cannot take it at 1,550.
      expect(await stores.outbox.renewClaim("w", "two", 500, 1_550)).toBe(false);
    });

    it("cancels a paused chat's pending records, claimed or not, and nothing else; a sender holding one can no longer write it", async () => {
      const stores = await tracker.open(factory());
      const paused = { platform: "telegram" as const, chatId: "-100" };
      const other = { platform: "telegram" as const, chatId: "-200" };
      await stores.outbox.create(makeRecord("briefing:paused", { chat: paused, nextAttemptAt: 1_000 }));
      await stores.outbox.create(makeRecord("alert:paused", { kind: "alert", chat: paused, nextAttemptAt: 9_000 }));
      await stores.outbox.create(makeRecord("sent:paused", { chat: paused, status: "sent", finishedAt: 900 }));
      await stores.outbox.create(makeRecord("thread:paused", { chat: { ...paused, threadId: "7" } }));
      await stores.outbox.create(makeRecord("briefing:other", { chat: other }));
      // A sender is in the middle of the briefing: claimed, first message accepted.
      const [inFlight] = (await stores.outbox.claimDue(1_000, 10, "sender", 60_000)).filter((record) => record.id === "briefing:paused");
      expect(inFlight).toBeDefined();

      const cancelled = await stores.outbox.cancelPendingOf(paused, "chat paused: paused by the operator", 2_000);
      expect(cancelled.map((record) => record.id).sort()).toEqual(["alert:paused", "briefing:paused"]);
      expect(cancelled.every((record) => record.status === "skipped" && record.finishedAt === 2_000)).toBe(true);
      const stored = await stores.outbox.get("briefing:paused");
      expect(stored).toMatchObject({ status: "skipped", lastError: "chat paused: paused by the operator", finishedAt: 2_000 });
      expect(stored?.document).toBeUndefined();
      expect((await stores.outbox.get("sent:paused"))?.status).toBe("sent");
      expect((await stores.outbox.get("thread:paused"))?.status).toBe("pending"); // another chat (a topic of the group)
      expect(await stores.outbox.countPending()).toBe(2);

      // The sender's next write-ahead mark is refused, and a plain save does not bring the record back.
      expect(await stores.outbox.updateClaimed({ ...inFlight!, partsSent: 1, partInFlight: 1, partCount: 3 }, "sender", 60_000, 2_100)).toBe(false);
      await stores.outbox.update({ ...inFlight!, partsSent: 1, partCount: 3 });
      expect((await stores.outbox.get("briefing:paused"))?.status).toBe("skipped");
      expect((await stores.outbox.claimDue(100_000, 10, "late", 60_000)).map((record) => record.id).sort()).toEqual(["briefing:other", "thread:paused"]);
      // Cancelling again finds nothing more.
      expect(await stores.outbox.cancelPendingOf(paused, "again", 3_000)).toEqual([]);
    });

    it("two connections claiming at once never get the same record", async () => {
      const harness = factory();
      const [one, two] = await Promise.all([tracker.open(harness), tracker.open(harness)]);
      for (let index = 0; index < 60; index += 1) await one.outbox.create(makeRecord(`r${index}`, { nextAttemptAt: 1_000 + index }));
      const claims = await Promise.all(
        Array.from({ length: 12 }, (_, index) => (index % 2 === 0 ? one : two).outbox.claimDue(5_000, 7, `owner-${index}`, 60_000)),
      );
      const ids = claims.flat().map((record) => record.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(60);
    });

    it("gives a lease to one owner at a time, renews it for its owner, and frees it on release or expiry", async () => {
      const harness = factory();
      const [one, two] = await Promise.all([tracker.open(harness), tracker.open(harness)]);
      const grants = await Promise.all([one.leases.acquire("outbox:x", "one", 300), two.leases.acquire("outbox:x", "two", 300)]);
      expect(grants.filter(Boolean)).toHaveLength(1);
      const holder = grants[0] ? "one" : "two";
      const other = holder === "one" ? "two" : "one";
      const holderStores = holder === "one" ? one : two;
      const otherStores = holder === "one" ? two : one;
      expect(await holderStores.leases.acquire("outbox:x", holder, 300)).toBe(true);
      expect(await otherStores.leases.acquire("outbox:x", other, 300)).toBe(false);
      await otherStores.leases.release("outbox:x", other);
      expect(await otherStores.leases.acquire("outbox:x", other, 300)).toBe(false);
      await holderStores.leases.release("outbox:x", holder);
      expect(await otherStores.leases.acquire("outbox:x", other, 200)).toBe(true);
      await sleep(350);
      expect(await holderStores.leases.acquire("outbox:x", holder, 300)).toBe(true);
    });
  });
}
