/**
 * Runs one command for any platform: permission check, option parsing, the command itself, and the
 * mapping of errors to answers (user-facing message, or a logged internal error and a short apology).
 * Adapters call this inside their own single error boundary.
 */
import type { CommandChat, CommandContext, CommandDefinition } from "./command.js";
import type { Reply } from "../digests/briefing-document.js";
import { unknownCommandMessage } from "./command-lookup.js";
import type { CommandServices } from "./command-services.js";
import type { CommandOptions } from "./command-options.js";
import { UserFacingError } from "../shared/errors.js";
import type { Logger } from "../shared/ports.js";
import { refusal, userText } from "../shared/user-messages.js";
import { type TextOf, message, render } from "../shared/translator.js";
import { chatLanguage } from "./chat-language.js";

/** The apology shown when something unexpected failed (catalogue message). */
export const GENERIC_APOLOGY = message("apology");

/** Runs `definition` with options produced by `parseOptions` (which may throw UserFacingError). */
export async function executeCommand(input: {
  definition: CommandDefinition;
  parseOptions: () => CommandOptions;
  context: CommandContext;
  services: CommandServices;
  logger: Logger;
}): Promise<"ok" | "refused" | "failed"> {
  const { definition, logger } = input;
  const { language, text } = await chatLanguage(input.services, input.context);
  const context = inLanguage(input.context, language);
  try {
    // Before the options: nothing about an owner command (not even its options) is shown to others.
    if (definition.permission === "owner" && !isOwner(context, input.services)) {
      await context.reply(unknownCommandMessage(definition.name, input.services.commands(), text));
      return "refused";
    }
    const options = input.parseOptions();
    if (definition.permission === "chat-admin" && context.chat.kind !== "private" && !(await context.actor.isChatAdmin())) {
      await context.replyPrivately(onlyManagersMessage(context.chat, definition.name, text));
      return "refused";
    }
    if (definition.slow) await context.defer();
    await definition.run({ context, options, services: input.services, language, text });
    return "ok";
  } catch (error) {
    if (error instanceof UserFacingError) {
      await context.reply(userText(error, text));
      return "refused";
    }
    logger.error(
      { err: error, command: definition.name, platform: context.chat.platform, chat: context.chat.chatId },
      "command failed",
    );
    await context.reply(render(text, GENERIC_APOLOGY));
    return "failed";
  }
}

/**
 * The context whose documents carry the chat's language when the command did not set one, so that
 * the adapters' labels and buttons ("Why:", "Follow Budget") match the text the command wrote.
 */
function inLanguage(context: CommandContext, language: string): CommandContext {
  const stamp = (reply: Reply): Reply => (typeof reply === "object" && reply.kind === "briefing" && reply.language === undefined ? { ...reply, language } : reply);
  return { ...context, reply: (reply) => context.reply(stamp(reply)), replyPrivately: (reply) => context.replyPrivately(stamp(reply)) };
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
 * /sections and /summary. Ask one of them to do it."
 */
export function onlyManagersMessage(chat: CommandChat, command: string, text: TextOf, what: "use" | "change" = "use"): string {
  const managers = render(text, chat.managedBy ?? message("managers-of-chat", { kind: chat.kind }));
  const first = what === "use" ? "only-managers" : "only-managers-change";
  return refusal(text(first, { managers, command: `/${command}` }), text("only-managers-anyone"), text("only-managers-ask"));
}
