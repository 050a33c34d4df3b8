import type { BriefingItem } from "../src/core/digests/briefing-document.js";
import type { CommandDefinition, OptionSpec } from "../src/core/commands/command.js";
import { findCommand, publicCommands, unknownCommandRefusal } from "../src/core/commands/command-lookup.js";
import { describeRange, descriptionRef, exampleOf, labelRef, usageRef } from "../src/core/commands/command-options.js";
import { type TextOf, render } from "../src/core/shared/translator.js";
import { isOwner } from "../src/core/commands/execute-command.js";
import { commandDescription } from "../src/core/commands/chat-language.js";

/**
 * /help: every command with its usage. /help <command>: that command's options, their limits and
 * the command's own limits (from the constants and settings the code enforces), and an example.
 * Everything is in the chat's language but the command and option names and the example.
 */
export const helpCommand: CommandDefinition = {
  name: "help",
  description: "What newsdesk can do; /help <command> for one command's options and limits",
  options: [{ name: "command", label: "command", example: "follow", description: "A command to explain, e.g. follow", type: "string", required: false, completion: "command", maxLength: 40 }],
  permission: "anyone",
  async run({ context, options, services, language, text }) {
    const typed = options.string("command");
    // The operators' commands are shown to the operators only.
    const commands = isOwner(context, services) ? services.commands() : publicCommands(services.commands());
    const { translator } = services;
    if (typed === undefined) {
      await context.reply({
        kind: "briefing",
        title: "newsdesk",
        subtitle: text("help-subtitle"),
        sections: [
          {
            items: commands.map((command) => ({ title: usageLine(command, text), summary: commandDescription(translator, language, command), sources: [] })),
          },
        ],
        footer: text("help-footer"),
      });
      return;
    }
    const command = findCommand(commands, typed.trim());
    if (!command) throw unknownCommandRefusal(typed.trim(), commands);
    const limits = command.limits?.(services, text) ?? [];
    const example = exampleOf(command.options, command.name);
    const footer = [
      ...(command.options.length > 0 && example !== undefined ? [text("help-example", { example })] : []),
      ...(command.permission === "chat-admin" ? [text("help-managers-only")] : []),
      ...(command.permission === "owner" ? [text("help-operators-only")] : []),
    ];
    await context.reply({
      kind: "briefing",
      title: usageLine(command, text),
      subtitle: commandDescription(translator, language, command),
      sections: [
        ...(command.options.length > 0 ? [{ heading: text("help-options"), items: command.options.map((spec) => optionItem(command.name, spec, text)) }] : []),
        ...(limits.length > 0 ? [{ heading: text("help-limits"), items: limits.map((limit): BriefingItem => ({ title: limit, sources: [] })) }] : []),
      ],
      ...(footer.length > 0 ? { footer: footer.join("\n") } : {}),
    });
  },
};

function usageLine(command: CommandDefinition, text: TextOf): string {
  return [`/${command.name}`, ...command.options.map((spec) => render(text, usageRef(spec, command.name)))].join(" ");
}

function optionItem(commandName: string, spec: OptionSpec, text: TextOf): BriefingItem {
  const range = describeRange(spec);
  const rules = [
    text(spec.required ? "help-required" : "help-optional"),
    ...(spec.type === "integer" ? [range === undefined ? text("help-whole-number") : text("help-whole-number-range", { range: render(text, range) })] : []),
    ...(spec.type === "attachment" ? [text("help-file")] : []),
    ...(spec.choices ? [text("help-one-of", { choices: spec.choices.join(", ") })] : []),
    ...(spec.maxLength !== undefined ? [text("help-max-characters", { max: spec.maxLength })] : []),
  ];
  return { title: render(text, labelRef(spec, commandName, "bare")), summary: render(text, descriptionRef(spec, commandName)), detail: rules.join(" · "), sources: [] };
}
