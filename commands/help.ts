import type { BriefingItem } from "../src/core/digests/briefing-document.js";
import type { CommandDefinition, OptionSpec } from "../src/core/commands/command.js";
import { findCommand, publicCommands, unknownCommandRefusal } from "../src/core/commands/command-lookup.js";
import { describeRange, labelOf, nextStep, usageOf } from "../src/core/commands/command-options.js";
import { isOwner } from "../src/core/commands/execute-command.js";
import { answerLanguage, commandDescription } from "../src/core/commands/chat-language.js";

/**
 * /help: every command with its usage. /help <command>: that command's options, their limits and
 * the command's own limits (from the constants and settings the code enforces), and an example.
 * Descriptions, the header and the footer are in the chat's language; the options and limits of
 * one command are still in English.
 */
export const helpCommand: CommandDefinition = {
  name: "help",
  description: "What newsdesk can do; /help <command> for one command's options and limits",
  options: [{ name: "command", label: "command", example: "follow", description: "A command to explain, e.g. follow", type: "string", required: false, completion: "command", maxLength: 40 }],
  permission: "anyone",
  async run({ context, options, services }) {
    const typed = options.string("command");
    // The operators' commands are shown to the operators only.
    const commands = isOwner(context, services) ? services.commands() : publicCommands(services.commands());
    const { translator } = services;
    const language = answerLanguage(translator, context, await services.chats.get(context.chat));
    if (typed === undefined) {
      await context.reply({
        kind: "briefing",
        title: "newsdesk",
        subtitle: translator.t(language, "help-subtitle"),
        sections: [
          {
            items: commands.map((command) => ({ title: usageLine(command), summary: commandDescription(translator, language, command), sources: [] })),
          },
        ],
        footer: translator.t(language, "help-footer"),
      });
      return;
    }
    const command = findCommand(commands, typed.trim());
    if (!command) throw unknownCommandRefusal(typed.trim(), commands);
    const limits = command.limits?.(services) ?? [];
    const example = nextStep(command.options, command.name).replace(/^Try (.*)\.$/u, "$1");
    const footer = [
      ...(command.options.length > 0 && example.startsWith("/") ? [`Example: ${example}`] : []),
      ...(command.permission === "chat-admin" ? ["In groups and channels, only those who manage the chat may use it."] : []),
      ...(command.permission === "owner" ? ["Only the operators in OWNER_IDS may use it."] : []),
    ];
    await context.reply({
      kind: "briefing",
      title: usageLine(command),
      subtitle: commandDescription(translator, language, command),
      sections: [
        ...(command.options.length > 0 ? [{ heading: "Options", items: command.options.map(optionItem) }] : []),
        ...(limits.length > 0 ? [{ heading: "Limits", items: limits.map((limit): BriefingItem => ({ title: limit, sources: [] })) }] : []),
      ],
      ...(footer.length > 0 ? { footer: footer.join("\n") } : {}),
    });
  },
};

function usageLine(command: CommandDefinition): string {
  return [`/${command.name}`, ...command.options.map(usageOf)].join(" ");
}

function optionItem(spec: OptionSpec): BriefingItem {
  const rules = [
    spec.required ? "required" : "optional",
    ...(spec.type === "integer" ? [`a whole number ${describeRange(spec)}`.trim()] : []),
    ...(spec.type === "attachment" ? ["a file sent with the command"] : []),
    ...(spec.choices ? [`one of ${spec.choices.join(", ")}`] : []),
    ...(spec.maxLength !== undefined ? [`at most ${spec.maxLength} characters`] : []),
  ];
  return { title: labelOf(spec), summary: spec.description, detail: rules.join(" · "), sources: [] };
}
