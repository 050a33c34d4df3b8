import type { CommandDefinition } from "../src/core/commands/command.js";

/** /latest [count]: the newest stories of this chat's sections (all sections when none). */
export const latestCommand: CommandDefinition = {
  name: "latest",
  description: "The newest stories from your sections",
  options: [{ name: "count", label: "number of stories", example: "5", description: "How many stories (1-20, default 10)", type: "integer", required: false, minValue: 1, maxValue: 20 }],
  permission: "anyone",
  slow: true,
  async run({ context, options, services }) {
    await context.reply(await services.digests.latest(context.chat, options.integer("count") ?? 10));
  },
};
