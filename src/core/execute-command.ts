/**
 * Runs one command for any platform: permission check, option parsing, the command itself, and the
 * mapping of errors to answers (user-facing message, or a logged internal error and a short apology).
 * Adapters call this inside their own single error boundary.
 */
import type { CommandChat, CommandContext, CommandDefinition } from "./command.js";
import type { CommandServices } from "./command-services.js";
import type { CommandOptions } from "./command-options.js";
import { UserFacingError } from "./errors.js";
import type { Logger } from "./ports.js";
import { refusal } from "./user-messages.js";

/** The apology shown when something unexpected failed. */
export const GENERIC_APOLOGY = "Sorry, something went wrong on our side. Please try again in a minute.";

/** Runs `definition` with options produced by `parseOptions` (which may throw UserFacingError). */
export async function executeCommand(input: {
  definition: CommandDefinition;
  parseOptions: () => CommandOptions;
  context: CommandContext;
  services: CommandServices;
  logger: Logger;
}): Promise<"ok" | "refused" | "failed"> {
  const { definition, context, logger } = input;
  try {
    const options = input.parseOptions();
    if (definition.permission === "chat-admin" && context.chat.kind !== "private" && !(await context.actor.isChatAdmin())) {
      await context.replyPrivately(onlyManagersMessage(context.chat, `use /${definition.name} here`));
      return "refused";
    }
    if (definition.slow) await context.defer();
    await definition.run({ context, options, services: input.services });
    return "ok";
  } catch (error) {
    if (error instanceof UserFacingError) {
      await context.reply(error.message);
      return "refused";
    }
    logger.error(
      { err: error, command: definition.name, platform: context.chat.platform, chat: context.chat.chatId },
      "command failed",
    );
    await context.reply(GENERIC_APOLOGY);
    return "failed";
  }
}

/**
 * The refusal for someone who may not change this chat's settings, in the platform's words:
 * "Only administrators of this group can use /subscribe here. Anyone can use /digest, /latest,
 * /sections and /summary. Ask an administrator to do it."
 */
export function onlyManagersMessage(chat: CommandChat, action: string): string {
  const managers = chat.managedBy ?? `administrators of this ${chat.kind}`;
  return refusal(`Only ${managers} can ${action}`, "Anyone can use /digest, /latest, /sections and /summary", "Ask one of them to do it");
}
