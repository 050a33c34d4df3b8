/**
 * The command registry as Discord application commands (CHAT_INPUT), for the bulk overwrite that
 * `npm run deploy:commands` does. Same names, descriptions, option types and choices as every other
 * platform; `completion` becomes Discord autocomplete; `chat-admin` commands get Manage Channels as
 * their default member permission (server admins may change that, so it is checked again at run time).
 * Every command works in server channels and threads and in DMs with the bot. Names stay English;
 * descriptions are localised (`description_localizations`) from the catalogues for every Discord
 * locale a shipped language serves (es → es-ES and es-419).
 */
import {
  type APIApplicationCommandBasicOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type LocalizationMap,
  Locale,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { CommandDefinition, OptionSpec } from "../../core/commands/command.js";
import { commandDescription, optionDescription } from "../../core/commands/chat-language.js";
import type { Translator } from "../../core/shared/translator.js";

/** The permission a member needs for `chat-admin` commands (default and run-time check). */
export const CHANNEL_ADMIN_PERMISSION = PermissionFlagsBits.ManageChannels;

const NAME = /^[-_\p{Ll}\p{Lm}\p{Lo}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const MAX_COMMANDS = 100;
const MAX_OPTIONS = 25;
const MAX_CHOICES = 25;
const MAX_STRING_LENGTH = 6000;

/**
 * Application command JSON for every definition.
 * @throws Error listing every definition Discord would refuse (names, lengths, counts).
 */
export function toApplicationCommands(commands: readonly CommandDefinition[], translator?: Translator): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const problems: string[] = [];
  if (commands.length > MAX_COMMANDS) problems.push(`at most ${MAX_COMMANDS} commands, got ${commands.length}`);
  const names = new Set<string>();
  const data = commands.map((command) => {
    checkNamed(`/${command.name}`, command.name, command.description, problems);
    if (names.has(command.name)) problems.push(`/${command.name}: duplicate name`);
    names.add(command.name);
    if (command.options.length > MAX_OPTIONS) problems.push(`/${command.name}: at most ${MAX_OPTIONS} options`);
    // Discord requires required options first; the order of the rest is kept.
    const ordered = [...command.options.filter((option) => option.required), ...command.options.filter((option) => !option.required)];
    const json: RESTPostAPIChatInputApplicationCommandsJSONBody = {
      type: ApplicationCommandType.ChatInput,
      name: command.name,
      description: command.description,
      ...(translator ? { description_localizations: localizedDescriptions(command, translator, problems) } : {}),
      options: ordered.map((option) => toOption(command.name, option, problems, translator)),
      // "0": hidden from everyone but server administrators (operator commands; OWNER_IDS is checked at run time).
      default_member_permissions: command.permission === "chat-admin" ? String(CHANNEL_ADMIN_PERMISSION) : command.permission === "owner" ? "0" : null,
      contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
      integration_types: [ApplicationIntegrationType.GuildInstall],
    };
    return json;
  });
  if (problems.length > 0) throw new Error(`Commands Discord would refuse:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  return data;
}

function toOption(commandName: string, option: OptionSpec, problems: string[], translator: Translator | undefined): APIApplicationCommandBasicOption {
  const where = `/${commandName} ${option.name}`;
  checkNamed(where, option.name, option.description, problems);
  const base = {
    name: option.name,
    description: option.description,
    ...(translator ? { description_localizations: localized(where, translator, problems, (language) => optionDescription(translator, language, commandName, option)) } : {}),
    required: option.required,
  };
  switch (option.type) {
    case "string": {
      const choices = option.choices ?? [];
      if (choices.length > MAX_CHOICES) problems.push(`${where}: at most ${MAX_CHOICES} choices`);
      if (choices.some((choice) => choice.length < 1 || choice.length > 100)) problems.push(`${where}: choices must be 1 to 100 characters`);
      if (option.maxLength !== undefined && (option.maxLength < 1 || option.maxLength > MAX_STRING_LENGTH)) problems.push(`${where}: maxLength must be 1 to ${MAX_STRING_LENGTH}`);
      return {
        ...base,
        type: ApplicationCommandOptionType.String,
        ...(option.maxLength !== undefined ? { max_length: option.maxLength } : {}),
        ...(choices.length > 0 ? { choices: choices.map((choice) => ({ name: choice, value: choice })) } : option.completion ? { autocomplete: true } : {}),
      };
    }
    case "integer":
      return {
        ...base,
        type: ApplicationCommandOptionType.Integer,
        ...(option.minValue !== undefined ? { min_value: option.minValue } : {}),
        ...(option.maxValue !== undefined ? { max_value: option.maxValue } : {}),
        ...(option.choices && option.choices.length > 0 ? { choices: option.choices.map((choice) => ({ name: choice, value: Number(choice) })) } : {}),
      };
    case "boolean":
      return { ...base, type: ApplicationCommandOptionType.Boolean };
    case "attachment":
      return { ...base, type: ApplicationCommandOptionType.Attachment };
  }
}

/** The command's description per Discord locale served by a shipped language other than the fallback. */
function localizedDescriptions(command: CommandDefinition, translator: Translator, problems: string[]): LocalizationMap {
  return localized(`/${command.name}`, translator, problems, (language) => commandDescription(translator, language, command));
}

/**
 * A description per Discord locale served by a shipped language other than the fallback: every
 * locale discord.js knows is resolved through the catalogues, so a new catalogue needs no code.
 */
function localized(where: string, translator: Translator, problems: string[], describe: (language: string) => string): LocalizationMap {
  const localizations: LocalizationMap = {};
  for (const locale of Object.values(Locale)) {
    const language = translator.resolve(locale);
    if (language === undefined || language === translator.fallback) continue;
    const description = describe(language);
    if (description.length < 1 || description.length > 100) problems.push(`${where} (${locale}): description must be 1 to 100 characters (has ${description.length})`);
    localizations[locale] = description;
  }
  return localizations;
}

function checkNamed(where: string, name: string, description: string, problems: string[]): void {
  if (!NAME.test(name)) problems.push(`${where}: name must be 1 to 32 lower-case letters, digits, - or _`);
  if (description.length < 1 || description.length > 100) problems.push(`${where}: description must be 1 to 100 characters (has ${description.length})`);
}
