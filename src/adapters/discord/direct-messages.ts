/**
 * Plain messages in a DM with the bot, as a private chat on Telegram is answered: a message that is
 * just a link gets that page's summary (as `/summary <link>` would), any other text a short hint on
 * using the slash commands. Messages in servers are never read (no Message Content intent); DM
 * content comes with the Direct Messages intent alone.
 *
 * Several instances that all run shard 0 each receive a DM: the first to claim the message in the
 * shared store answers, as for interactions.
 */
import type { Message } from "discord.js";
import type { CommandContext, CommandDefinition } from "../../core/commands/command.js";
import { findCommand, linkOnly } from "../../core/commands/command-lookup.js";
import { chatLanguage } from "../../core/commands/chat-language.js";
import { executeCommand } from "../../core/commands/execute-command.js";
import { parseArgumentLine } from "../../core/commands/command-options.js";
import type { Reply } from "../../core/digests/briefing-document.js";
import type { Logger } from "../../core/shared/ports.js";
import { renderReply } from "./render-embeds.js";
import type { InteractionDependencies } from "./run-command.js";

/** Longest DM text looked at: a link longer than this is not a link newsdesk summarises. */
const MAX_DM_TEXT = 2_000;

/** What {@link handleDirectMessage} needs. */
export type DirectMessageDependencies = Pick<InteractionDependencies, "commands" | "services" | "logger" | "claim">;

/** Answers one message if it is a user's plain text in a DM with the bot; ignores anything else. */
export async function handleDirectMessage(message: Message, deps: DirectMessageDependencies): Promise<void> {
  if (message.guildId !== null || message.author.bot || message.system || message.webhookId !== null) return;
  const channel = message.channel;
  if (!channel.isSendable()) return;
  if (!(await claimed(message.id, deps))) return;
  const chat = { platform: "discord" as const, chatId: message.channelId, kind: "private" as const, title: "direct messages" };
  const send = async (reply: Reply): Promise<void> => {
    for (const rendered of renderReply(reply, { summaryButtons: false, deliveryActions: false })) {
      await channel.send({ content: rendered.content, embeds: rendered.embeds, components: rendered.components, allowedMentions: { parse: [] } });
    }
  };
  const text = message.content.slice(0, MAX_DM_TEXT + 1);
  const link = text.length <= MAX_DM_TEXT ? linkOnly(text) : undefined;
  const summary = findCommand(deps.commands, "summary");
  if (link && summary) {
    await runSummary(summary, link, { chat, send, message, deps });
    return;
  }
  const { text: messages } = await chatLanguage(deps.services, { chat });
  await send(messages("plain-text-hint-discord"));
}

async function runSummary(
  definition: CommandDefinition,
  link: string,
  input: { chat: CommandContext["chat"]; send: (reply: Reply) => Promise<void>; message: Message; deps: DirectMessageDependencies },
): Promise<void> {
  const { chat, send, message, deps } = input;
  const context: CommandContext = {
    chat,
    actor: { id: message.author.id, displayName: message.author.displayName, isChatAdmin: async () => true },
    defer: async () => {
      if (message.channel.isSendable()) await message.channel.sendTyping().catch(() => undefined);
    },
    reply: send,
    replyPrivately: send,
  };
  await executeCommand({ definition, parseOptions: () => parseArgumentLine(definition.options, link, definition.name), context, services: deps.services, logger: deps.logger });
}

async function claimed(messageId: string, deps: { claim?: (id: string) => Promise<boolean>; logger: Logger }): Promise<boolean> {
  if (!deps.claim) return true;
  try {
    return await deps.claim(`dm:${messageId}`);
  } catch (error) {
    deps.logger.warn({ err: error, message: messageId }, "discord DM claim failed; answering anyway");
    return true;
  }
}
