import type { CommandDefinition } from "../src/core/command.js";

/** /unfollow <topic>: stop alerts for a topic (by its name or an alias). */
export const unfollowCommand: CommandDefinition = {
  name: "unfollow",
  description: "Stop alerts for a followed topic",
  options: [{ name: "topic", description: "The topic or one of its aliases", type: "string", required: true, rest: true, completion: "follow", maxLength: 100 }],
  permission: "chat-admin",
  async run({ context, options, services }) {
    const name = options.string("topic") ?? "";
    const { result, follow } = await services.chats.unfollow(context.chat, name);
    await context.reply(result === "changed" && follow ? `Stopped following ${follow.topic}.` : `This chat does not follow "${name}". See /following.`);
  },
};
