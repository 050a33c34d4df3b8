/**
 * Plain text in a DM with the bot, through discord.js and the fake Discord: a hint on the slash
 * commands, in the chat's language; a message that is just a link gets that page's summary.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DiscordHarness, embedText, startDiscordHarness } from "./discord-harness.js";

let harness: DiscordHarness;
beforeAll(async () => {
  harness = await startDiscordHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** A fresh DM channel with its own user. */
function newDirectChannel(suffix: number): { channelId: string; user: { id: string; username: string } } {
  const channelId = `30000000000000${String(1000 + suffix)}`;
  const user = { id: `70000000000000${String(1000 + suffix)}`, username: `reader${suffix}` };
  harness.fake.addChannel({ id: channelId, recipientId: user.id });
  return { channelId, user };
}

describe("plain text in a Discord DM", () => {
  it("gets a hint on the slash commands, and a pasted link its summary", async () => {
    const { channelId } = newDirectChannel(1);
    const article = await harness.saveArticle({ title: "Harbour tunnel opens to traffic", summary: "The tunnel opened on Monday after six years of work." });
    expect(harness.fake.sendDirectMessage(channelId, "what's new?")).toBe(1);
    const [hint] = await harness.fake.waitFor(() => harness.fake.channelMessages(channelId).length >= 1 && harness.fake.channelMessages(channelId));
    expect(hint?.content).toBe("Type / and pick a command, such as /digest or /help. A link sent here gets its summary.");

    harness.fake.sendDirectMessage(channelId, `  ${article.url} `);
    const messages = await harness.fake.waitFor(() => harness.fake.channelMessages(channelId).length >= 2 && harness.fake.channelMessages(channelId));
    const summary = embedText([messages[1]!]);
    expect(summary).toContain("Summary");
    expect(summary).toContain("Harbour tunnel opens to traffic");
  });

  it("answers in the DM's language once it has one", async () => {
    const { channelId, user } = newDirectChannel(2);
    const language = harness.fake.runSlashCommand("language", { code: "de" }, { channelId, user, locale: "en-US" });
    await harness.fake.waitFor(() => language.original);
    harness.fake.sendDirectMessage(channelId, "hallo");
    const [hint] = await harness.fake.waitFor(() => harness.fake.channelMessages(channelId).length >= 1 && harness.fake.channelMessages(channelId));
    expect(hint?.content).toBe("Tippe / und wähle einen Befehl, etwa /digest oder /help. Ein hier gesendeter Link wird zusammengefasst.");
  });

  it("asks Discord for DMs only (Direct Messages intent), never for server messages' content", () => {
    const intents = harness.fake.identifies.at(-1)?.intents ?? 0;
    expect(intents & (1 << 12)).toBe(1 << 12); // DIRECT_MESSAGES
    expect(intents & (1 << 15)).toBe(0); // MESSAGE_CONTENT
    expect(intents & (1 << 9)).toBe(0); // GUILD_MESSAGES
  });
});
