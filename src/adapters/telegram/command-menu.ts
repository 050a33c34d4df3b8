/**
 * The command menu (the list Telegram shows after "/"): built from the registry and sent with
 * setMyCommands only when it differs from what Telegram has (getMyCommands), not on every start.
 */
import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import type { CommandDefinition } from "../../core/commands/command.js";
import { publicCommands } from "../../core/commands/command-lookup.js";

const COMMAND_NAME = /^[a-z0-9_]{1,32}$/;
const MAX_COMMANDS = 100;
const MAX_DESCRIPTION = 256;

/**
 * The registry as Telegram BotCommands, without the operators' commands (the menu is public);
 * throws if a name is not valid on Telegram.
 */
export function toBotCommands(registry: readonly CommandDefinition[]): BotCommand[] {
  const commands = publicCommands(registry);
  if (commands.length > MAX_COMMANDS) throw new Error(`Telegram accepts at most ${MAX_COMMANDS} commands, the registry has ${commands.length}`);
  return commands.map((command) => {
    if (!COMMAND_NAME.test(command.name)) throw new Error(`command name "${command.name}" is not valid on Telegram`);
    const description = command.description.trim().slice(0, MAX_DESCRIPTION) || command.name;
    return { command: command.name, description };
  });
}

/** Whether two menus are the same, order included (Telegram shows them in order). */
export function sameCommands(left: readonly BotCommand[], right: readonly BotCommand[]): boolean {
  return left.length === right.length && left.every((command, index) => command.command === right[index]?.command && command.description === right[index]?.description);
}

/** Updates the default-scope menu if it changed; says which happened. */
export async function syncCommandMenu(api: Api, commands: readonly CommandDefinition[]): Promise<"updated" | "unchanged"> {
  const wanted = toBotCommands(commands);
  if (sameCommands(await api.getMyCommands(), wanted)) return "unchanged";
  await api.setMyCommands(wanted);
  return "updated";
}
