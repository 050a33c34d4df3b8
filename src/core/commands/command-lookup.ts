/**
 * Finding the command a user meant, on every text platform: names are case-insensitive (`/Digest`
 * is /digest), unknown names get the nearest command as a suggestion, and a message that is not a
 * command at all gets a short hint (or, when it is just a link, the summary of that link).
 */
import type { CommandDefinition } from "./command.js";
import { closestMatches } from "../shared/suggest.js";
import { quoteTyped, refuse, userText } from "../shared/user-messages.js";
import { type TextOf, anyOf, message } from "../shared/translator.js";
import type { UserFacingError } from "../shared/errors.js";

/** What a private chat is told when it sends text that is not a command (catalogue message). */
export const PLAIN_TEXT_HINT = message("plain-text-hint");

/** The command named `typed` (with or without its "/"), whatever its case. */
export function findCommand(commands: readonly CommandDefinition[], typed: string): CommandDefinition | undefined {
  const name = typed.replace(/^\//u, "").toLowerCase();
  return commands.find((command) => command.name === name);
}

/** `"/digets" is not a command. Did you mean /digest? See every command with /help.` */
export function unknownCommandMessage(typed: string, commands: readonly CommandDefinition[], text: TextOf): string {
  return userText(unknownCommandRefusal(typed, commands), text);
}

/** The refusal of an unknown command, with the nearest command as a suggestion. */
export function unknownCommandRefusal(typed: string, commands: readonly CommandDefinition[]): UserFacingError {
  const name = typed.replace(/^\//u, "");
  const suggestions = closestMatches(name.toLowerCase(), publicCommands(commands).map((command) => command.name), 1).map((match) => `/${match}`);
  return refuse(
    "unknown-command",
    message("command-unknown", { typed: quoteTyped(`/${name}`) }),
    suggestions.length > 0 ? message("did-you-mean", { suggestions: anyOf(suggestions) }) : undefined,
    message("command-see-help"),
  );
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
