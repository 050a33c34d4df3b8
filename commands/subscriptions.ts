import type { CommandDefinition } from "../src/core/command.js";

/** /subscriptions: what this chat receives, and when. */
export const subscriptionsCommand: CommandDefinition = {
  name: "subscriptions",
  description: "Show this chat's sections, follows and briefing time",
  options: [],
  permission: "anyone",
  showsSettings: true,
  async run({ context, services }) {
    const settings = await services.chats.get(context.chat);
    const briefing = settings.briefing.enabled
      ? `Morning briefing at ${settings.briefing.time} (${settings.briefing.timezone}).`
      : "Morning briefing is off.";
    await context.reply({
      kind: "briefing",
      title: "This chat's subscriptions",
      subtitle: briefing,
      sections: [
        {
          heading: "Sections",
          items: settings.sections.map((id) => {
            const section = services.catalog.get(id);
            return { title: section ? `${id} — ${section.title}` : `${id} (no longer offered)`, sources: [] };
          }),
          emptyText: "No sections yet. See /sections, then /subscribe <section>.",
        },
        {
          heading: "Follows",
          items: settings.follows.map((follow) => ({
            title: follow.topic,
            ...(follow.aliases.length > 0 ? { summary: `also: ${follow.aliases.join(", ")}` } : {}),
            sources: [],
          })),
          emptyText: "Not following any topic.",
        },
      ],
      ...(settings.paused ? { footer: `Deliveries are paused: ${settings.paused.reason}` } : {}),
    });
  },
};
