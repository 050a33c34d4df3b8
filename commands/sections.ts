import type { CommandDefinition } from "../src/core/command.js";

/** /sections: every section with its description, feed count and health. */
export const sectionsCommand: CommandDefinition = {
  name: "sections",
  description: "List the news sections you can subscribe to",
  options: [],
  permission: "anyone",
  async run({ context, services }) {
    const [settings, states] = await Promise.all([services.chats.get(context.chat), services.feedStates()]);
    const failing = new Map(states.filter((state) => state.consecutiveFailures > 0 || !state.healthy).map((state) => [state.url, state]));
    const subscribed = new Set(settings.sections);
    await context.reply({
      kind: "briefing",
      title: "Sections",
      subtitle: "Subscribe with /subscribe <section>",
      sections: [
        {
          items: services.catalog.all().map((section) => {
            const broken = section.feeds.flatMap((feed) => {
              const state = failing.get(feed.url);
              return state ? [`${feed.name ?? state.title ?? hostOf(feed.url)}: ${reasonOf(state.lastError)}${state.healthy ? "" : " (unhealthy)"}`] : [];
            });
            const details = [
              `${section.feeds.length} ${section.feeds.length === 1 ? "feed" : "feeds"}`,
              ...(broken.length > 0 ? [`${broken.length} failing — ${broken.slice(0, 3).join("; ")}${broken.length > 3 ? "; …" : ""}`] : []),
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

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/** The failure in words, without the URL the fetcher prefixes it with, bounded. */
function reasonOf(error: string | undefined): string {
  const reason = (error ?? "failing").replace(/^\S+:\s+(?:refused:\s+)?/u, "");
  return reason.length > 160 ? `${reason.slice(0, 159)}…` : reason;
}
