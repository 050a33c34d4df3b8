/**
 * Buttons, the section select and the follow modal under delivered stories:
 *
 * - "Summary: …" (`nd:sum:<article id>`) runs /summary for that article, answered privately;
 * - "Follow a topic…" (`nd:follow`) opens a modal; its submission (`nd:follow-topic`) runs /follow;
 * - "Unsubscribe…" (`nd:unsub`) offers the chat's sections in a select menu; the choice
 *   (`nd:unsub-section`) runs /unsubscribe;
 * - "More from <section>" (`nd:more:<section>`) runs /more <section>, answered in the channel like
 *   /digest (the page counts as seen by the channel), with its own buttons;
 * - "1. <feed>" (`nd:feed:<choice>:<n>`) under the feeds of a page runs /source add with that feed,
 *   answered in the channel as when typed; an expired choice, or one offered in another channel, is
 *   answered privately.
 *
 * Settings changes need the same member permission as the slash commands (checked before the modal
 * or menu is even shown, and again by the command). Every answer is ephemeral. Unknown or mismatched
 * custom ids get a short "no longer works" answer.
 */
import type { ButtonInteraction, ModalSubmitInteraction, StringSelectMenuInteraction } from "discord.js";
import type { CommandDefinition } from "../../core/commands/command.js";
import { UserFacingError } from "../../core/shared/errors.js";
import { onlyManagersMessage } from "../../core/commands/execute-command.js";
import { answerLanguage, chatLanguage } from "../../core/commands/chat-language.js";
import { userText } from "../../core/shared/user-messages.js";
import { type TextOf, textIn } from "../../core/shared/translator.js";
import { FOLLOW_TOPIC_INPUT, followModal, parseCustomId, unsubscribeSelectRow } from "./buttons.js";
import { chatOfInteraction } from "./interaction-chat.js";
import { InteractionReplier } from "./interaction-context.js";
import { canManageChannel, describeMissingPermissions, missingPostingPermissions } from "./permissions.js";
import { renderPlainText, renderReply } from "./render-embeds.js";
import { type InteractionDependencies, type InteractionPlace, runCommand } from "./run-command.js";

/** A component or modal interaction newsdesk answers. */
export type ComponentInteraction = ButtonInteraction | StringSelectMenuInteraction | ModalSubmitInteraction;

const NO_BUTTONS = { summaryButtons: false, deliveryActions: false };

/** Handles one button click, select choice or modal submission. */
export async function handleComponent(interaction: ComponentInteraction, deps: InteractionDependencies): Promise<void> {
  const place = chatOfInteraction(interaction, deps.channels.take(interaction.id));
  const action = parseCustomId(interaction.customId);
  const command = (name: string) => deps.commands.find((candidate) => candidate.name === name);
  const run = (name: string, values: Record<string, string>, where: InteractionPlace) =>
    runCommand({ interaction, definition: command(name) as CommandDefinition, values: new Map(Object.entries(values)), place: where, privateByDefault: true, render: NO_BUTTONS, deps });
  if (place && action?.kind === "summary" && interaction.isButton() && command("summary")) {
    await run("summary", { article: action.articleId }, place);
    return;
  }
  if (place && action?.kind === "more" && interaction.isButton() && command("more")) {
    const definition = command("more") as CommandDefinition;
    await runCommand({ interaction, definition, values: new Map([["section", action.sectionId]]), place, privateByDefault: false, render: { summaryButtons: true, deliveryActions: false }, deps });
    return;
  }
  if (place && action?.kind === "feed" && interaction.isButton() && command("source")) {
    await addPickedFeed(interaction, action, place, deps);
    return;
  }
  if (place && action?.kind === "follow-submit" && interaction.isModalSubmit() && command("follow")) {
    await run("follow", { topic: interaction.fields.getTextInputValue(FOLLOW_TOPIC_INPUT) }, place);
    return;
  }
  if (place && action?.kind === "unsubscribe-choice" && interaction.isStringSelectMenu() && command("unsubscribe")) {
    await run("unsubscribe", { section: interaction.values[0] ?? "" }, place);
    return;
  }
  const replier = new InteractionReplier(interaction, { privateByDefault: true, render: (reply) => renderReply(reply, NO_BUTTONS), autoDeferMs: deps.autoDeferMs, logger: deps.logger });
  try {
    const target = action?.kind === "follow-prompt" ? "follow" : "unsubscribe";
    const isPrompt = (action?.kind === "follow-prompt" || action?.kind === "unsubscribe-prompt") && interaction.isButton();
    if (!place || !isPrompt || !command(target)) {
      const { translator } = deps.services;
      // Without a place there is no chat to ask: the member's app language.
      const text = place ? (await chatLanguage(deps.services, place)).text : textIn(translator, translator.resolve(interaction.locale) ?? translator.fallback);
      return await replier.send(text("button-expired"), "private");
    }
    await prompt(action.kind === "follow-prompt" ? "follow" : "unsubscribe", interaction, place, replier, deps);
  } finally {
    replier.dispose();
  }
}

