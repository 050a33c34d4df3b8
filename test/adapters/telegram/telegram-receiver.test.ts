/**
 * Long polling under the receiver lease, through the real grammY client and the fake Bot API: of
 * two adapters sharing one lease store only the holder polls, and the other takes over when it
 * stops; a 409 Conflict (another poller with the same token) stops polling without crashing,
 * gives the lease back, and polling resumes once the other poller is gone.
 */
import { Api, GrammyError } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { MemoryLeaseStore } from "../../fakes/memory-ports.js";
import { type Harness, startHarness, waitFor } from "./telegram-harness.js";

const FAST = { ttlMs: 3_000, renewMs: 500, retryMs: 300, safetyMs: 500 };

const harnesses: Harness[] = [];
afterEach(async () => {
  for (const harness of harnesses.splice(0).reverse()) await harness.close();
});

const getUpdates409 = (harness: Harness) =>
  harness.fake.requests.filter((request) => request.method.toLowerCase() === "getupdates" && request.status === 409);

describe("long polling under the receiver lease", () => {
  it("is done by one of two instances; when that one stops, the other receives", async () => {
    const leases = new MemoryLeaseStore({ now: () => Date.now() });
    const first = await startHarness({ receiverLease: { leases, owner: "first", timings: FAST } });
    harnesses.push(first);
    const second = await startHarness({ fake: first.fake, receiverLease: { leases, owner: "second", timings: FAST } });
    harnesses.push(second);
    const { fake } = first;
    fake.addChat({ id: 7, type: "private", firstName: "Ada" });
    expect([first.adapter.isReceiving(), second.adapter.isReceiving()]).toEqual([true, false]);

    fake.sendUserMessage({ chatId: 7, userId: 7, text: "/help" });
    await waitFor(() => fake.messagesIn(7).length === 1, 5_000, "the first answer");
    await first.stopAdapter();
    await waitFor(() => second.adapter.isReceiving(), 5_000, "the takeover");
    fake.sendUserMessage({ chatId: 7, userId: 7, text: "/sections" });
    await waitFor(() => fake.messagesIn(7).find((message) => message.text.includes("Sections")), 5_000, "the second answer");
    // Neither poller ever got a 409. (The fake may record one for the first's own cancelled request,
    // which its last-offset confirmation on stop ends: nobody is left to read that answer.)
    for (const harness of [first, second]) expect(harness.logger.entries.filter((entry) => entry.message.startsWith("telegram: 409"))).toEqual([]);
    expect(second.logger.entries.some((entry) => entry.message === "telegram: sending only for now; this instance receives updates when it gets the receiver lease")).toBe(true);
  });

  it("stops polling on a 409 Conflict, gives the lease back, and polls again later", async () => {
    const leases = new MemoryLeaseStore({ now: () => Date.now() });
    const harness = await startHarness({ receiverLease: { leases, owner: "only", timings: FAST } });
    harnesses.push(harness);
    const { fake, adapter, logger } = harness;
    fake.addChat({ id: 7, type: "private", firstName: "Ada" });
    expect(adapter.isReceiving()).toBe(true);

    // Another process polls with the same token: the adapter's waiting getUpdates gets the 409.
    const intruder = new Api(fake.token, { apiRoot: fake.url });
    const conflict = () => logger.entries.find((entry) => entry.message.startsWith("telegram: 409 Conflict"));
    await waitFor(async () => {
      await intruder.getUpdates({ timeout: 0 }).catch((error: unknown) => {
        if (!(error instanceof GrammyError && error.error_code === 409)) throw error;
      });
      return conflict();
    }, 5_000, "the adapter's 409");
    expect(getUpdates409(harness).length).toBeGreaterThan(0);
    await waitFor(() => !adapter.isReceiving(), 2_000, "polling to stop");
    expect(logger.entries.some((entry) => entry.level === "warn" && entry.message === "singleton role: stopped playing")).toBe(true);

    // The intruder is gone: the adapter takes the lease again and answers.
    await waitFor(() => adapter.isReceiving(), 5_000, "polling again");
    expect(leases.leases.get("telegram-receiver")?.owner).toBe("only");
    fake.sendUserMessage({ chatId: 7, userId: 7, text: "/sections" });
    await waitFor(() => fake.messagesIn(7).find((message) => message.text.includes("Sections")), 5_000, "the answer");
  });
});
