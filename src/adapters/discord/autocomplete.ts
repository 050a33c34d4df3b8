/**
 * Autocomplete for options that declare a completion: section names (`completion: "section"`), the
 * chat's followed topics (`completion: "follow"`) and command names (`completion: "command"`). Discord shows at most 25 choices, names and
 * values of at most 100 characters. Answered within the 3-second deadline: suggestions that take longer
 * than {@link AUTOCOMPLETE_BUDGET_MS} (a slow store) give an empty list instead.
 */
import type { AutocompleteInteraction } from "discord.js";
import type { OptionCompletion } from "../../core/commands/command.js";
import type { CommandServices } from "../../core/commands/command-services.js";
import type { ChatRef } from "../../core/chats/chat.js";
import { singleLine, truncate } from "./discord-text.js";
import { toAnswerError } from "./errors.js";
import { chatOfInteraction } from "./interaction-chat.js";
import type { InteractionDependencies } from "./run-command.js";

/** One autocomplete choice. */
export interface Choice {
  name: string;
  value: string;
}

/** Longest time spent finding suggestions. */
export const AUTOCOMPLETE_BUDGET_MS = 2_000;
const MAX_CHOICES = 25;

/** Suggestions for what the user typed so far, best first. */
export async function suggestChoices(completion: OptionCompletion, typed: string, chat: ChatRef, services: CommandServices): Promise<Choice[]> {
  const wanted = singleLine(typed).toLowerCase();
  const candidates: { rank: number; choice: Choice }[] = [];
  const consider = (keys: readonly string[], choice: Choice) => {
    const lowered = keys.map((key) => key.toLowerCase());
    const rank = wanted === "" || lowered.some((key) => key.startsWith(wanted)) ? 0 : lowered.some((key) => key.includes(wanted)) ? 1 : -1;
    if (rank >= 0 && choice.value.length <= 100) candidates.push({ rank, choice });
  };
  if (completion === "section") {
    for (const section of services.catalog.all()) consider([section.id, section.title], { name: truncate(`${section.title} (${section.id})`, 100), value: section.id });
  } else if (completion === "command") {
    for (const command of services.commands()) consider([command.name], { name: truncate(`/${command.name} — ${command.description}`, 100), value: command.name });
  } else {
    const settings = await services.chats.get(chat);
    for (const follow of settings.follows) {
      const also = follow.aliases.length > 0 ? ` — also ${follow.aliases.join(", ")}` : "";
      consider([follow.topic, ...follow.aliases], { name: truncate(`${follow.topic}${also}`, 100), value: follow.topic });
    }
  }
  return candidates
    .sort((left, right) => left.rank - right.rank)
    .slice(0, MAX_CHOICES)
    .map((candidate) => candidate.choice);
}

/** Answers one autocomplete interaction (an empty list when nothing applies or on failure). */
export async function answerAutocomplete(interaction: AutocompleteInteraction, deps: InteractionDependencies): Promise<void> {
  const info = deps.channels.take(interaction.id);
  const definition = deps.commands.find((command) => command.name === interaction.commandName);
  const focused = interaction.options.getFocused(true);
  const completion = definition?.options.find((option) => option.name === focused.name)?.completion;
  const place = chatOfInteraction(interaction, info);
  let choices: Choice[] = [];
  if (completion && place) {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<Choice[]>((resolve) => {
      timer = setTimeout(() => resolve([]), AUTOCOMPLETE_BUDGET_MS);
    });
    try {
      choices = await Promise.race([suggestChoices(completion, String(focused.value), place.chat, deps.services), timeout]);
    } catch (error) {
      deps.logger.warn({ err: toAnswerError(error), command: interaction.commandName }, "autocomplete failed");
    } finally {
      clearTimeout(timer);
    }
  }
  await interaction.respond(choices);
}
