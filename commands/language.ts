import type { CommandDefinition } from "../src/core/commands/command.js";
import { answerLanguage, languageList, languageName } from "../src/core/commands/chat-language.js";
import { UserFacingError } from "../src/core/shared/errors.js";

/**
 * /language de: the language of this chat's answers (one of the shipped catalogues); /language
 * alone: the current one and the choices.
 */
export const languageCommand: CommandDefinition = {
  name: "language",
  description: "The language of this chat's replies: /language de; /language alone shows it",
  options: [{ name: "code", label: "language code", example: "de", description: "A language code, e.g. de, es, fr, ru or en", type: "string", required: false, maxLength: 35 }],
  permission: "chat-admin",
  showsSettings: true,
  async run({ context, options, services }) {
    const { translator } = services;
    const typed = (options.string("code") ?? "").trim();
    const settings = await services.chats.get(context.chat);
    const current = answerLanguage(translator, context, settings);
    const list = languageList(translator);
    if (typed === "") {
      await context.reply(translator.t(current, "language-current", { name: languageName(current), code: current, list }));
      return;
    }
    const wanted = translator.resolve(typed);
    if (wanted === undefined) {
      const example = translator.languages.find((code) => code !== current) ?? translator.fallback;
      throw new UserFacingError("unknown-language", translator.t(current, "language-unknown", { typed: typed.slice(0, 35), list, example }));
    }
    await services.chats.setLanguage(context.chat, wanted);
    await context.reply(translator.t(wanted, "language-set", { name: languageName(wanted), code: wanted }));
  },
};
