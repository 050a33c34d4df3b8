/**
 * The single error boundary for everything users do on Discord: routes an interaction to slash
 * command, autocomplete or component handling; failures that escape (Discord refusing an answer, a
 * missed deadline) are logged, and the user gets the short apology if nothing was sent yet.
 */
import { type ChatInputCommandInteraction, type Interaction, MessageFlags } from "discord.js";
import type { RawOptionValue } from "../../core/commands/command-options.js";
import { GENERIC_APOLOGY } from "../../core/commands/execute-command.js";
import { render, textIn } from "../../core/shared/translator.js";
import { quoteTyped, refusal } from "../../core/shared/user-messages.js";
import { incomingAttachment } from "./attachment-file.js";
import { answerAutocomplete } from "./autocomplete.js";
import { toAnswerError } from "./errors.js";
import { handleComponent } from "./component-interactions.js";
import { chatOfInteraction } from "./interaction-chat.js";
import { type InteractionDependencies, answersPrivately, runCommand } from "./run-command.js";

const NO_MENTIONS = { parse: [] };

/** Handles one interaction; never throws. */
export async function handleInteraction(interaction: Interaction, deps: InteractionDependencies): Promise<void> {
  try {
    if (!(await claimed(interaction, deps))) {
      deps.channels.take(interaction.id);
      return;
    }
    if (interaction.isChatInputCommand()) await handleSlashCommand(interaction, deps);
    else if (interaction.isAutocomplete()) await answerAutocomplete(interaction, deps);
    else if (interaction.isButton() || interaction.isStringSelectMenu() || interaction.isModalSubmit()) await handleComponent(interaction, deps);
    else deps.channels.take(interaction.id);
  } catch (error) {
    deps.logger.error({ err: toAnswerError(error), interaction: interaction.id, type: interaction.type, command: interaction.isCommand() ? interaction.commandName : undefined }, "discord interaction failed");
    if (interaction.isRepliable() && !interaction.replied && !interaction.deferred) {
      // In the member's language: the store (where the chat's language is) may be what failed.
      const { translator } = deps.services;
      const apology = render(textIn(translator, translator.resolve(interaction.locale) ?? translator.fallback), GENERIC_APOLOGY);
      await interaction.reply({ content: apology, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS }).catch(() => undefined);
    }
  }
}

/**
 * Whether this instance answers the interaction. Instances that all run every gateway shard each
 * receive it; the first to claim it in the shared store answers, the others stay silent. If the
 * store cannot say, this instance answers: an answer Discord refuses as already given is better
 * than none.
 */
async function claimed(interaction: Interaction, deps: InteractionDependencies): Promise<boolean> {
  if (!deps.claim) return true;
  try {
    return await deps.claim(interaction.id);
  } catch (error) {
    deps.logger.warn({ err: error, interaction: interaction.id }, "discord interaction claim failed; answering anyway");
    return true;
  }
}

async function handleSlashCommand(interaction: ChatInputCommandInteraction, deps: InteractionDependencies): Promise<void> {
  const place = chatOfInteraction(interaction, deps.channels.take(interaction.id));
  const definition = deps.commands.find((command) => command.name === interaction.commandName);
  if (!definition || !place) {
    // In the member's app language: the command names no chat newsdesk knows yet.
    const { translator } = deps.services;
    const text = textIn(translator, translator.resolve(interaction.locale) ?? translator.fallback);
    const content = refusal(text("command-gone", { typed: quoteTyped(`/${interaction.commandName}`) }), text("command-gone-why"), text("command-gone-next"));
    await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  const values = new Map<string, RawOptionValue>();
  for (const option of interaction.options.data) {
    if (option.attachment) values.set(option.name, incomingAttachment(option.attachment, deps.attachmentOrigins));
    else if (option.value !== undefined && option.value !== null) values.set(option.name, option.value);
  }
  await runCommand({
    interaction,
    definition,
    values,
    place,
    privateByDefault: answersPrivately(definition),
    render: { summaryButtons: true, deliveryActions: false },
    deps,
  });
}
