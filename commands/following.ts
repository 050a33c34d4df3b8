import type { CommandDefinition } from "../src/core/commands/command.js";

/** /following: the topics this chat follows, with their aliases. */
export const followingCommand: CommandDefinition = {
  name: "following",
  description: "List the topics this chat follows",
  options: [],
  permission: "anyone",
  showsSettings: true,
  async run({ context, services }) {
    const settings = await services.chats.get(context.chat);
    await context.reply({
      kind: "briefing",
      title: "Following",
      subtitle: `${settings.follows.length} of ${services.chats.policy.maxFollowsPerChat} topics`,
      sections: [
        {
          items: settings.follows.map((follow) => ({
            title: follow.topic,
            ...(follow.aliases.length > 0 ? { summary: `also known as ${follow.aliases.join(", ")}` } : {}),
            sources: [],
          })),
          emptyText: "Not following anything. Try /follow APT31 | Judgement Panda | Zirconium",
        },
      ],
    });
  },
};
