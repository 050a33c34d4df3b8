import type { CommandDefinition } from "../src/core/command.js";

/** /briefing: this chat's briefing now (its sections and follows since the previous briefing). */
export const briefingCommand: CommandDefinition = {
  name: "briefing",
  description: "Your briefing now: your sections' top stories and followed topics",
  options: [],
  permission: "anyone",
  slow: true,
  async run({ context, services }) {
    await context.reply(await services.briefings.briefing(context.chat));
  },
};
