import type { CommandDefinition } from "../src/core/commands/command.js";
import { describeFollowNameRules, parseFollowNames } from "../src/core/follows/follow-names.js";
import { namesArg } from "../src/core/shared/user-messages.js";

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
  limits: (services, text) => [text("follow-limit", { max: services.chats.policy.maxFollowsPerChat }), ...describeFollowNameRules(text)],
  async run({ context, options, services, text }) {
    const { topic, aliases, aliasesGiven } = parseFollowNames(options.string("topic") ?? "");
    const outcome = await services.chats.follow(context.chat, topic, aliasesGiven ? aliases : undefined);
    const { follow } = outcome;
    const named = follow.aliases.length > 0 ? text("follow-topic-aliases", { topic: follow.topic, aliases: follow.aliases.join(", ") }) : follow.topic;
    if (!outcome.already) {
      await context.reply(text("follow-done", { topic: named }));
      return;
    }
    if (outcome.asAlias !== undefined) {
      await context.reply(text("follow-already-alias", { alias: outcome.asAlias, topic: named }));
      return;
    }
    if (outcome.result === "unchanged") {
      await context.reply([text("follow-already", { topic: named }), ...(aliasesGiven ? [] : [text("follow-change-aliases", { topic: follow.topic })])].join(" "));
      return;
    }
    const changes = [
      ...(outcome.addedAliases.length > 0 ? [text("follow-aliases-added", { names: namesArg(outcome.addedAliases, 10) })] : []),
      ...(outcome.removedAliases.length > 0 ? [text("follow-aliases-removed", { names: namesArg(outcome.removedAliases, 10) })] : []),
    ];
    const now = follow.aliases.length > 0 ? text("follow-aliases-now", { aliases: follow.aliases.join(", ") }) : text("follow-aliases-none");
    await context.reply(`${text("follow-aliases-changed", { topic: follow.topic, changes: changes.join("; ") })} ${now}`);
  },
};
