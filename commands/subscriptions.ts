import type { CommandDefinition } from "../src/core/commands/command.js";
import { scheduleIn } from "../src/core/commands/answer-time.js";
import { languageName } from "../src/core/commands/chat-language.js";

/** /subscriptions: what this chat receives, and when (briefing time, zone and days; quiet hours), in the chat's language. */
export const subscriptionsCommand: CommandDefinition = {
  name: "subscriptions",
  description: "Show this chat's sections, follows, briefing time, quiet hours and language",
  options: [],
  permission: "anyone",
  showsSettings: true,
  async run({ context, services, language, text }) {
    const settings = await services.chats.get(context.chat);
    const { policy } = services.chats;
    const quiet = settings.quietHours
      ? text("subscriptions-quiet", { start: settings.quietHours.start, end: settings.quietHours.end, zone: settings.briefing.timezone })
      : text("subscriptions-quiet-none");
    await context.reply({
      kind: "briefing",
      title: text("subscriptions-title"),
      sections: [
        {
          heading: text("subscriptions-when"),
          items: [
            {
              title: text("subscriptions-briefing", { schedule: scheduleIn(settings.briefing, language, text) }),
              summary: text("subscriptions-briefing-change"),
              sources: [],
            },
            { title: quiet, summary: text("subscriptions-quiet-change"), sources: [] },
            { title: text("subscriptions-language", { name: languageName(language), code: language }), summary: text("subscriptions-language-change"), sources: [] },
          ],
        },
        {
          heading: text("subscriptions-sections", { count: settings.sections.length, max: policy.maxSectionsPerChat }),
          items: settings.sections.map((id) => {
            const section = services.catalog.get(id);
            return { title: section ? `${id} — ${section.title}` : text("section-gone", { id }), sources: [] };
          }),
          emptyText: text("subscriptions-no-sections"),
        },
        {
          heading: text("subscriptions-follows", { count: settings.follows.length, max: policy.maxFollowsPerChat }),
          items: settings.follows.map((follow) => ({
            title: follow.topic,
            ...(follow.aliases.length > 0 ? { summary: text("subscriptions-aliases", { aliases: follow.aliases.join(", ") }) } : {}),
            sources: [],
          })),
          emptyText: text("subscriptions-no-follows"),
        },
      ],
      ...(settings.paused ? { footer: settings.paused.byOperator ? text("chat-paused-by-operator") : text("chat-paused", { reason: settings.paused.reason }) } : {}),
    });
  },
};
