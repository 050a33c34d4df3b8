import type { CommandDefinition } from "../src/core/command.js";

/** /help: every command with its usage. */
export const helpCommand: CommandDefinition = {
  name: "help",
  description: "What newsdesk can do and how to use it",
  options: [],
  permission: "anyone",
  async run({ context, services }) {
    await context.reply({
      kind: "briefing",
      title: "newsdesk",
      subtitle: "News briefings: section digests, summaries and follow alerts.",
      sections: [
        {
          items: services.commands().map((command) => ({
            title: `/${command.name}${command.options.map((option) => (option.required ? ` <${option.name}>` : ` [${option.name}]`)).join("")}`,
            summary: command.description,
            sources: [],
          })),
        },
      ],
    });
  },
};
