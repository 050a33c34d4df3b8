/**
 * Typed commands: `/name args` and `/name@bot args` in private chats, groups, supergroups, forum
 * topics and channels, run through the core's `executeCommand` with the same option parsing as
 * every platform. In a private chat, a trailing `@channel` or `-100…` id aims the command at a
 * channel the sender administers (see channel-target.ts). Command names are case-insensitive; plain
 * text in a private chat gets a hint, or the summary when it is just a link.
 */
import type { Context } from "grammy";
import type { Message, MessageEntity } from "grammy/types";
import type { CommandChat, CommandDefinition } from "../../core/commands/command.js";
import { PLAIN_TEXT_HINT, findCommand, linkOnly, unknownCommandMessage } from "../../core/commands/command-lookup.js";
import { render } from "../../core/shared/translator.js";
import { parseArgumentLine } from "../../core/commands/command-options.js";
import { executeCommand } from "../../core/commands/execute-command.js";
import { chatKindOf, chatTitleOf, telegramChatRef, topicOf } from "./chat-ref.js";
import { runForChannel, splitChannelTarget } from "./channel-target.js";
import { type TelegramHandlerDeps, chatTextOf, resumeChat } from "./handler-deps.js";
import { createActor, createMessageContext } from "./telegram-context.js";
import { filesOf } from "./telegram-files.js";

/** A command found at the start of a message. */
export interface ParsedCommand {
  /** Lower-case command name. */
  name: string;
  argumentLine: string;
  /** Written as `/name@thisbot`. */
  addressed: boolean;
}

/** Reads `/name[@bot] args` from a message; undefined when it is not a command for this bot. */
export function parseCommandText(text: string, entities: readonly MessageEntity[] | undefined, botUsername: string): ParsedCommand | undefined {
  const entity = entities?.find((candidate) => candidate.type === "bot_command" && candidate.offset === 0);
  if (!entity) return undefined;
  const [name = "", mention] = text.slice(1, entity.length).split("@");
  if (mention !== undefined && mention.toLowerCase() !== botUsername.toLowerCase()) return undefined;
  return { name: name.toLowerCase(), argumentLine: text.slice(entity.length).trim(), addressed: mention !== undefined };
}

/** Handles a message or channel post that may be a command (or, in a private chat, plain text). */
export async function handleCommandMessage(ctx: Context, deps: TelegramHandlerDeps): Promise<void> {
  const message: Message | undefined = ctx.message ?? ctx.channelPost;
  // A document's caption is its text (`/source import` sent with the file).
  const text = message?.text ?? message?.caption;
  if (!message || !text) return;
  const chatRef = telegramChatRef(message.chat.id, topicOf(message));
  const isPrivate = message.chat.type === "private";
  const parsed = parseCommandText(text, message.text === undefined ? message.caption_entities : message.entities, deps.botUsername);
  if (!parsed) {
    if (isPrivate && message.from) await answerPlainText(message, deps);
    return;
  }
  // Telegram opens every private chat with /start: show the help.
  const name = parsed.name === "start" && !findCommand(deps.commands, "start") ? "help" : parsed.name;
  const definition = findCommand(deps.commands, name);
  if (!definition) {
    // In groups, other bots' commands are none of our business unless addressed to us.
    if (isPrivate || parsed.addressed) {
      const textOf = await chatTextOf(chatRef, message.from?.language_code, deps);
      await deps.sender.reply(chatRef, unknownCommandMessage(parsed.name, deps.commands, textOf), { replyToMessageId: message.message_id });
    }
    return;
  }
  await resumeChat(chatRef, deps);
  if (isPrivate && message.from) {
    const split = splitChannelTarget(parsed.argumentLine, definition);
    if (split && (await runForChannel({ message, definition, split, deps }))) return;
  }
  await runCommandMessage(message, definition, parsed.argumentLine, deps);
}

/**
 * Text that is not a command, in a private chat: a message that is just a link gets its summary (as
 * `/summary <link>` would), anything else a short hint.
 */
async function answerPlainText(message: Message, deps: TelegramHandlerDeps): Promise<void> {
  const chatRef = telegramChatRef(message.chat.id);
  const link = linkOnly(message.text ?? message.caption ?? "");
  const summary = findCommand(deps.commands, "summary");
  await resumeChat(chatRef, deps);
  if (link && summary) await runCommandMessage(message, summary, link, deps);
  else {
    const text = await chatTextOf(chatRef, message.from?.language_code, deps);
    await deps.sender.reply(chatRef, render(text, PLAIN_TEXT_HINT));
  }
}

async function runCommandMessage(message: Message, definition: CommandDefinition, argumentLine: string, deps: TelegramHandlerDeps): Promise<void> {
  const chatRef = telegramChatRef(message.chat.id, topicOf(message));
  const isPrivate = message.chat.type === "private";
  // The sender's language (Telegram sends none for a channel post): the chat's language when it sets the chat up.
  const locale = message.from?.language_code;
  const chat: CommandChat = { ...chatRef, kind: chatKindOf(message.chat.type), title: chatTitleOf(message.chat), ...(locale ? { locale: locale.slice(0, 35) } : {}) };
  const context = createMessageContext({
    chat,
    replyChat: chatRef,
    actor: actorOf(message, deps),
    ...(isPrivate ? {} : { replyToMessageId: message.message_id }),
    buttons: definition.name === "summary" ? "no-summaries" : "all",
    sender: deps.sender,
    typing: async () => {
      await deps.api.sendChatAction(Number(chatRef.chatId), "typing", chatRef.threadId ? { message_thread_id: Number(chatRef.threadId) } : {});
    },
  });
  await executeCommand({
    definition,
    parseOptions: () => parseArgumentLine(definition.options, argumentLine, definition.name, filesOf(message, definition, deps)),
    context,
    services: deps.services,
    logger: deps.logger,
  });
}

function actorOf(message: Message, deps: TelegramHandlerDeps): ReturnType<typeof createActor> {
  const chatId = message.chat.id;
  // Channel posts come from the channel's administrators; a group's anonymous administrators post as the group.
  if (message.chat.type === "channel" || message.sender_chat?.id === chatId) {
    return createActor({ id: message.sender_chat?.id ?? chatId, displayName: chatTitleOf(message.chat), isAdmin: async () => true });
  }
  const from = message.from;
  if (!from) return createActor({ id: "unknown", displayName: "someone", isAdmin: async () => false });
  const displayName = [from.first_name, from.last_name].filter(Boolean).join(" ") || (from.username ?? "");
  // Messages sent on behalf of another chat (a linked channel) are not from an administrator of this one.
  if (message.sender_chat) return createActor({ id: from.id, displayName, isAdmin: async () => false });
  return createActor({
    id: from.id,
    displayName,
    isAdmin: async () => message.chat.type === "private" || (await deps.admins.isAdmin(chatId, from.id)),
  });
}
