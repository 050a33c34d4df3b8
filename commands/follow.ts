import type { CommandDefinition } from "../src/core/commands/command.js";
import { describeFollowNameRules, parseFollowNames } from "../src/core/follows/follow-names.js";
import { listNames } from "../src/core/shared/user-messages.js";

/**
 * /follow <topic | alias | alias>: be told when an article mentions the topic or one of its aliases.
 * Following a topic again says so; giving aliases again replaces them and says what changed.
 */
export const followCommand: CommandDefinition = {
  name: "follow",
  description: "Get an alert when a story mentions a topic, e.g. APT31 | Judgement Panda | Zirconium",
  options: [
    {
      name: "topic",
      label: "topic",
      example: "APT31 | Judgement Panda | Zirconium",
      description: "Topic, then optional aliases after |, e.g. APT31 | Zirconium",
      type: "string",
      required: true,
      rest: true,
      maxLength: 400,
    },
  ],
  permission: "chat-admin",
  setsUpDeliveries: true,
  limits: (services) => [`A chat follows at most ${services.chats.policy.maxFollowsPerChat} topics.`, ...describeFollowNameRules()],
  async run({ context, options, services }) {
    const { topic, aliases, aliasesGiven } = parseFollowNames(options.string("topic") ?? "");
    const outcome = await services.chats.follow(context.chat, topic, aliasesGiven ? aliases : undefined);
    const { follow } = outcome;
    const also = follow.aliases.length > 0 ? ` (also known as ${follow.aliases.join(", ")})` : "";
    if (!outcome.already) {
      await context.reply(`Following ${follow.topic}${also}. You will get an alert when a new story mentions it.`);
      return;
    }
    if (outcome.asAlias !== undefined) {
      await context.reply(`You already follow ${outcome.asAlias}, as an alias of ${follow.topic}${also}.`);
      return;
    }
    if (outcome.result === "unchanged") {
      await context.reply(`You already follow ${follow.topic}${also}.${aliasesGiven ? "" : ` To change its aliases: /follow ${follow.topic} | alias | alias.`}`);
      return;
    }
    const changes = [
      ...(outcome.addedAliases.length > 0 ? [`added ${listNames(outcome.addedAliases, 10)}`] : []),
      ...(outcome.removedAliases.length > 0 ? [`removed ${listNames(outcome.removedAliases, 10)}`] : []),
    ];
    await context.reply(`You already follow ${follow.topic}; its aliases changed: ${changes.join("; ")}. ${follow.aliases.length > 0 ? `Now also known as ${follow.aliases.join(", ")}.` : "It has no aliases now."}`);
  },
};
