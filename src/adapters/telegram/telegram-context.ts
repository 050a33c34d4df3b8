/**
 * The CommandContext of a Telegram update: who ran the command, in which chat (and forum topic),
 * and how answers reach them. Telegram has no "ephemeral" answers and a bot cannot message a user
 * who never started it, so a private answer in a group is a reply to the user's own message in
 * the group; for a button press it is an alert only the presser sees.
 */
import type { Reply } from "../../core/digests/briefing-document.js";
import type { CommandActor, CommandChat, CommandContext } from "../../core/commands/command.js";
import type { ChatRef } from "../../core/chats/chat.js";
import type { ButtonChoice, TelegramSender } from "./telegram-sender.js";

/** Longest text of an answerCallbackQuery alert. */
const MAX_ALERT_LENGTH = 200;

/** A context for a typed command. */
export function createMessageContext(input: {
  /** The chat the command acts on. */
  chat: CommandChat;
  /** Where answers go: the same chat, or the private chat for a command aimed at a channel. */
  replyChat: ChatRef;
  actor: CommandActor;
  /** The command message, answered by the first message of the reply (groups). */
  replyToMessageId?: number;
  buttons: ButtonChoice;
  sender: TelegramSender;
  /** Shows "typing…" in the reply chat while slow work runs (best effort). */
  typing?: () => Promise<void>;
}): CommandContext {
  const answer = (reply: Reply): Promise<void> =>
    input.sender.reply(input.replyChat, reply, {
      buttons: input.buttons,
      ...(input.replyToMessageId === undefined ? {} : { replyToMessageId: input.replyToMessageId }),
    });
  return {
    chat: input.chat,
    actor: input.actor,
    // Telegram has no answer deadline for messages; "typing…" tells the user the answer is coming.
    defer: async () => {
      await input.typing?.().catch(() => undefined);
    },
    reply: answer,
    replyPrivately: answer,
  };
}

/** A context for a button press: the command acts on the chat of the message carrying the button. */
export function createCallbackContext(input: {
  chat: CommandChat;
  actor: CommandActor;
  /** The message with the button: answers reply to it. */
  messageId: number;
  buttons: ButtonChoice;
  sender: TelegramSender;
  /** answerCallbackQuery; called at most once per press by this context. */
  answer(text?: string): Promise<void>;
}): CommandContext & { answered(): boolean; ensureAnswered(): Promise<void> } {
  let answered = false;
  const answerOnce = async (text?: string): Promise<void> => {
    if (answered) return;
    answered = true;
    await input.answer(text);
  };
  const reply = async (reply: Reply): Promise<void> => {
    await answerOnce();
    await input.sender.reply(input.chat, reply, { buttons: input.buttons, replyToMessageId: input.messageId });
  };
  return {
    chat: input.chat,
    actor: input.actor,
    defer: () => answerOnce(),
    reply,
    async replyPrivately(message) {
      // The alert of the press reaches only the presser; use it while it is unanswered.
      if (!answered && typeof message === "string" && message.length <= MAX_ALERT_LENGTH) return answerOnce(message);
      return reply(message);
    },
    answered: () => answered,
    ensureAnswered: () => answerOnce(),
  };
}

/** The actor of an update. `isAdmin` runs only when a command needs it. */
export function createActor(input: { id: number | string; displayName: string; isAdmin: () => Promise<boolean> }): CommandActor {
  return { id: String(input.id), displayName: input.displayName || "someone", isChatAdmin: input.isAdmin };
}
