import type { CommandDefinition } from "../src/core/commands/command.js";
import { describeFailing, FAILING_FEEDS_SHOWN, isFailing } from "../src/core/feeds/feed-health.js";

/** Failing feeds named per section; the rest are counted. */
const NAMED_PER_SECTION = 3;

/**
 * /sections: every section with its description, feed count and health. Only the failing feeds are
 * read (an index), so the answer costs the same with 50 feeds or 50,000.
 */
export const sectionsCommand: CommandDefinition = {
  name: "sections",
  description: "List the news sections you can subscribe to",
  options: [],
  permission: "anyone",
  async run({ context, services }) {
    const [settings, states] = await Promise.all([services.chats.get(context.chat), services.failingFeeds(FAILING_FEEDS_SHOWN)]);
    const failing = new Map(states.filter(isFailing).map((state) => [state.url, state]));
    const subscribed = new Set(settings.sections);
    const now = services.clock.now();
    await context.reply({
      kind: "briefing",
      title: "Sections",
      subtitle: "Subscribe with /subscribe <section>",
      sections: [
        {
          items: services.catalog.all().map((section) => {
            // Longest failing first.
            const broken = section.feeds
              .flatMap((feed) => {
                const state = failing.get(feed.url);
                return isFailing(state) ? [{ feed, state }] : [];
              })
              .sort((left, right) => left.state.failingSince - right.state.failingSince)
              .map(({ feed, state }) => describeFailing(feed, state, now));
            const more = broken.length - NAMED_PER_SECTION;
            const details = [
              `${section.feeds.length} ${section.feeds.length === 1 ? "feed" : "feeds"}`,
              ...(broken.length > 0 ? [`${broken.length} failing — ${broken.slice(0, NAMED_PER_SECTION).join("; ")}${more > 0 ? `; ${more} more` : ""}`] : []),
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
      ...(states.length >= FAILING_FEEDS_SHOWN ? { footer: `More than ${FAILING_FEEDS_SHOWN} feeds are failing: the longest failing are counted here.` } : {}),
    });
  },
};
