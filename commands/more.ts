import type { CommandDefinition } from "../src/core/commands/command.js";
import { CURSOR_TTL_MS } from "../src/core/digests/digest-pages.js";
import { refuse } from "../src/core/shared/user-messages.js";
import { message } from "../src/core/shared/translator.js";

/**
 * /more [section]: the next page of this chat's latest digest (or briefing) of the section, from
 * where it stopped; the pages do not shift when new stories arrive meanwhile. What /more shows
 * counts as seen: the next /digest starts after it.
 */
export const moreCommand: CommandDefinition = {
  name: "more",
  description: "The next stories of your last digest of a section",
  options: [{ name: "section", example: "politics", description: "Section, e.g. politics (default: your first subscription)", type: "string", required: false, completion: "section", maxLength: 64 }],
  permission: "anyone",
  slow: true,
  limits: (services, text) => [text("more-limit", { hours: CURSOR_TTL_MS / 3_600_000, count: services.digests.pageSize })],
  async run({ context, options, services }) {
    let section = options.string("section");
    if (!section) {
      const settings = await services.chats.get(context.chat);
      section = settings.sections[0];
      if (!section) {
        throw refuse("missing-option", message("more-no-section"), message("more-name-section"), message("more-try"));
      }
    }
    await context.reply(await services.digests.more(context.chat, section));
  },
};
