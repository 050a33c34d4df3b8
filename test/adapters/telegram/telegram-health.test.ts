/**
 * What the Telegram adapter reports to readiness, through grammY against the fake Bot API: receiving
 * by long polling, standing by while another instance holds the receiver lease, sending only, stopped.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { LeaseStore } from "../../../src/core/delivery/outbox-ports.js";
import { startHarness, waitFor, type Harness } from "./telegram-harness.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** Leases always held by another instance. */
const takenLeases: LeaseStore = { acquire: async () => false, release: async () => undefined };

describe("Telegram adapter health", () => {
  it("is connected while long polling, and not once stopped", async () => {
    harness = await startHarness();
    await waitFor(() => harness!.adapter.isReceiving());
    expect(harness.adapter.health()).toEqual({ connected: true, detail: "receiving by long polling" });
    await harness.stopAdapter();
    expect(harness.adapter.health()).toEqual({ connected: false, detail: "stopped" });
  });

  it("is not connected when long polling fails and this process is the only instance (409: a webhook was set elsewhere)", async () => {
    harness = await startHarness();
    await waitFor(() => harness!.adapter.isReceiving());
    const answer = await fetch(`${harness.fake.url}/bot${harness.fake.token}/setWebhook`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ url: "https://elsewhere.example/hook" }),
    });
    expect(answer.status).toBe(200);
    await waitFor(() => !harness!.adapter.isReceiving(), 10_000);
    expect(harness.adapter.health()).toEqual({ connected: false, detail: "long polling is not running (it failed; trying again)" });
  }, 20_000);

  it("is connected standing by while another instance holds the receiver lease, and when only sending", async () => {
    harness = await startHarness({ receiverLease: { leases: takenLeases, owner: "this-instance" } });
    expect(harness.adapter.health()).toEqual({ connected: true, detail: "standing by: another instance receives updates" });
    await harness.close();
    harness = await startHarness({ receiveUpdates: false });
    expect(harness.adapter.health()).toEqual({ connected: true, detail: "sending only" });
  });
});
