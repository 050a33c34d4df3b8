/**
 * `npm start` with a Discord token serves Discord: the real bin, the real discord.js client against the
 * fake Discord (REST + gateway), the bundled sample feeds and a real SQLite file.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { commandRegistry } from "../../commands/index.js";
import { deployCommands } from "../../src/adapters/discord/deploy-commands.js";
import { ADMIN_PERMISSIONS, startFakeDiscord, type FakeDiscord } from "../fakes/discord/fake-discord.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");
let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe("newsdesk serving Discord", () => {
  it("answers slash commands from the sample feeds and shuts down cleanly on SIGTERM", async () => {
    fake = await startFakeDiscord();
    fake.addGuild({ id: "100" });
    fake.addChannel({ id: "200", guildId: "100" });
    await deployCommands({ token: fake.token, applicationId: fake.applicationId, apiRoot: fake.apiRoot, commands: commandRegistry });
    const directory = mkdtempSync(path.join(tmpdir(), "newsdesk-discord-app-"));
    const child = spawn(process.execPath, [path.join(repoRoot, "bin/newsdesk.js")], {
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH ?? "",
        STORE_URL: `sqlite://${path.join(directory, "store.sqlite")}`,
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_API_ROOT: fake.apiRoot,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    try {
      await fake.waitFor(() => fake!.identifies.length > 0, 20_000);
      // Started (the gateway session is ready and commands are handled): the log (stderr) says so.
      await fake.waitFor(() => stderr.includes('"msg":"newsdesk started"'), 20_000);
      const subscribe = fake.runSlashCommand("subscribe", { section: "world" }, { channelId: "200", memberPermissions: ADMIN_PERMISSIONS });
      const answer = await fake.waitFor(() => subscribe.original, 10_000);
      expect(answer.content).toContain("Subscribed to World");
      const digest = fake.runSlashCommand("digest", { section: "world" }, { channelId: "200", memberPermissions: ADMIN_PERMISSIONS });
      const reply = await fake.waitFor(() => digest.original, 10_000);
      expect(JSON.stringify(reply.embeds)).toContain("World digest");
      // The Geneva talks from two outlets are one story listing both.
      expect(JSON.stringify(reply.embeds)).toMatch(/Civic Wire[^"]*Meridian Times|Meridian Times[^"]*Civic Wire/u);
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    expect(stderr).not.toContain('"level":50');
  }, 60_000);
});
