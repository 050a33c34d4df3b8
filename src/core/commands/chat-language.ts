/**
 * A chat's language for a command's answer, and the translated texts commands share (command
 * descriptions, language names).
 */
import type { ChatRef, ChatSettings } from "../chats/chat.js";
import { type TextOf, type Translator, render, textIn } from "../shared/translator.js";
import type { CommandDefinition, OptionSpec } from "./command.js";
import { descriptionRef } from "./command-options.js";
import type { CommandServices } from "./command-services.js";

/**
 * The language to answer in: the chat's chosen one (adopted at set-up or set by /language), else
 * what the platform reports for this chat when a catalogue ships for it, else the chat's default.
 */
export function answerLanguage(translator: Translator, context: { chat: { locale?: string } }, settings: Pick<ChatSettings, "language" | "languageFrom">): string {
  if (settings.languageFrom !== undefined) return translator.resolve(settings.language) ?? translator.fallback;
  return translator.resolve(context.chat.locale) ?? translator.resolve(settings.language) ?? translator.fallback;
}

/**
 * The chat's language and its messages, for answers outside a command (an unknown command, plain
 * text, a button press). When the chat's settings cannot be read, the platform's report is used.
 */
export async function chatLanguage(services: Pick<CommandServices, "translator" | "chats">, context: { chat: ChatRef & { locale?: string } }): Promise<{ language: string; text: TextOf }> {
  const { translator } = services;
  let language: string;
  try {
    language = answerLanguage(translator, context, await services.chats.get(context.chat));
  } catch {
    language = translator.resolve(context.chat.locale) ?? translator.fallback;
  }
  return { language, text: textIn(translator, language) };
}

/** A command's description in `language` (`command-<name>` in the catalogues; else its own English one). */
export function commandDescription(translator: Translator, language: string, command: CommandDefinition): string {
  const id = `command-${command.name}`;
  const text = translator.t(language, id);
  return text === id ? command.description : text;
}

/** An option's description in `language` (`option-<command>-<option>` in the catalogues; else its own English one). */
export function optionDescription(translator: Translator, language: string, commandName: string, option: OptionSpec): string {
  return render(textIn(translator, language), descriptionRef(option, commandName));
}

/** A language's name in that language ("Deutsch", "français"), from Intl; the code when Intl has none. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every shipped language as "de (Deutsch)", comma-separated, fallback first. */
export function languageList(translator: Translator): string {
  return translator.languages.map((code) => `${code} (${languageName(code)})`).join(", ");
}
