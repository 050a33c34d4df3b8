/**
 * Which chat an interaction belongs to: channel, thread (chatId = parent, threadId = thread) or DM,
 * from the raw INTERACTION_CREATE payload.
 */
import { describe, expect, it } from "vitest";
import { DISCORD_MANAGERS, InteractionChannels, chatOfInteraction } from "../../../src/adapters/discord/interaction-chat.js";

const packet = (id: string, channel: Record<string, unknown>) => ({ op: 0, t: "INTERACTION_CREATE", s: 2, d: { id, channel_id: channel.id, channel } });
const location = (channelId: string, guildId: string | null) => ({ channelId, guildId, channel: null });

describe("chatOfInteraction", () => {
  it("maps a thread to its parent channel plus the thread id", () => {
    const channels = new InteractionChannels();
    channels.record(packet("1", { id: "20", type: 11, parent_id: "10", name: "election night" }));
    expect(chatOfInteraction(location("20", "5"), channels.take("1"))).toEqual({
      chat: { platform: "discord", chatId: "10", threadId: "20", kind: "channel", managedBy: DISCORD_MANAGERS, title: "election night" },
      inThread: true,
    });
  });

  it("maps a server channel to itself and a DM to a private chat", () => {
    const channels = new InteractionChannels();
    channels.record(packet("1", { id: "10", type: 0, name: "news" }));
    channels.record(packet("2", { id: "30", type: 1 }));
    expect(chatOfInteraction(location("10", "5"), channels.take("1"))?.chat).toEqual({ platform: "discord", chatId: "10", kind: "channel", managedBy: DISCORD_MANAGERS, title: "news" });
    expect(chatOfInteraction(location("30", null), channels.take("2"))?.chat).toEqual({ platform: "discord", chatId: "30", kind: "private", title: "direct messages" });
  });

  it("falls back to the cached channel, and forgets what it handed out", () => {
    const channels = new InteractionChannels();
    const cachedThread = { channelId: "20", guildId: "5", channel: { isThread: () => true, parentId: "10", name: "t" } };
    expect(chatOfInteraction(cachedThread, channels.take("9"))?.chat).toMatchObject({ chatId: "10", threadId: "20" });
    channels.record(packet("3", { id: "10", type: 0 }));
    channels.take("3");
    expect(channels.take("3")).toBeUndefined();
  });

  it("ignores other packets and keeps at most 1000 entries", () => {
    const channels = new InteractionChannels();
    channels.record({ op: 0, t: "MESSAGE_CREATE", d: { id: "1", channel_id: "2" } });
    channels.record("garbage");
    expect(channels.take("1")).toBeUndefined();
    for (let index = 0; index < 1_001; index += 1) channels.record(packet(String(index), { id: "10", type: 0 }));
    expect(channels.take("0")).toBeUndefined();
    expect(channels.take("1000")).toBeDefined();
  });
});
