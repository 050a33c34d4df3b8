import type { CommandDefinition } from "../src/core/commands/command.js";

/** /following: the topics this chat follows, with their aliases. */
export const followingCommand: CommandDefinition = {
  name: "following",
  description: "List the topics this chat follows",
  options: [],
  permission: "anyone",
  showsSettings: true,
  async run({ context, services, text }) {
    const settings = await services.chats.get(context.chat);
    await context.reply({
      kind: "briefing",
      title: text("following-title"),
      subtitle: text("following-count", { count: settings.follows.length, max: services.chats.policy.maxFollowsPerChat }),
      sections: [
        {
          items: settings.follows.map((follow) => ({
            title: follow.topic,
            ...(follow.aliases.length > 0 ? { summary: text("following-aliases", { aliases: follow.aliases.join(", ") }) } : {}),
            sources: [],
          })),
          emptyText: text("following-none"),
        },
      ],
    });
  },
};
