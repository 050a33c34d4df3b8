import type { CommandDefinition } from "../src/core/commands/command.js";

/** /unsubscribe <section>: remove a section from this chat. */
export const unsubscribeCommand: CommandDefinition = {
  name: "unsubscribe",
  description: "Unsubscribe this chat from a section",
  options: [{ name: "section", example: "politics", description: "Section to unsubscribe from", type: "string", required: true, completion: "section", maxLength: 64 }],
  permission: "chat-admin",
  async run({ context, options, services, text }) {
    const { result, sectionId } = await services.chats.unsubscribe(context.chat, options.string("section") ?? "");
    const title = services.catalog.get(sectionId)?.title ?? sectionId;
    await context.reply(result === "changed" ? text("unsubscribe-done", { section: title }) : text("unsubscribe-not", { section: title }));
  },
};