/**
 * A feed of a page picked with its button: the choice must still be kept and have been offered in
 * this channel; then /source add runs with that feed, answered in the channel as when typed (the
 * command checks the member may change the channel's feeds).
 */
async function addPickedFeed(interaction: ButtonInteraction, action: { choiceId: string; number: number }, place: InteractionPlace, deps: InteractionDependencies): Promise<void> {
  let target: string;
  try {
    target = await deps.services.sources.pick(place.chat, action.choiceId, action.number);
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    const replier = new InteractionReplier(interaction, { privateByDefault: true, render: (reply) => renderReply(reply, NO_BUTTONS), autoDeferMs: deps.autoDeferMs, logger: deps.logger });
    try {
      return await replier.send(userText(error, (await chatLanguage(deps.services, place)).text), "private");
    } finally {
      replier.dispose();
    }
  }
  const definition = deps.commands.find((candidate) => candidate.name === "source") as CommandDefinition;
  await runCommand({ interaction, definition, values: new Map([["action", "add"], ["target", target]]), place, privateByDefault: false, render: NO_BUTTONS, deps });
}

/** Shows the follow modal or the section menu, once the member may change this chat's settings. */
async function prompt(target: "follow" | "unsubscribe", interaction: ComponentInteraction, place: InteractionPlace, replier: InteractionReplier, deps: InteractionDependencies): Promise<void> {
  const { chat, inThread } = place;
  const chatText = async (): Promise<TextOf> => (await chatLanguage(deps.services, place)).text;
  if (chat.kind !== "private" && !canManageChannel(interaction.memberPermissions)) {
    return replier.send(onlyManagersMessage(chat, target, await chatText()), "private");
  }
  if (target === "follow") {
    const missing = chat.kind === "private" ? [] : missingPostingPermissions(interaction.appPermissions, inThread);
    if (missing.length > 0) return replier.send(describeMissingPermissions(missing, inThread, await chatText()), "private");
    // The modal must be the first answer, before any deferral: no store read on its way, so it is in
    // the member's own app language (only they see it).
    const { translator } = deps.services;
    return replier.showModal(followModal(textIn(translator, translator.resolve(interaction.locale) ?? translator.fallback)));
  }
  const settings = await deps.services.chats.get(chat);
  // The settings just read name the chat's language: no second read.
  const text = textIn(deps.services.translator, answerLanguage(deps.services.translator, place, settings));
  if (settings.sections.length === 0) {
    return replier.send(text("unsubscribe-nothing", { place: chat.kind === "private" ? "private" : inThread ? "thread" : "channel" }), "private");
  }
  const sections = settings.sections.map((id) => ({ id, title: deps.services.catalog.get(id)?.title ?? id }));
  const content = renderPlainText(text("unsubscribe-which"))[0]?.content;
  return replier.sendMessages(() => [{ ...(content ? { content } : {}), embeds: [], components: [unsubscribeSelectRow(sections, text)] }], "private");
}
