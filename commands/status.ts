import type { BriefingItem } from "../src/core/digests/briefing-document.js";
import { scheduleIn } from "../src/core/commands/answer-time.js";
import { formatLocalTime } from "../src/core/shared/format-time.js";
import type { CommandDefinition } from "../src/core/commands/command.js";
import { describeFailing, describeMoved, feedName, isFailing } from "../src/core/feeds/feed-health.js";
import type { FeedState } from "../src/core/feeds/feed.js";

/** Feeds named per section (failing or moved ones); the rest are counted. */
const NAMED_PER_SECTION = 8;
/** Feeds whose state is read for one answer: a chat's sections are bounded, and so is this. */
const MAX_FEEDS_READ = 2_000;

/**
 * /status [on|off]: for the admins of this chat, its sections with their feeds' health
 * (failing feeds named with the reason and since when, feeds that moved), its briefing schedule and
 * next briefing, its follows, and whether feed health notices come here.
 */
export const statusCommand: CommandDefinition = {
  name: "status",
  description: "Show the health of this chat's feeds, its next briefing, and feed notices",
  options: [
    {
      name: "notices",
      description: "Turn notices about failing feeds of this chat's sections on or off",
      type: "string",
      required: false,
      choices: ["on", "off"],
      example: "off",
    },
  ],
  permission: "chat-admin",
  showsSettings: true,
  async run({ context, options, services, language, text }) {
    const notices = options.string("notices");
    const changed = notices === undefined ? undefined : await services.chats.setFeedNotices(context.chat, notices === "on");
    const settings = await services.chats.get(context.chat);
    const sections = settings.sections.flatMap((id) => {
      const section = services.catalog.get(id);
      return section ? [section] : [];
    });
    const urls = sections.flatMap((section) => section.feeds.map((feed) => feed.url)).slice(0, MAX_FEEDS_READ);
    const states = new Map<string, FeedState>((await services.feedStates(urls)).map((state) => [state.url, state]));
    const now = services.clock.now();
    const timezone = settings.briefing.timezone;

    const sectionItems: BriefingItem[] = sections.map((section) => {
      const lines: string[] = [];
      let failing = 0;
      for (const feed of section.feeds) {
        const state = states.get(feed.url);
        const moved = describeMoved(state, text);
        if (isFailing(state)) failing += 1;
        if (isFailing(state)) lines.push(describeFailing(feed, state, now, text, language) + (moved ? `; ${moved}` : ""));
        else if (moved) lines.push(`${feedName(feed, state)}: ${moved}`);
      }
      const shown = lines.slice(0, NAMED_PER_SECTION);
      const more = lines.length - shown.length;
      return {
        title: `${section.id} — ${section.title}`,
        detail: failing === 0 ? text("status-feeds-working", { count: section.feeds.length }) : text("status-feeds-failing", { count: section.feeds.length, failing }),
        ...(shown.length > 0 ? { summary: [...shown, ...(more > 0 ? [text("feeds-more", { count: more })] : [])].join("\n") } : {}),
        sources: [],
      };
    });
    const gone = settings.sections.filter((id) => !services.catalog.get(id));
    for (const id of gone) sectionItems.push({ title: text("section-gone", { id }), sources: [] });

    const next = settings.nextBriefingAt;
    const schedule = scheduleIn(settings.briefing, language, text);
    const briefing =
      settings.briefing.enabled && next !== undefined
        ? text("status-briefing-next", { schedule, next: formatLocalTime(Math.max(next, now), now, timezone, language) })
        : text("subscriptions-briefing", { schedule });
    const noticesOn = settings.feedNotices !== false;
    await context.reply({
      kind: "briefing",
      title: text("status-title"),
      ...(changed === undefined ? {} : { subtitle: text(`status-notices-${noticesOn ? "on" : "off"}${changed === "unchanged" ? "-already" : ""}`) }),
      sections: [
        {
          heading: text("status-deliveries"),
          items: [
            { title: briefing, sources: [] },
            { title: text("status-follows", { count: settings.follows.length, max: services.chats.policy.maxFollowsPerChat }), sources: [] },
            {
              title: text(noticesOn ? "status-notices-title-on" : "status-notices-title-off"),
              summary: text(noticesOn ? "status-notices-explain-on" : "status-notices-explain-off"),
              sources: [],
            },
          ],
        },
        {
          heading: text("status-sections", { count: settings.sections.length }),
          items: sectionItems,
          emptyText: text("subscriptions-no-sections"),
        },
      ],
      ...(settings.paused ? { footer: settings.paused.byOperator ? text("chat-paused-by-operator") : text("chat-paused", { reason: settings.paused.reason }) } : {}),
    });
  },
};
