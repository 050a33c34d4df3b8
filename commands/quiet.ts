import type { CommandDefinition } from "../src/core/commands/command.js";
import { quoteTyped, refuse } from "../src/core/shared/user-messages.js";
import { message } from "../src/core/shared/translator.js";

const RANGE = /^([01]?\d|2[0-3])[:.h]([0-5]\d)\s*(?:-|–|to)\s*([01]?\d|2[0-3])[:.h]([0-5]\d)$/iu;

/** /quiet 22:00-07:00: hold follow alerts during these local hours (sent together afterwards); /quiet off. */
export const quietCommand: CommandDefinition = {
  name: "quiet",
  description: "Hold follow alerts during quiet hours, e.g. /quiet 22:00-07:00; /quiet off",
  options: [{ name: "hours", label: "quiet hours", example: "22:00-07:00", description: "HH:MM-HH:MM in the chat's time zone, or off", type: "string", required: false, rest: true, maxLength: 40 }],
  permission: "chat-admin",
  async run({ context, options, services, text }) {
    const input = (options.string("hours") ?? "").trim();
    const settings = await services.chats.get(context.chat);
    if (input === "") {
      await context.reply(
        settings.quietHours
          ? text("quiet-current", { start: settings.quietHours.start, end: settings.quietHours.end, zone: settings.briefing.timezone })
          : text("quiet-none"),
      );
      return;
    }
    if (/^(off|none|stop)$/iu.test(input)) {
      await services.chats.setQuietHours(context.chat, undefined);
      await context.reply(text("quiet-off"));
      return;
    }
    const match = RANGE.exec(input);
    if (!match) {
      throw refuse("invalid-quiet-hours", message("quiet-invalid", { typed: quoteTyped(input) }), message("quiet-invalid-how"), message("quiet-invalid-try"));
    }
    const start = `${match[1]!.padStart(2, "0")}:${match[2]}`;
    const end = `${match[3]!.padStart(2, "0")}:${match[4]}`;
    if (start === end) {
      throw refuse("invalid-quiet-hours", message("quiet-same", { typed: quoteTyped(input) }), message("quiet-same-how"), message("quiet-same-try"));
    }
    await services.chats.setQuietHours(context.chat, { start, end });
    await context.reply(text("quiet-set", { start, end, zone: settings.briefing.timezone }));
  },
};
