/**
 * "More" under a Discord digest: the real discord.js client against the fake Discord, the real core
 * services on SQLite (8 stories a page, the default).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MEMBER_PERMISSIONS } from "../../fakes/discord/fake-discord.js";
import type { RecordedMessage } from "../../fakes/discord/fake-state.js";
import { type DiscordHarness, embedText, startDiscordHarness } from "./discord-harness.js";

let harness: DiscordHarness;
beforeAll(async () => {
  harness = await startDiscordHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Headlines with no word in common, so that each is a story of its own. */
const TITLES = [
  "Harbour cranes idle", "Glacier retreat measured", "Railway strike ends", "Museum reopens after fire", "Tariff row deepens", "Volcano alert raised",
  "Stadium plan approved", "Refinery blaze contained", "Lottery winner unnamed", "Embassy staff recalled", "Festival sells out",
];

function buttonIds(message: RecordedMessage | undefined): string[] {
  return (message?.components ?? []).flatMap((row) => (row.components as Record<string, unknown>[]).map((button) => String(button.custom_id)));
}

describe("More under a Discord digest", () => {
  it("offers More when stories are left, and clicking it shows the rest in the channel", async () => {
    const channelId = harness.newChannel();
    for (const [index, title] of TITLES.entries()) {
      await harness.saveArticle({ title, sectionId: "world", summary: "", publishedAt: Date.now() - (index + 1) * 60_000 });
    }
    const run = harness.fake.runSlashCommand("digest", { section: "world" }, { channelId, memberPermissions: MEMBER_PERMISSIONS });
    await harness.fake.waitFor(() => run.original);
    const digestMessages = [run.original!, ...run.followUps];
    const last = digestMessages.at(-1);
    expect(embedText(digestMessages)).toContain("8 of 11 stories");
    expect(embedText(digestMessages)).toContain("3 more stories: /more world");
    expect(buttonIds(last)).toContain("nd:more:world");

    const click = harness.fake.clickButton(last!, "nd:more:world", { channelId, memberPermissions: MEMBER_PERMISSIONS });
    await harness.fake.waitFor(() => click.original);
    expect(click.original?.ephemeral).toBe(false);
    const page = embedText([click.original!]);
    expect(page).toContain("World digest, continued");
    expect(page).toContain("stories 9–11 of 11");
    expect(buttonIds(click.original)).not.toContain("nd:more:world");
    const first = embedText(digestMessages);
    for (const title of TITLES) {
      expect(Number(first.includes(title)) + Number(page.includes(title))).toBe(1);
    }
  });
});
