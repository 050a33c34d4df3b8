/**
 * The settings commands as a user types them (text platforms): /briefing schedules and /quiet hours,
 * through the same option parsing and executeCommand every adapter uses.
 */
import { loadTranslator } from "../../src/adapters/i18n/fluent-translator.js";
import { describe, expect, it } from "vitest";
import { briefingCommand } from "../../commands/briefing.js";
import { quietCommand } from "../../commands/quiet.js";
import { ChatSettingsService } from "../../src/core/chats/chat-settings-service.js";
import type { CommandContext, CommandDefinition } from "../../src/core/commands/command.js";
import type { CommandServices } from "../../src/core/commands/command-services.js";
import { parseArgumentLine } from "../../src/core/commands/command-options.js";
import { executeCommand } from "../../src/core/commands/execute-command.js";
import { SectionCatalog } from "../../src/core/feeds/section-catalog.js";
import { ManualClock, MemorySubscriptionStore, RecordingLogger } from "../fakes/memory-ports.js";

const chat = { platform: "telegram" as const, chatId: "-100", kind: "group" as const };

function setup(admin = true) {
  const clock = new ManualClock();
  const chats = new ChatSettingsService(new MemorySubscriptionStore(), new SectionCatalog([]), clock, {
    defaultTimezone: "UTC",
    defaultBriefingTime: "07:00",
    maxSectionsPerChat: 5,
    maxFollowsPerChat: 5,
  });
  const replies: string[] = [];
  const context: CommandContext = {
    chat,
    actor: { id: "1", displayName: "Ada", isChatAdmin: async () => admin },
    defer: async () => undefined,
    reply: async (reply) => void replies.push(typeof reply === "string" ? reply : "title" in reply ? reply.title : reply.caption),
    replyPrivately: async (reply) => void replies.push(typeof reply === "string" ? reply : "title" in reply ? reply.title : reply.caption),
  };
  const services = { chats, translator: loadTranslator() } as unknown as CommandServices;
  const run = async (definition: CommandDefinition, line: string) => {
    await executeCommand({ definition, parseOptions: () => parseArgumentLine(definition.options, line), context, services, logger: new RecordingLogger() });
    return replies.at(-1);
  };
  return { chats, run };
}

describe("/briefing with a schedule", () => {
  it("sets the time, zone and days, turns it off and on, and explains mistakes", async () => {
    const { chats, run } = setup();
    expect(await run(briefingCommand, "7.30 Europe/London weekdays")).toBe("Morning briefing set: 07:30 Europe/London, weekdays. Subscribe to a section first: /sections.");
    expect((await chats.get(chat)).briefing).toMatchObject({ enabled: true, time: "07:30", timezone: "Europe/London", weekdays: [1, 2, 3, 4, 5] });
    expect(await run(briefingCommand, "off")).toBe("Morning briefing is off. Turn it back on with /briefing on.");
    expect(await run(briefingCommand, "06:00 mon,wed,fri")).toContain("06:00 Europe/London, mon,wed,fri");
    expect(await run(briefingCommand, "25:00")).toBe('"25:00" is not a time. Give a time like 07:00, then optionally a time zone and days. Try /briefing 07:00 Europe/London weekdays, or /briefing off.');
    expect(await run(briefingCommand, "07:00 Mars/Olympus")).toContain('"Mars/Olympus" is not a time zone');
  });

  it("lets only administrators change a group's schedule", async () => {
    const { chats, run } = setup(false);
    expect(await run(briefingCommand, "09:00")).toBe(
      "Only administrators of this group can make changes with /briefing here. Anyone can use /digest, /latest, /sections and /summary. Ask one of them to do it.",
    );
    expect((await chats.get(chat)).briefing.time).toBe("07:00");
  });
});

describe("/quiet", () => {
  it("sets, shows and clears quiet hours, and refuses nonsense", async () => {
    const { chats, run } = setup();
    expect(await run(quietCommand, "")).toContain("No quiet hours");
    expect(await run(quietCommand, "22:00-7:00")).toBe("Quiet hours set: 22:00-07:00 (UTC). Alerts during them arrive together when they end.");
    expect((await chats.get(chat)).quietHours).toEqual({ start: "22:00", end: "07:00" });
    expect(await run(quietCommand, "")).toContain("Quiet hours: 22:00-07:00 (UTC)");
    expect(await run(quietCommand, "off")).toBe("Quiet hours off: alerts arrive as they come.");
    expect((await chats.get(chat)).quietHours).toBeUndefined();
    expect(await run(quietCommand, "late at night")).toBe('"late at night" is not quiet hours. Give a start and an end like 22:00-07:00, in this chat\'s time zone. Try /quiet 22:00-07:00, or /quiet off.');
    expect(await run(quietCommand, "10:00-10:00")).toBe('"10:00-10:00" starts and ends at the same time. Quiet hours need two different times. Try /quiet 22:00-07:00.');
  });
});
