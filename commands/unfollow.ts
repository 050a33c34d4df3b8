import type { CommandDefinition } from "../src/core/commands/command.js";
import { closestMatches } from "../src/core/shared/suggest.js";
import { didYouMean, namesArg, quoteTyped, refuse } from "../src/core/shared/user-messages.js";
import { message } from "../src/core/shared/translator.js";

/** /unfollow <topic>: stop alerts for a topic (by its name or an alias). */
export const unfollowCommand: CommandDefinition = {
  name: "unfollow",
  description: "Stop alerts for a followed topic",
  options: [{ name: "topic", example: "APT31", description: "The topic or one of its aliases", type: "string", required: true, rest: true, completion: "follow", maxLength: 100 }],
  permission: "chat-admin",
  async run({ context, options, services, text }) {
    const name = options.string("topic") ?? "";
    const { result, follow } = await services.chats.unfollow(context.chat, name);
    if (result === "changed" && follow) {
      await context.reply(text("unfollow-done", { topic: follow.topic }));
      return;
    }
    const topics = (await services.chats.get(context.chat)).follows.map((candidate) => candidate.topic);
    throw refuse(
      "not-following",
      message("unfollow-unknown", { typed: quoteTyped(name) }),
      didYouMean(closestMatches(name, topics, 1)) ?? (topics.length > 0 ? message("unfollow-follows", { topics: namesArg(topics) }) : message("unfollow-follows-none")),
      message(topics.length > 0 ? "unfollow-see-all" : "unfollow-follow-one"),
    );
  },
};
