import { describe, expect, it } from "vitest";
import type { BriefingDocument } from "../../../src/core/digests/briefing-document.js";
import { DeliveryError, type ChatSender, type DeliveryProgress } from "../../../src/core/delivery/chat-sender.js";
import type { ChatRef } from "../../../src/core/chats/chat.js";
import { drainOutbox } from "../../../src/core/delivery/drain-outbox.js";
import type { OutboxRecord } from "../../../src/core/delivery/outbox-ports.js";
import { ChatSettingsService } from "../../../src/core/chats/chat-settings-service.js";
import { NO_METRICS } from "../../../src/core/shared/metrics.js";
import { queuedDeliveriesOf } from "../../../src/core/delivery/cancel-queued.js";
import { SectionCatalog } from "../../../src/core/feeds/section-catalog.js";
import { ManualClock, MemoryLeaseStore, MemoryOutboxStore, MemorySubscriptionStore, RecordingLogger } from "../../fakes/memory-ports.js";

const POLICY = { defaultTimezone: "UTC", defaultBriefingTime: "07:00", maxSectionsPerChat: 5, maxFollowsPerChat: 5 };

const chat: ChatRef = { platform: "telegram", chatId: "42" };
const document: BriefingDocument = { kind: "briefing", title: "Your briefing", sections: [] };

/** A platform that splits every document into `parts` messages and records what it accepted. */
class PartedPlatform implements ChatSender {
  readonly accepted: string[] = [];
  parts = 3;
  failAt: { part: number; error: Error } | undefined;
  async send(target: ChatRef, _document: BriefingDocument, progress?: DeliveryProgress) {
    for (let part = progress?.skipParts ?? 0; part < this.parts; part += 1) {
      await progress?.beforePart?.(part, this.parts);
      if (this.failAt?.part === part) {
        const error = this.failAt.error;
        this.failAt = undefined;
        throw error;
      }
      this.accepted.push(`${target.chatId}#${part}`);
      await progress?.onPartSent(part, this.parts);
    }
  }
}

function setup() {
  const clock = new ManualClock();
  const outbox = new MemoryOutboxStore();
  const leases = new MemoryLeaseStore(clock);
  const platform = new PartedPlatform();
  const paused: string[] = [];
  const dependencies = {
    outbox,
    leases,
    sender: platform,
    clock,
    logger: new RecordingLogger(),
    owner: "one",
    leaseMs: 60_000,
    maxAttempts: 3,
    concurrency: 2,
    pauseChat: async (target: ChatRef, reason: string) => void paused.push(`${target.chatId}: ${reason}`),
  };
  const record = (id: string, overrides: Partial<OutboxRecord> = {}): OutboxRecord => ({
    id, kind: "briefing", chat, document, status: "pending", createdAt: clock.now(), createdBy: "t", attempts: 0, nextAttemptAt: clock.now(), partsSent: 0, ...overrides,
  });
  return { clock, outbox, leases, platform, paused, dependencies, record };
}

