import type { CommandDefinition } from "../src/core/command.js";
import { parseFollowNames } from "../src/core/follow-names.js";

/** /follow <topic | alias | alias>: be told when an article mentions the topic or one of its aliases. */
export const followCommand: CommandDefinition = {
  name: "follow",
  description: "Get an alert when a story mentions a topic, e.g. APT31 | Judgement Panda | Zirconium",
  options: [{ name: "topic", description: "Topic, then optional aliases after |, e.g. APT31 | Zirconium", type: "string", required: true, rest: true, maxLength: 400 }],
  permission: "chat-admin",
  setsUpDeliveries: true,
  async run({ context, options, services }) {
    const { topic, aliases } = parseFollowNames(options.string("topic") ?? "");
    const { result, follow } = await services.chats.follow(context.chat, topic, aliases);
    const also = follow.aliases.length > 0 ? ` (also known as ${follow.aliases.join(", ")})` : "";
    await context.reply(
      result === "changed"
        ? `Following ${follow.topic}${also}. You will get an alert when a new story mentions it.`
        : `Already following ${follow.topic}${also}.`,
    );
  },
};
