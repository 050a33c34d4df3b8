/**
 * The command registry: an explicit list, the single source for every platform's command menu.
 */
import type { CommandDefinition } from "../src/core/commands/command.js";
import { adminCommand } from "./admin.js";
import { findCommand as findCommandIn } from "../src/core/commands/command-lookup.js";
import { briefingCommand } from "./briefing.js";
import { digestCommand } from "./digest.js";
import { followCommand } from "./follow.js";
import { followingCommand } from "./following.js";
import { helpCommand } from "./help.js";
import { languageCommand } from "./language.js";
import { latestCommand } from "./latest.js";
import { moreCommand } from "./more.js";
import { quietCommand } from "./quiet.js";
import { sectionsCommand } from "./sections.js";
import { sourceCommand } from "./source.js";
import { statusCommand } from "./status.js";
import { subscribeCommand } from "./subscribe.js";
import { subscriptionsCommand } from "./subscriptions.js";
import { summaryCommand } from "./summary.js";
import { unfollowCommand } from "./unfollow.js";
import { unsubscribeCommand } from "./unsubscribe.js";

/** Every command, in the order menus show them. */
export const commandRegistry: readonly CommandDefinition[] = [
  digestCommand,
  moreCommand,
  briefingCommand,
  latestCommand,
  summaryCommand,
  sectionsCommand,
  subscribeCommand,
  unsubscribeCommand,
  subscriptionsCommand,
  sourceCommand,
  followCommand,
  unfollowCommand,
  followingCommand,
  quietCommand,
  languageCommand,
  statusCommand,
  helpCommand,
  adminCommand,
];

/** Finds a command by name, whatever its case. */
export function findCommand(name: string): CommandDefinition | undefined {
  return findCommandIn(commandRegistry, name);
}
