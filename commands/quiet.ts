import type { CommandDefinition } from "../src/core/commands/command.js";
import { quoteTyped, refuse } from "../src/core/shared/user-messages.js";

const RANGE = /^([01]?\d|2[0-3])[:.h]([0-5]\d)\s*(?:-|–|to)\s*([01]?\d|2[0-3])[:.h]([0-5]\d)$/iu;

/** /quiet 22:00-07:00: hold follow alerts during these local hours (sent together afterwards); /quiet off. */
export const quietCommand: CommandDefinition = {
  name: "quiet",
  description: "Hold follow alerts during quiet hours, e.g. /quiet 22:00-07:00; /quiet off",
  options: [{ name: "hours", label: "quiet hours", example: "22:00-07:00", description: "HH:MM-HH:MM in the chat's time zone, or off", type: "string", required: false, rest: true, maxLength: 40 }],
  permission: "chat-admin",
  async run({ context, options, services }) {
    const input = (options.string("hours") ?? "").trim();
    const settings = await services.chats.get(context.chat);
    if (input === "") {
      await context.reply(
        settings.quietHours
          ? `Quiet hours: ${settings.quietHours.start}-${settings.quietHours.end} (${settings.briefing.timezone}). Alerts during them arrive together when they end.`
          : "No quiet hours. Set them with /quiet 22:00-07:00 (in this chat's time zone).",
      );
      return;
    }
    if (/^(off|none|stop)$/iu.test(input)) {
      await services.chats.setQuietHours(context.chat, undefined);
      await context.reply("Quiet hours off: alerts arrive as they come.");
      return;
    }
    const match = RANGE.exec(input);
    if (!match) {
      throw refuse("invalid-quiet-hours", `${quoteTyped(input)} is not quiet hours`, "Give a start and an end like 22:00-07:00, in this chat's time zone", "Try /quiet 22:00-07:00, or /quiet off");
    }
    const start = `${match[1]!.padStart(2, "0")}:${match[2]}`;
    const end = `${match[3]!.padStart(2, "0")}:${match[4]}`;
    if (start === end) {
      throw refuse("invalid-quiet-hours", `${quoteTyped(input)} starts and ends at the same time`, "Quiet hours need two different times", "Try /quiet 22:00-07:00");
    }
    await services.chats.setQuietHours(context.chat, { start, end });
    await context.reply(`Quiet hours set: ${start}-${end} (${settings.briefing.timezone}). Alerts during them arrive together when they end.`);
  },
};
