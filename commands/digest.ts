import type { CommandDefinition } from "../src/core/commands/command.js";
import { MINE_SECTION_ID } from "../src/core/chats/mine-section.js";
import { refuse } from "../src/core/shared/user-messages.js";
import { message } from "../src/core/shared/translator.js";

/** /digest [section]: the section's top stories since this chat's previous digest of it. */
export const digestCommand: CommandDefinition = {
  name: "digest",
  description: "Top stories of a section since your last digest",
  options: [{ name: "section", example: "politics", description: "Section, e.g. politics, or mine for your own feeds (default: your first subscription)", type: "string", required: false, completion: "section", maxLength: 64 }],
  permission: "anyone",
  slow: true,
  async run({ context, options, services }) {
    let section = options.string("section");
    if (!section) {
      const settings = await services.chats.get(context.chat);
      section = settings.sections[0] ?? (settings.sources && settings.sources.length > 0 ? MINE_SECTION_ID : undefined);
      if (!section) {
        throw refuse("missing-option", message("digest-no-section"), message("digest-name-section"), message("digest-try"));
      }
    }
    await context.reply(await services.digests.sectionDigest(context.chat, section));
  },
};
