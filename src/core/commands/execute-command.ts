/**
 * Runs one command for any platform: permission check, option parsing, the command itself, and the
 * mapping of errors to answers (user-facing message, or a logged internal error and a short apology).
 * Adapters call this inside their own single error boundary.
 */
import type { CommandChat, CommandContext, CommandDefinition } from "./command.js";
import { unknownCommandMessage } from "./command-lookup.js";
import type { CommandServices } from "./command-services.js";
import type { CommandOptions } from "./command-options.js";
import { UserFacingError } from "../shared/errors.js";
import type { Logger } from "../shared/ports.js";
import { refusal } from "../shared/user-messages.js";

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
    // Before the options: nothing about an owner command (not even its options) is shown to others.
    if (definition.permission === "owner" && !isOwner(context, input.services)) {
      await context.reply(unknownCommandMessage(definition.name, input.services.commands()));
      return "refused";
    }
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
 * Whether the actor is one of the operators (OWNER_IDS). The terminal chat is the operator's own:
 * whoever types there already runs the process.
 */
export function isOwner(context: Pick<CommandContext, "chat" | "actor">, services: Pick<CommandServices, "operator">): boolean {
  if (context.chat.platform === "console") return true;
  return services.operator?.isOwner(context.chat.platform, context.actor.id) === true;
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
