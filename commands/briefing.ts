import type { CommandDefinition } from "../src/core/commands/command.js";
import { onlyManagersMessage } from "../src/core/commands/execute-command.js";
import { isKnownTimeZone, parseBriefingSchedule } from "../src/core/chats/briefing-schedule-input.js";
import { scheduleIn } from "../src/core/commands/answer-time.js";

/**
 * /briefing: this chat's briefing now (its sections and follows since the previous briefing), with
 * its schedule. /briefing 07:00 Europe/London [weekdays] sets the schedule; /briefing off stops it.
 */
export const briefingCommand: CommandDefinition = {
  name: "briefing",
  description: "Your briefing now, or set its time: /briefing 07:00 Europe/London weekdays, /briefing off",
  options: [{ name: "schedule", label: "briefing time", example: "07:00 Europe/London weekdays", description: "HH:MM [Area/City] [daily|weekdays|weekends], or off", type: "string", required: false, rest: true, maxLength: 100 }],
  permission: "anyone",
  slow: true,
  async run({ context, options, services, language, text }) {
    const change = parseBriefingSchedule(options.string("schedule") ?? "", isKnownTimeZone);
    if (change) {
      if (context.chat.kind !== "private" && !(await context.actor.isChatAdmin())) {
        await context.replyPrivately(onlyManagersMessage(context.chat, "briefing", text, "change"));
        return;
      }
      const settings = await services.chats.setBriefingSchedule(context.chat, change);
      await context.reply(
        settings.briefing.enabled
          ? [text("briefing-set", { schedule: scheduleIn(settings.briefing, language, text) }), ...(settings.sections.length === 0 ? [text("briefing-subscribe-first")] : [])].join(" ")
          : text("briefing-off"),
      );
      return;
    }
    const settings = await services.chats.get(context.chat);
    const document = await services.briefings.briefing(context.chat);
    const schedule = text("briefing-scheduled", { schedule: scheduleIn(settings.briefing, language, text) });
    await context.reply({ ...document, footer: document.footer ? `${document.footer}\n${schedule}` : schedule });
  },
};
