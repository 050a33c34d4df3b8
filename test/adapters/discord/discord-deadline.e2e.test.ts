/**
 * The 3-second rule for commands that are not declared slow but turn out slow (a slow store, say):
 * the adapter defers by itself before Discord's deadline, then edits the answer in.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { commandRegistry } from "../../../commands/index.js";
import type { CommandDefinition } from "../../../src/core/commands/command.js";
import { CHANNEL, type DiscordHarness, startDiscordHarness } from "./discord-harness.js";

const dawdle: CommandDefinition = {
  name: "dawdle",
  description: "Answers after 3.5 seconds (test only)",
  options: [],
  permission: "anyone",
  async run({ context }) {
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    await context.reply("Finally done.");
  },
};

let harness: DiscordHarness;
beforeAll(async () => {
  harness = await startDiscordHarness({ commands: [...commandRegistry, dawdle] });
});
afterAll(async () => {
  await harness?.close();
});

it("defers a command that takes longer than expected before the 3-second deadline, then edits the answer in", async () => {
  const run = harness.fake.runSlashCommand("dawdle", {}, { channelId: CHANNEL });
  await harness.fake.waitFor(() => run.original, 6_000);
  expect(run.callback?.type).toBe(5);
  const acknowledgedAfter = (run.callback?.at ?? Infinity) - run.dispatchedAt;
  expect(acknowledgedAfter).toBeGreaterThanOrEqual(1_900);
  expect(acknowledgedAfter).toBeLessThan(3_000);
  expect(run.original?.content).toBe("Finally done.");
  expect(run.failures).toEqual([]);
});
