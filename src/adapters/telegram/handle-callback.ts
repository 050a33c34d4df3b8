/**
 * Button presses. A button names a command and its one argument (see callback-data.ts); the press
 * runs that command through `executeCommand`, so permissions are checked exactly as for a typed
 * command (a group member pressing "Unsubscribe" is refused, with an alert only they see). Every
 * press is answered with answerCallbackQuery, so the client stops its spinner.
 */
import type { Context } from "grammy";
import type { CommandChat } from "../../core/commands/command.js";
import { validateOptions } from "../../core/commands/command-options.js";
import { executeCommand } from "../../core/commands/execute-command.js";
import { UserFacingError } from "../../core/shared/errors.js";
import { chatKey } from "../../core/chats/chat.js";
import { textIn } from "../../core/shared/translator.js";
import { userText } from "../../core/shared/user-messages.js";
import { type ButtonAction, decodeCallbackData } from "./callback-data.js";
import { chatKindOf, chatTitleOf, telegramChatRef } from "./chat-ref.js";
import { describeTelegramError } from "./errors.js";
import { type TelegramHandlerDeps, chatTextOf } from "./handler-deps.js";
import { followableTopic } from "./inline-keyboard.js";
import { createActor, createCallbackContext } from "./telegram-context.js";

const COMMAND_OF: Readonly<Record<ButtonAction["kind"], string>> = { summary: "summary", follow: "follow", unsubscribe: "unsubscribe", more: "more", feed: "source" };

/** Handles a callback_query update. */
export async function handleCallbackQuery(ctx: Context, deps: TelegramHandlerDeps): Promise<void> {
  const query = ctx.callbackQuery;
  if (!query) return;
  const answer = async (text?: string): Promise<void> => {
    await ctx.answerCallbackQuery(text === undefined ? undefined : { text, show_alert: true });
  };
  const action = decodeCallbackData(query.data);
  const message = query.message;
  const definition = action ? deps.commands.find((command) => command.name === COMMAND_OF[action.kind]) : undefined;
  const optionName = definition?.options[0]?.name;
  const { translator } = deps.services;
  const locale = query.from.language_code;
  // Without the message there is no chat to ask: the presser's app language.
  if (!action || !message || !definition || !optionName) return answer(textIn(translator, translator.resolve(locale) ?? translator.fallback)("button-stale"));

  const threadId = "is_topic_message" in message && message.is_topic_message === true ? message.message_thread_id : undefined;
  const chatRef = telegramChatRef(message.chat.id, threadId);
  const chatText = () => chatTextOf(chatRef, locale, deps);
  let values: Map<string, string>;
  if (action.kind === "follow") {
    const article = await deps.services.articles.get(action.articleId);
    const topic = followableTopic(article?.tags[0]);
    if (!topic) return answer((await chatText())("button-story-gone"));
    values = new Map([[optionName, topic]]);
  } else if (action.kind === "feed") {
    // The choice must still be kept, and have been offered in this chat (callback data can be crafted).
    const target = await deps.services.sources.pick(chatRef, action.choiceId, action.number).catch((error: unknown) => {
      if (error instanceof UserFacingError) return { refused: error };
      throw error;
    });
    if (typeof target !== "string") return answer(userText(target.refused, await chatText()));
    values = new Map([["action", "add"], ["target", target]]);
  } else values = new Map([[optionName, action.kind === "summary" ? action.articleId : action.sectionId]]);

  const chat: CommandChat = { ...chatRef, kind: chatKindOf(message.chat.type), title: chatTitleOf(message.chat) };
  const from = query.from;
  const context = createCallbackContext({
    chat,
    actor: createActor({
      id: from.id,
      displayName: [from.first_name, from.last_name].filter(Boolean).join(" "),
      isAdmin: async () => message.chat.type === "private" || (await deps.admins.isAdmin(message.chat.id, from.id)),
    }),
    messageId: message.message_id,
    buttons: definition.name === "summary" ? "no-summaries" : "all",
    sender: deps.sender,
    answer,
  });
  try {
    await executeCommand({
      definition,
      parseOptions: () => validateOptions(definition.options, values, definition.name),
      context,
      services: deps.services,
      logger: deps.logger,
    });
  } finally {
    await context.ensureAnswered().catch((error: unknown) =>
      deps.logger.debug({ chat: chatKey(chatRef), error: describeTelegramError(error) }, "telegram: callback answer failed"),
    );
  }
}
