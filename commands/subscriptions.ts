import type { CommandDefinition } from "../src/core/commands/command.js";
import { describeSchedule } from "../src/core/chats/briefing-schedule-input.js";
import { answerLanguage, languageName } from "../src/core/commands/chat-language.js";

/** /subscriptions: what this chat receives, and when (briefing time, zone and days; quiet hours). */
export const subscriptionsCommand: CommandDefinition = {
  name: "subscriptions",
  description: "Show this chat's sections, follows, briefing time, quiet hours and language",
  options: [],
  permission: "anyone",
  showsSettings: true,
  async run({ context, services }) {
    const settings = await services.chats.get(context.chat);
    const { policy } = services.chats;
    const language = answerLanguage(services.translator, context, settings);
    const quiet = settings.quietHours
      ? `${settings.quietHours.start}-${settings.quietHours.end} ${settings.briefing.timezone}: alerts are held and arrive together afterwards`
      : "none: alerts arrive as they come";
    await context.reply({
      kind: "briefing",
      title: "This chat's subscriptions",
      sections: [
        {
          heading: "When",
          items: [
            {
              title: settings.briefing.enabled ? `Morning briefing: ${describeSchedule(settings.briefing)}` : "Morning briefing: off",
              summary: "Change it with /briefing 07:00 Europe/London weekdays, or /briefing off.",
              sources: [],
            },
            { title: `Quiet hours: ${quiet}`, summary: "Change them with /quiet 22:00-07:00, or /quiet off.", sources: [] },
            { title: `Language: ${languageName(language)} (${language})`, summary: "Change it with /language <code>, e.g. /language de.", sources: [] },
          ],
        },
        {
          heading: `Sections (${settings.sections.length} of ${policy.maxSectionsPerChat})`,
          items: settings.sections.map((id) => {
            const section = services.catalog.get(id);
            return { title: section ? `${id} — ${section.title}` : `${id} (no longer offered)`, sources: [] };
          }),
          emptyText: "No sections yet. See /sections, then /subscribe <section>.",
        },
        {
          heading: `Follows (${settings.follows.length} of ${policy.maxFollowsPerChat})`,
          items: settings.follows.map((follow) => ({
            title: follow.topic,
            ...(follow.aliases.length > 0 ? { summary: `also: ${follow.aliases.join(", ")}` } : {}),
            sources: [],
          })),
          emptyText: "Not following any topic. Try /follow APT31 | Judgement Panda.",
        },
      ],
      ...(settings.paused ? { footer: `Deliveries are paused: ${settings.paused.reason}` } : {}),
    });
  },
};
