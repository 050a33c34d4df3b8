/**
 * The command registry: an explicit list, the single source for every platform's command menu.
 */
import type { CommandDefinition } from "../src/core/command.js";
import { digestCommand } from "./digest.js";
import { helpCommand } from "./help.js";
import { latestCommand } from "./latest.js";
import { sectionsCommand } from "./sections.js";
import { subscribeCommand } from "./subscribe.js";
import { subscriptionsCommand } from "./subscriptions.js";
import { unsubscribeCommand } from "./unsubscribe.js";

/** Every command, in the order menus show them. */
export const commandRegistry: readonly CommandDefinition[] = [
  digestCommand,
  latestCommand,
  sectionsCommand,
  subscribeCommand,
  unsubscribeCommand,
  subscriptionsCommand,
  helpCommand,
];

/** Finds a command by name. */
export function findCommand(name: string): CommandDefinition | undefined {
  return commandRegistry.find((command) => command.name === name);
}
