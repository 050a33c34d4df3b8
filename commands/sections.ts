import type { CommandDefinition } from "../src/core/command.js";

/** /sections: every section with its description, feed count and health. */
export const sectionsCommand: CommandDefinition = {
  name: "sections",
  description: "List the news sections you can subscribe to",
  options: [],
  permission: "anyone",
  async run({ context, services }) {
    const [settings, states] = await Promise.all([services.chats.get(context.chat), services.feedStates()]);
    const unhealthy = new Set(states.filter((state) => !state.healthy).map((state) => state.url));
    const subscribed = new Set(settings.sections);
    await context.reply({
      kind: "briefing",
      title: "Sections",
      subtitle: "Subscribe with /subscribe <section>",
      sections: [
        {
          items: services.catalog.all().map((section) => {
            const failing = section.feeds.filter((feed) => unhealthy.has(feed.url)).length;
            const details = [
              `${section.feeds.length} ${section.feeds.length === 1 ? "feed" : "feeds"}`,
              ...(failing > 0 ? [`${failing} failing`] : []),
              ...(subscribed.has(section.id) ? ["subscribed"] : []),
            ];
            return {
              title: `${section.id} — ${section.title}`,
              ...(section.description ? { summary: section.description } : {}),
              sources: [],
              detail: details.join(" · "),
            };
          }),
          emptyText: "No sections are configured.",
        },
      ],
    });
  },
};
