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
  async run({ context, services, language, text }) {
    const [settings, states] = await Promise.all([services.chats.get(context.chat), services.failingFeeds(FAILING_FEEDS_SHOWN)]);
    const failing = new Map(states.filter(isFailing).map((state) => [state.url, state]));
    const subscribed = new Set(settings.sections);
    const now = services.clock.now();
    await context.reply({
      kind: "briefing",
      title: text("sections-title"),
      subtitle: text("sections-subtitle"),
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
              .map(({ feed, state }) => describeFailing(feed, state, now, text, language));
            const more = broken.length - NAMED_PER_SECTION;
            const details = [
              text("sections-feeds", { count: section.feeds.length }),
              ...(broken.length > 0 ? [`${text("sections-failing", { count: broken.length })} — ${[...broken.slice(0, NAMED_PER_SECTION), ...(more > 0 ? [text("feeds-more", { count: more })] : [])].join("; ")}`] : []),
              ...(subscribed.has(section.id) ? [text("sections-subscribed")] : []),
            ];
            return {
              title: `${section.id} — ${section.title}`,
              ...(section.description ? { summary: section.description } : {}),
              sources: [],
              detail: details.join(" · "),
            };
          }),
          emptyText: text("section-none"),
        },
      ],
      ...(states.length >= FAILING_FEEDS_SHOWN ? { footer: text("sections-many-failing", { count: FAILING_FEEDS_SHOWN }) } : {}),
    });
  },
};