describe("the outbox sender", () => {
  it("sends a record once and marks it sent", async () => {
    const { outbox, platform, dependencies, record } = setup();
    await outbox.create(record("briefing:telegram:42:2026-11-25"));
    expect(await drainOutbox(dependencies)).toMatchObject({ sent: 1 });
    expect(await drainOutbox(dependencies)).toMatchObject({ sent: 0 });
    expect(platform.accepted).toEqual(["42#0", "42#1", "42#2"]);
    expect((await outbox.get("briefing:telegram:42:2026-11-25"))?.status).toBe("sent");
  });

  it("resumes after the last accepted message when a retryable failure interrupts it, after a backoff", async () => {
    const { outbox, platform, dependencies, record, clock } = setup();
    await outbox.create(record("r"));
    platform.failAt = { part: 1, error: new DeliveryError("HTTP 502", "retryable") };
    expect(await drainOutbox(dependencies)).toMatchObject({ retried: 1 });
    expect(await drainOutbox(dependencies)).toMatchObject({ sent: 0 });
    clock.advance(30_000);
    expect(await drainOutbox(dependencies)).toMatchObject({ sent: 1 });
    expect(platform.accepted).toEqual(["42#0", "42#1", "42#2"]);
  });

  it("waits as long as the platform asked", async () => {
    const { outbox, platform, dependencies, record, clock } = setup();
    await outbox.create(record("r"));
    platform.failAt = { part: 0, error: new DeliveryError("429", "retryable", { retryAfterMs: 120_000 }) };
    await drainOutbox(dependencies);
    clock.advance(119_000);
    expect(await drainOutbox(dependencies)).toMatchObject({ sent: 0 });
    clock.advance(1_000);
    expect(await drainOutbox(dependencies)).toMatchObject({ sent: 1 });
  });

  it("never sends again a message whose outcome is unknown (crash or timeout mid-send)", async () => {
    const { outbox, platform, dependencies, record } = setup();
    // A crash left message 1 in flight: 0 was accepted, 1 may or may not have arrived.
    await outbox.create(record("crashed", { partsSent: 1, partInFlight: 1, partCount: 3 }));
    expect(await drainOutbox(dependencies)).toMatchObject({ uncertain: 1 });
    await outbox.create(record("timed-out", { chat: { platform: "telegram", chatId: "43" } }));
    platform.failAt = { part: 1, error: new DeliveryError("request timed out after sending", "unknown") };
    expect(await drainOutbox(dependencies)).toMatchObject({ uncertain: 0, retried: 1 });
    expect(await drainOutbox(dependencies)).toMatchObject({ sent: 0 });
    dependencies.clock.advance(30_000);
    expect(await drainOutbox(dependencies)).toMatchObject({ uncertain: 1 });
    expect(platform.accepted).toEqual(["42#2", "43#0", "43#2"]);
    expect((await outbox.get("crashed"))?.status).toBe("uncertain");
    expect(await outbox.get("timed-out")).toMatchObject({ status: "uncertain", partsSent: 3, uncertainParts: 1 });
  });

  it("ends a record the platform refuses for good and pauses the chat", async () => {
    const { outbox, platform, dependencies, record, paused } = setup();
    await outbox.create(record("r"));
    platform.failAt = { part: 0, error: new DeliveryError("Forbidden: bot was blocked by the user", "permanent") };
    expect(await drainOutbox(dependencies)).toMatchObject({ failed: 1 });
    expect(paused).toEqual(["42: Forbidden: bot was blocked by the user"]);
    expect((await outbox.get("r"))?.status).toBe("failed");
  });

  it("a chat paused for a refused delivery gets none of what was queued for it; other chats still get theirs", async () => {
    const { outbox, platform, dependencies, record, clock } = setup();
    const store = new MemorySubscriptionStore();
    const other: ChatRef = { platform: "telegram", chatId: "43" };
    const counted: string[] = [];
    const metrics = { ...NO_METRICS, delivery: (platform: string, result: string) => void counted.push(`${platform} ${result}`) };
    const chats = new ChatSettingsService(store, new SectionCatalog([]), clock, POLICY, queuedDeliveriesOf(outbox, dependencies.logger, metrics));
    await chats.follow(chat, "Harbour", undefined);
    await outbox.create(record("briefing"));
    await outbox.create(record("alert", { kind: "alert", nextAttemptAt: clock.now() + 60_000 }));
    await outbox.create(record("alert-other", { kind: "alert", chat: other, nextAttemptAt: clock.now() + 60_000 }));
    platform.failAt = { part: 0, error: new DeliveryError("Forbidden: bot was blocked by the user", "permanent") };
    expect(await drainOutbox({ ...dependencies, pauseChat: (target, reason) => chats.pause(target, reason) })).toMatchObject({ failed: 1 });
    expect((await chats.get(chat)).paused?.reason).toBe("Forbidden: bot was blocked by the user");
    expect(await outbox.get("alert")).toMatchObject({ status: "skipped", lastError: "chat paused: Forbidden: bot was blocked by the user" });
    expect(counted).toEqual(["telegram skipped"]);
    expect(dependencies.logger.entries.find((entry) => entry.message === "chat paused: queued deliveries cancelled")?.context).toMatchObject({ chat: "telegram:42", count: 1, cancelled: ["alert"] });
    clock.advance(120_000);
    expect(await drainOutbox(dependencies)).toMatchObject({ sent: 1 });
    expect(platform.accepted).toEqual(["43#0", "43#1", "43#2"]);
  });

  it("stops a record between two messages when its chat is paused meanwhile", async () => {
    const { outbox, platform, dependencies, record, clock } = setup();
    await outbox.create(record("briefing"));
    const sender: ChatSender = {
      async send(target, sent, progress) {
        await platform.send(target, sent, {
          skipParts: progress?.skipParts ?? 0,
          beforePart: async (part, count) => {
            if (part === 1) await outbox.cancelPendingOf(chat, "chat paused: paused by the operator", clock.now());
            await progress?.beforePart?.(part, count);
          },
          onPartSent: (part, count) => progress?.onPartSent(part, count) ?? Promise.resolve(),
        });
      },
    };
    expect(await drainOutbox({ ...dependencies, sender })).toMatchObject({ sent: 0, busy: 1 });
    expect(platform.accepted).toEqual(["42#0"]);
    expect(await outbox.get("briefing")).toMatchObject({ status: "skipped" });
  });

  it("gives up after the maximum attempts", async () => {
    const { outbox, platform, dependencies, record, clock } = setup();
    await outbox.create(record("r"));
    for (let attempt = 0; attempt < 3; attempt += 1) {
      platform.failAt = { part: 0, error: new Error("socket hang up") };
      await drainOutbox(dependencies);
      clock.advance(3_600_000);
    }
    expect(await outbox.get("r")).toMatchObject({ status: "failed", attempts: 3, lastError: "socket hang up" });
  });

  it("leaves a record another instance holds, and takes it over once that lease expires", async () => {
    const { outbox, platform, dependencies, record, clock } = setup();
    await outbox.create(record("r"));
    expect(await outbox.claimDue(clock.now(), 10, "crashed-instance", 60_000)).toHaveLength(1);
    expect(await drainOutbox(dependencies)).toMatchObject({ sent: 0 });
    expect(platform.accepted).toHaveLength(0);
    clock.advance(60_001);
    expect(await drainOutbox(dependencies)).toMatchObject({ sent: 1 });
    expect(platform.accepted).toHaveLength(3);
  });

  it("claims only the records it is sending, so an instance that dies leaves the rest to the others", async () => {
    const { outbox, dependencies, record, clock } = setup();
    for (const id of ["a", "b", "c", "d", "e"]) await outbox.create(record(id));
    // An instance whose sends never finish (it hangs, then dies): it holds its 2 sending slots only.
    const stuck: ChatSender = { send: () => new Promise<never>(() => undefined) };
    void drainOutbox({ ...dependencies, sender: stuck, owner: "doomed" });
    // Its claims are made in one go: the count goes from 0 straight to what it took.
    await expect.poll(() => [...outbox.claims.values()].filter((claim) => claim.owner === "doomed").length).toBe(2);
    expect(await drainOutbox({ ...dependencies, owner: "survivor" })).toMatchObject({ sent: 3 });
    clock.advance(60_001); // the dead instance's claims expire
    expect(await drainOutbox({ ...dependencies, owner: "survivor" })).toMatchObject({ sent: 2 });
  });

  it("keeps its claim while a message waits longer than the lease (pacing, retry_after)", async () => {
    const { outbox, dependencies, record } = setup();
    const realClock = { now: () => Date.now() };
    await outbox.create(record("slow", { nextAttemptAt: 0 }));
    let claimedByOther = 0;
    const slow: ChatSender = {
      async send(_chat, _document, progress) {
        await progress?.beforePart?.(0, 1);
        // The message waits 3 leases for its turn; meanwhile another instance looks for due work.
        // (Renewed every 333 ms: only a stall of the event loop over 600 ms could lose it.)
        for (let step = 0; step < 6; step += 1) {
          await new Promise((resolve) => setTimeout(resolve, 500));
          claimedByOther += (await outbox.claimDue(realClock.now(), 10, "other", 1_000)).length;
        }
        await progress?.onPartSent(0, 1);
      },
    };
    expect(await drainOutbox({ ...dependencies, clock: realClock, sender: slow, leaseMs: 1_000 })).toMatchObject({ sent: 1 });
    expect(claimedByOther).toBe(0);
  });
});
