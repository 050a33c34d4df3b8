/**
 * The command menu (the list Telegram shows after "/"): built from the registry and sent with
 * setMyCommands only when it differs from what Telegram has (getMyCommands), not on every start.
 * The default menu is English; each other shipped language gets its own menu under its
 * `language_code` (Telegram shows it to users whose app is in that language).
 */
import type { Api } from "grammy";
import type { BotCommand, LanguageCode } from "grammy/types";
import type { CommandDefinition } from "../../core/commands/command.js";
import { publicCommands } from "../../core/commands/command-lookup.js";
import { commandDescription } from "../../core/commands/chat-language.js";
import type { Translator } from "../../core/shared/translator.js";

const COMMAND_NAME = /^[a-z0-9_]{1,32}$/;
const MAX_COMMANDS = 100;
const MAX_DESCRIPTION = 256;

/**
 * The registry as Telegram BotCommands, without the operators' commands (the menu is public);
 * throws if a name is not valid on Telegram.
 */
export function toBotCommands(registry: readonly CommandDefinition[], describe: (command: CommandDefinition) => string = (command) => command.description): BotCommand[] {
  const commands = publicCommands(registry);
  if (commands.length > MAX_COMMANDS) throw new Error(`Telegram accepts at most ${MAX_COMMANDS} commands, the registry has ${commands.length}`);
  return commands.map((command) => {
    if (!COMMAND_NAME.test(command.name)) throw new Error(`command name "${command.name}" is not valid on Telegram`);
    const description = describe(command).trim().slice(0, MAX_DESCRIPTION) || command.name;
    return { command: command.name, description };
  });
}

/** Whether two menus are the same, order included (Telegram shows them in order). */
export function sameCommands(left: readonly BotCommand[], right: readonly BotCommand[]): boolean {
  return left.length === right.length && left.every((command, index) => command.command === right[index]?.command && command.description === right[index]?.description);
}

/** Telegram's `language_code`: a two-letter ISO 639-1 code. */
const TELEGRAM_LANGUAGE = /^[a-z]{2}$/u;

/**
 * Updates the default-scope menu (English) and, with a translator, one menu per other shipped
 * language that Telegram can key (two-letter codes), each only if it changed; "updated" when any was.
 */
export async function syncCommandMenu(api: Api, commands: readonly CommandDefinition[], translator?: Translator): Promise<"updated" | "unchanged"> {
  let updated = false;
  const sync = async (wanted: BotCommand[], languageCode?: string) => {
    const scope = languageCode === undefined ? undefined : { language_code: languageCode as LanguageCode };
    if (sameCommands(await api.getMyCommands(scope), wanted)) return;
    await api.setMyCommands(wanted, scope);
    updated = true;
  };
  await sync(toBotCommands(commands));
  for (const language of translator?.languages ?? []) {
    if (language === translator?.fallback || !TELEGRAM_LANGUAGE.test(language)) continue;
    await sync(toBotCommands(commands, (command) => commandDescription(translator!, language, command)), language);
  }
  return updated ? "updated" : "unchanged";
}
