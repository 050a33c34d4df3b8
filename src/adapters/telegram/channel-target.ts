/**
 * Commands for a channel, sent from a private chat: `/subscribe politics @channel` (or the numeric
 * `-100…` id). Nobody can type commands to a bot inside a channel, so an administrator of the
 * channel does it from their private chat with the bot. The command runs with `context.chat` = the
 * channel once Telegram confirms that the sender administers the channel and the bot may post in
 * it; answers go to the private chat.
 */
import type { Message } from "grammy/types";
import type { CommandDefinition } from "../../core/commands/command.js";
import { parseArgumentLine } from "../../core/commands/command-options.js";
import { executeCommand } from "../../core/commands/execute-command.js";
import { quoteTyped, refusal } from "../../core/shared/user-messages.js";
import { canPostInChannel } from "./chat-admin-cache.js";
import { telegramChatRef } from "./chat-ref.js";
import { classifyTelegramError } from "./errors.js";
import { filesOf } from "./telegram-files.js";
import { type TelegramHandlerDeps, chatTextOf, resumeChat } from "./handler-deps.js";
import { createActor, createMessageContext } from "./telegram-context.js";

/** A channel named at the end of an argument line. */
export interface ChannelTargetSplit {
  /** The arguments without the channel. */
  argumentLine: string;
  /** `@name` or `-100…`. */
  target: string;
  /**
   * False for a lone `@name` given to a command that takes arguments (`/follow @someone`): it is a
   * target only if Telegram knows it as a channel, else it stays an argument.
   */
  certain: boolean;
}

const TRAILING_TARGET = /^(?:(.*\S)\s+)?(@[A-Za-z][A-Za-z0-9_]{3,31}|-100\d{1,15})$/su;

/** Splits a trailing channel off an argument line; undefined when there is none. */
export function splitChannelTarget(line: string, definition: Pick<CommandDefinition, "options">): ChannelTargetSplit | undefined {
  const match = TRAILING_TARGET.exec(line.trim());
  if (!match) return undefined;
  const [, rest = "", target = ""] = match;
  return { argumentLine: rest, target, certain: target.startsWith("-") || rest !== "" || definition.options.length === 0 };
}

/**
 * Runs `definition` for the channel named by `split`, from the private chat of `message`.
 * Returns false (nothing done) when an uncertain target turns out not to be a channel.
 */
export async function runForChannel(input: {
  message: Message;
  definition: CommandDefinition;
  split: ChannelTargetSplit;
  deps: TelegramHandlerDeps;
}): Promise<boolean> {
  const { message, definition, split, deps } = input;
  const from = message.from;
  if (!from) return false;
  const privateChat = telegramChatRef(message.chat.id);
  const say = (text: string): Promise<void> => deps.sender.reply(privateChat, text);
  // Refusals in the language of the private chat they are answered in.
  const text = () => chatTextOf(privateChat, from.language_code, deps);
  const rethrowUnlessRefused = (error: unknown): void => {
    const kind = classifyTelegramError(error).kind;
    if (kind === "not-sent" || kind === "unknown-outcome" || kind === "rate-limited") throw error;
  };

  let channel;
  try {
    channel = await deps.api.getChat(split.target);
  } catch (error) {
    rethrowUnlessRefused(error);
    if (!split.certain) return false;
    const words = await text();
    await say(refusal(words("channel-not-visible", { typed: quoteTyped(split.target) }), words("channel-not-visible-why"), words("channel-not-visible-next")));
    return true;
  }
  if (channel.type !== "channel") {
    if (!split.certain) return false;
    const words = await text();
    await say(refusal(words("channel-not-channel", { typed: quoteTyped(split.target) }), words("channel-not-channel-why"), words("channel-not-channel-next")));
    return true;
  }
  const title = channel.title;
  const t = await text();
  const needRights = refusal(t("channel-need-rights", { title }), t("channel-not-visible-next"));
  try {
    if (!(await deps.admins.isAdmin(channel.id, from.id))) {
      await say(refusal(t("channel-only-admins", { title, command: definition.name }), t("channel-anyone-reads"), t("only-managers-ask")));
      return true;
    }
    if (!canPostInChannel(await deps.api.getChatMember(channel.id, deps.botId))) {
      await say(needRights);
      return true;
    }
  } catch (error) {
    // Telegram hides a channel's members from a bot that is not one of its administrators.
    rethrowUnlessRefused(error);
    await say(needRights);
    return true;
  }

  const channelRef = telegramChatRef(channel.id);
  await resumeChat(channelRef, deps);
  const displayName = [from.first_name, from.last_name].filter(Boolean).join(" ");
  await executeCommand({
    definition,
    parseOptions: () => parseArgumentLine(definition.options, split.argumentLine, definition.name, filesOf(message, definition, deps)),
    context: createMessageContext({
      chat: { ...channelRef, kind: "channel", title },
      replyChat: privateChat,
      actor: createActor({ id: from.id, displayName, isAdmin: async () => true }),
      // Buttons act on the chat they are pressed in (the private chat), not on the channel.
      buttons: "none",
      sender: deps.sender,
    }),
    services: deps.services,
    logger: deps.logger,
  });
  return true;
}
