/**
 * Runs one registry command for any repliable interaction (slash command, button, select, modal):
 * the bot's own posting permissions for commands that set up deliveries, then the core's
 * executeCommand (member permission, option validation, defer for slow commands, the command, error
 * mapping), with errors answered privately; finally a paused chat is resumed, since it reached the bot
 * again.
 */
import type { RepliableInteraction } from "discord.js";
import type { CommandChat, CommandDefinition } from "../../core/commands/command.js";
import type { CommandServices } from "../../core/commands/command-services.js";
import { type CommandOptions, type RawOptionValue, validateOptions } from "../../core/commands/command-options.js";
import { executeCommand } from "../../core/commands/execute-command.js";
import { chatLanguage } from "../../core/commands/chat-language.js";
import type { Logger } from "../../core/shared/ports.js";
import type { InteractionChannels } from "./interaction-chat.js";
import { InteractionReplier, createCommandContext } from "./interaction-context.js";
import { canManageChannel, describeMissingPermissions, missingPostingPermissions } from "./permissions.js";
import { type RenderOptions, renderReply } from "./render-embeds.js";

/** What interaction handlers share. */
export interface InteractionDependencies {
  commands: readonly CommandDefinition[];
  services: CommandServices;
  logger: Logger;
  channels: InteractionChannels;
  /** See ReplierOptions.autoDeferMs. */
  autoDeferMs: number;
  /**
   * Claims an interaction for this instance (several instances on one store all receive it);
   * false: another instance has it. Absent: this instance handles everything it receives.
   */
  claim?: (interactionId: string) => Promise<boolean>;
  /** Origins a command's attachments are downloaded from (see attachment-file.ts). */
  attachmentOrigins: readonly string[];
}

/** Where an interaction happened. */
export interface InteractionPlace {
  chat: CommandChat;
  inThread: boolean;
}

/** Settings changes (chat-admin commands), settings views and operator commands are answered ephemerally. */
export function answersPrivately(definition: CommandDefinition): boolean {
  return definition.permission !== "anyone" || definition.showsSettings === true;
}

/** Runs `definition` with raw option values from Discord. */
export async function runCommand(input: {
  interaction: RepliableInteraction;
  definition: CommandDefinition;
  values: ReadonlyMap<string, RawOptionValue>;
  place: InteractionPlace;
  privateByDefault: boolean;
  render: RenderOptions;
  deps: InteractionDependencies;
}): Promise<"ok" | "refused" | "failed"> {
  const { interaction, definition, place, deps } = input;
  const replier = new InteractionReplier(interaction, {
    privateByDefault: input.privateByDefault,
    // A document's labels and buttons in its language (the chat's, set by the composer).
    render: (reply) => renderReply(reply, { ...input.render, translator: deps.services.translator }),
    autoDeferMs: deps.autoDeferMs,
    logger: deps.logger,
  });
  try {
    const inGuild = place.chat.kind !== "private" && place.chat.kind !== "group";
    const missing = inGuild ? missingPostingPermissions(interaction.appPermissions, place.inThread) : [];
    // Members who may not run the command hear that from executeCommand, not about the bot's rights.
    const mayRun = definition.permission !== "chat-admin" || canManageChannel(interaction.memberPermissions);
    if (definition.setsUpDeliveries && missing.length > 0 && mayRun) {
      await replier.send(describeMissingPermissions(missing, place.inThread, (await chatLanguage(deps.services, place)).text), "private");
      return "refused";
    }
    let failing = false;
    const context = createCommandContext({
      chat: place.chat,
      actor: {
        id: interaction.user.id,
        displayName: interaction.user.displayName,
        isChatAdmin: async () => canManageChannel(interaction.memberPermissions),
      },
      replier,
      answersPrivately: () => failing,
    });
    const outcome = await executeCommand({
      definition: {
        ...definition,
        run: async (runInput) => {
          try {
            await definition.run(runInput);
          } catch (error) {
            failing = true;
            throw error;
          }
        },
      },
      parseOptions: (): CommandOptions => {
        try {
          return validateOptions(definition.options, input.values, definition.name);
        } catch (error) {
          failing = true;
          throw error;
        }
      },
      context,
      services: deps.services,
      logger: deps.logger,
    });
    if (outcome === "ok" && missing.length === 0) {
      await deps.services.chats.resume(place.chat).catch((error: unknown) => deps.logger.warn({ err: error, chat: place.chat.chatId }, "could not resume chat"));
    }
    return outcome;
  } finally {
    replier.dispose();
  }
}
