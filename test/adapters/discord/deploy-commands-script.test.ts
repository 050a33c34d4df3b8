/**
 * scripts/deploy-commands.ts as `npm run deploy:commands` runs it (a child process, configuration from
 * the environment), against the fake Discord.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandRegistry } from "../../../commands/index.js";
import { type FakeDiscord, startFakeDiscord } from "../../fakes/discord/fake-discord.js";
import { repoRoot, runNode } from "../../helpers/run-node.js";
let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake.close();
});

function runScript(environment: Record<string, string>) {
  return runNode(["--import", "tsx", path.join(repoRoot, "scripts/deploy-commands.ts")], environment);
}

const discordEnvironment = () => ({ DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_ROOT: fake.apiRoot });

describe("npm run deploy:commands", () => {
  it("deploys the registry globally", async () => {
    const result = await runScript(discordEnvironment());
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Deployed ${commandRegistry.length} commands globally`);
    expect(fake.commands("global")).toHaveLength(commandRegistry.length);
  }, 30_000);

  it("deploys to one server when DISCORD_GUILD_ID is set", async () => {
    const result = await runScript({ ...discordEnvironment(), DISCORD_GUILD_ID: "123456789012345678" });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("in server 123456789012345678");
    expect(fake.commands("123456789012345678")).toHaveLength(commandRegistry.length);
  }, 30_000);

  it("says what is missing without a token", async () => {
    const result = await runScript({});
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Set DISCORD_TOKEN and DISCORD_APPLICATION_ID");
  }, 30_000);
});
