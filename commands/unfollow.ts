import type { CommandDefinition } from "../src/core/commands/command.js";
import { closestMatches } from "../src/core/shared/suggest.js";
import { didYouMean, listNames, quoteTyped, refuse } from "../src/core/shared/user-messages.js";

/** /unfollow <topic>: stop alerts for a topic (by its name or an alias). */
export const unfollowCommand: CommandDefinition = {
  name: "unfollow",
  description: "Stop alerts for a followed topic",
  options: [{ name: "topic", example: "APT31", description: "The topic or one of its aliases", type: "string", required: true, rest: true, completion: "follow", maxLength: 100 }],
  permission: "chat-admin",
  async run({ context, options, services }) {
    const name = options.string("topic") ?? "";
    const { result, follow } = await services.chats.unfollow(context.chat, name);
    if (result === "changed" && follow) {
      await context.reply(`Stopped following ${follow.topic}.`);
      return;
    }
    const topics = (await services.chats.get(context.chat)).follows.map((candidate) => candidate.topic);
    throw refuse(
      "not-following",
      `${quoteTyped(name)} is not a topic this chat follows`,
      didYouMean(closestMatches(name, topics, 1)) ?? (topics.length > 0 ? `It follows ${listNames(topics)}` : "It follows no topic yet"),
      topics.length > 0 ? "See them all with /following" : "Follow one with /follow APT31",
    );
  },
};
