import type { CommandDefinition } from "../src/core/commands/command.js";

/** /subscribe <section>: add a section to this chat's briefings. */
export const subscribeCommand: CommandDefinition = {
  name: "subscribe",
  description: "Subscribe this chat to a section's digests and morning briefing",
  options: [{ name: "section", example: "politics", description: "Section to subscribe to, e.g. politics", type: "string", required: true, completion: "section", maxLength: 64 }],
  permission: "chat-admin",
  setsUpDeliveries: true,
  limits: (services, text) => [text("subscribe-limit", { max: services.chats.policy.maxSectionsPerChat })],
  async run({ context, options, services, text }) {
    const { result, sectionId } = await services.chats.subscribe(context.chat, options.string("section") ?? "");
    const title = services.catalog.get(sectionId)?.title ?? sectionId;
    await context.reply(
      result === "changed"
        ? text("subscribe-done", { section: title, id: sectionId })
        : text("subscribe-already", { section: title }),
    );
  },
};
