/**
 * deployCommands against the fake Discord: a bulk overwrite, globally or in one guild.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandRegistry } from "../../../commands/index.js";
import { deployCommands } from "../../../src/adapters/discord/deploy-commands.js";
import { type FakeDiscord, startFakeDiscord } from "../../fakes/discord/fake-discord.js";

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake.close();
});

describe("deployCommands", () => {
  it("puts every command globally", async () => {
    const result = await deployCommands({ token: fake.token, applicationId: fake.applicationId, apiRoot: fake.apiRoot, commands: commandRegistry });
    expect(result).toEqual({ scope: "global", names: commandRegistry.map((command) => command.name) });
    expect(fake.commands("global")).toHaveLength(commandRegistry.length);
    expect(fake.requests.at(-1)).toMatchObject({ method: "PUT", path: `/applications/${fake.applicationId}/commands`, status: 200 });
  });

  it("puts them in one guild when a guild id is given, replacing what was there", async () => {
    const guildId = "123456789012345678";
    await deployCommands({ token: fake.token, applicationId: fake.applicationId, apiRoot: fake.apiRoot, guildId, commands: commandRegistry });
    const result = await deployCommands({ token: fake.token, applicationId: fake.applicationId, apiRoot: fake.apiRoot, guildId, commands: commandRegistry.slice(0, 2) });
    expect(result).toEqual({ scope: "guild", guildId, names: commandRegistry.slice(0, 2).map((command) => command.name) });
    expect(fake.commands(guildId)).toHaveLength(2);
  });

  it("refuses ids that are not snowflakes, and reports Discord's refusal of a bad token", async () => {
    await expect(deployCommands({ token: fake.token, applicationId: "abc", commands: commandRegistry })).rejects.toThrow("DISCORD_APPLICATION_ID");
    await expect(deployCommands({ token: fake.token, applicationId: fake.applicationId, guildId: "x", commands: commandRegistry })).rejects.toThrow("DISCORD_GUILD_ID");
    await expect(deployCommands({ token: "wrong", applicationId: fake.applicationId, apiRoot: fake.apiRoot, commands: commandRegistry })).rejects.toThrow("401");
  });
});
