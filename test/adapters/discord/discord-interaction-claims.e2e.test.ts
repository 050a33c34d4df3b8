/**
 * Several instances on one store, each running every gateway shard (the default): Discord gives
 * each of them every interaction; the instance that claims it in the shared store answers, the others
 * stay silent, and when one instance stops the others go on answering.
 */
import { afterEach, describe, expect, it } from "vitest";
import { commandRegistry } from "../../../commands/index.js";
import { startDiscordAdapter, type DiscordAdapter } from "../../../src/adapters/discord/start-discord-adapter.js";
import type { LeaseStore } from "../../../src/core/delivery/outbox-ports.js";
import { ADMIN_PERMISSIONS } from "../../fakes/discord/fake-discord.js";
import { CHANNEL, startDiscordHarness, type DiscordHarness } from "./discord-harness.js";

let harness: DiscordHarness | undefined;
const extra: DiscordAdapter[] = [];
afterEach(async () => {
  for (const adapter of extra.splice(0)) await adapter.stop().catch(() => undefined);
  await harness?.close();
  harness = undefined;
});

/** The store's leases, recording every claim's outcome by key once it is known. */
function recordingLeases(leases: LeaseStore, outcomes: Map<string, boolean[]>): LeaseStore {
  return {
    async acquire(key, owner, ttlMs) {
      const won = await leases.acquire(key, owner, ttlMs);
      outcomes.set(key, [...(outcomes.get(key) ?? []), won]);
      return won;
    },
    release: (key, owner) => leases.release(key, owner),
  };
}

async function startInstances(h: DiscordHarness, claims: boolean, outcomes = new Map<string, boolean[]>()): Promise<DiscordAdapter[]> {
  const { fake, services, stores } = h;
  const instances = await Promise.all(
    ["instance-a", "instance-b"].map((owner) =>
      startDiscordAdapter({
        token: fake.token,
        applicationId: fake.applicationId,
        apiRoot: fake.apiRoot,
        commands: commandRegistry,
        services: services.commandServices,
        logger: h.logger,
        ...(claims ? { interactionClaims: { leases: recordingLeases(stores.leases, outcomes), owner } } : {}),
      }),
    ),
  );
  extra.push(...instances);
  // Only the two instances under test stay connected.
  await h.adapter.stop();
  return instances;
}

describe("Discord interactions with several instances on one store", () => {
  it("answers each command once, from one instance, and keeps answering when that instance stops", async () => {
    harness = await startDiscordHarness();
    const { fake, services } = harness;
    const outcomes = new Map<string, boolean[]>();
    const [first] = await startInstances(harness, true, outcomes);
    expect(fake.readySessions).toBe(2);

    const follow = fake.runSlashCommand("follow", { topic: "Budget" }, { channelId: CHANNEL, memberPermissions: ADMIN_PERMISSIONS });
    await fake.waitFor(() => follow.original, 10_000);
    // Both instances received it and tried to claim it: one won, one lost and stayed silent.
    const claims = await fake.waitFor(() => (outcomes.get(`discord-interaction:${follow.id}`)?.length === 2 ? outcomes.get(`discord-interaction:${follow.id}`) : undefined), 10_000);
    expect([...claims].sort()).toEqual([false, true]);
    expect(follow.failures).toEqual([]);
    expect(follow.original?.content).toContain("Budget");
    const settings = await services.chats.get({ platform: "discord", chatId: CHANNEL });
    expect(settings.follows.map((followed) => followed.topic)).toEqual(["Budget"]);

    // One instance goes away: the other answers on its own.
    await first!.stop();
    const sections = fake.runSlashCommand("sections", {}, { channelId: CHANNEL, memberPermissions: ADMIN_PERMISSIONS });
    await fake.waitFor(() => sections.original, 10_000);
    expect(sections.failures).toEqual([]);
    expect(harness.logger.entries.filter((entry) => entry.level === "error")).toEqual([]);
  }, 60_000);

  it("without claims, both instances answer and Discord refuses the second answer", async () => {
    harness = await startDiscordHarness();
    const { fake } = harness;
    await startInstances(harness, false);
    const sections = fake.runSlashCommand("sections", {}, { channelId: CHANNEL, memberPermissions: ADMIN_PERMISSIONS });
    await fake.waitFor(() => sections.original, 10_000);
    const failures = await fake.waitFor(() => (sections.failures.length > 0 ? sections.failures : undefined), 10_000);
    expect(failures[0]?.code).toBe(40060);
  }, 60_000);
});
