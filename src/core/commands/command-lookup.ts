/**
 * Finding the command a user meant, on every text platform: names are case-insensitive (`/Digest`
 * is /digest), unknown names get the nearest command as a suggestion, and a message that is not a
 * command at all gets a short hint (or, when it is just a link, the summary of that link).
 */
import type { CommandDefinition } from "./command.js";
import { closestMatches } from "../shared/suggest.js";
import { didYouMean, quoteTyped, refusal } from "../shared/user-messages.js";

/** What a private chat is told when it sends text that is not a command. */
export const PLAIN_TEXT_HINT = "Send a command such as /digest or /help.";

/** The command named `typed` (with or without its "/"), whatever its case. */
export function findCommand(commands: readonly CommandDefinition[], typed: string): CommandDefinition | undefined {
  const name = typed.replace(/^\//u, "").toLowerCase();
  return commands.find((command) => command.name === name);
}

/** `"/digets" is not a command. Did you mean /digest? See every command with /help.` */
export function unknownCommandMessage(typed: string, commands: readonly CommandDefinition[]): string {
  const name = typed.replace(/^\//u, "");
  const suggestions = closestMatches(name.toLowerCase(), publicCommands(commands).map((command) => command.name), 1).map((match) => `/${match}`);
  return refusal(`${quoteTyped(`/${name}`)} is not a command`, didYouMean(suggestions), "See every command with /help");
}

/** The commands everyone may know of: all but the operators' (`owner`) ones. */
export function publicCommands(commands: readonly CommandDefinition[]): CommandDefinition[] {
  return commands.filter((command) => command.permission !== "owner");
}

/** The link when `text` is nothing but one http(s) link; undefined otherwise. */
export function linkOnly(text: string): string | undefined {
  const trimmed = text.trim();
  return /^https?:\/\/\S+$/iu.test(trimmed) && trimmed.length <= 2_000 ? trimmed : undefined;
}
