/**
 * Several instances splitting the Discord gateway: each runs its own shard ids of the same count, and
 * each guild's interactions reach only the instance running that guild's shard (guild_id >> 22 % count),
 * which answers them.
 */
import { afterEach, describe, expect, it } from "vitest";
import { commandRegistry } from "../../../commands/index.js";
import { startDiscordAdapter, type DiscordAdapter } from "../../../src/adapters/discord/start-discord-adapter.js";
import { ADMIN_PERMISSIONS } from "../../fakes/discord/fake-discord.js";
import { startDiscordHarness, type DiscordHarness } from "./discord-harness.js";

// (id >> 22) % 2: 0 and 1.
const GUILD_ON_SHARD_0 = String(2n << 22n);
const GUILD_ON_SHARD_1 = String(3n << 22n);

let harness: DiscordHarness | undefined;
const extra: DiscordAdapter[] = [];
afterEach(async () => {
  for (const adapter of extra.splice(0)) await adapter.stop();
  await harness?.close();
  harness = undefined;
});

describe("Discord sharding across instances", () => {
  it("routes each guild's commands to the instance running its shard, which answers them", async () => {
    harness = await startDiscordHarness();
    const { fake, services } = harness;
    const shardInstances = await Promise.all(
      [0, 1].map((id) =>
        startDiscordAdapter({
          token: fake.token,
          applicationId: fake.applicationId,
          apiRoot: fake.apiRoot,
          commands: commandRegistry,
          services: services.commandServices,
          logger: harness!.logger,
          shards: { ids: [id], count: 2 },
        }),
      ),
    );
    extra.push(...shardInstances);
    // The harness's own adapter runs unsharded ([0, 1]); stop it so only the two shard instances remain.
    await harness.adapter.stop();
    expect(fake.identifies.filter((identify) => identify.shard[1] === 2).map((identify) => identify.shard[0]).sort()).toEqual([0, 1]);

    fake.addGuild({ id: GUILD_ON_SHARD_0, name: "Zero" });
    fake.addGuild({ id: GUILD_ON_SHARD_1, name: "One" });
    fake.addChannel({ id: "900000000000000001", guildId: GUILD_ON_SHARD_0, name: "zero" });
    fake.addChannel({ id: "900000000000000002", guildId: GUILD_ON_SHARD_1, name: "one" });
    const zero = fake.runSlashCommand("sections", {}, { channelId: "900000000000000001", memberPermissions: ADMIN_PERMISSIONS });
    const one = fake.runSlashCommand("sections", {}, { channelId: "900000000000000002", memberPermissions: ADMIN_PERMISSIONS });
    await fake.waitFor(() => zero.original, 10_000);
    await fake.waitFor(() => one.original, 10_000);
    expect(fake.dispatchedShards.slice(-2)).toEqual([[0], [1]]);
  }, 60_000);
});
