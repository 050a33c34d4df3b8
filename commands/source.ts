import type { TextOf } from "../src/core/shared/translator.js";
import type { CommandDefinition, CommandContext } from "../src/core/commands/command.js";
import { MAX_SOURCE_NAME, MINE_SECTION_ID } from "../src/core/chats/chat-sources.js";
import { DEFAULT_IMPORT_MAX_BYTES, IMPORT_DEADLINE_MS, MAX_IMPORT_FEEDS, exportSourcesOpml } from "../src/core/commands/chat-sources-opml.js";
import { runImport } from "./source-import.js";
import { onlyManagersMessage } from "../src/core/commands/execute-command.js";
import { describeFailing, isFailing } from "../src/core/feeds/feed-health.js";
import { quoteTyped, refuse } from "../src/core/shared/user-messages.js";

const ACTIONS = ["add", "list", "remove", "export", "import"] as const;

/** Whether the actor may change this chat's feeds (told privately when not). */
async function mayChange(context: CommandContext, text: TextOf): Promise<boolean> {
  if (context.chat.kind === "private" || (await context.actor.isChatAdmin())) return true;
  await context.replyPrivately(onlyManagersMessage(context.chat, "source", text, "change"));
  return false;
}

/**
 * /source add <url> [name] | list | remove <name|url>: feeds this chat adds itself, which form its
 * own section ("mine": /digest mine, the briefing, follows).
 */
export const sourceCommand: CommandDefinition = {
  name: "source",
  description: "Your own feeds: /source add <url> [name], list, remove <name>, export or import (OPML)",
  options: [
    { name: "action", description: "add, list, remove, export or import", type: "string", required: true, choices: ACTIONS, example: "add" },
    { name: "target", label: "feed", example: "https://example.org/feed.xml", description: "Feed or web page URL (and a name), or the name to remove", type: "string", required: false, rest: true, maxLength: 2_100 },
    { name: "file", label: "OPML file", description: "An OPML subscription list, for /source import", type: "attachment", required: false },
  ],
  permission: "anyone",
  slow: true,
  limits: (services) => [
    `A chat has at most ${services.sources.policy.maxPerChat} feeds of its own; a name is at most ${MAX_SOURCE_NAME} characters.`,
    "Only administrators of a group or channel add, remove or import its feeds.",
    `/source export sends this chat's feeds as an OPML file. /source import adds the feeds of an OPML file (at most ${Math.floor((services.sources.policy.maxImportBytes ?? DEFAULT_IMPORT_MAX_BYTES) / 1024)} KiB and ${MAX_IMPORT_FEEDS} feeds; checking stops after ${IMPORT_DEADLINE_MS / 60_000} minutes): on Telegram send the file with the caption /source import, or reply /source import to it; on Discord attach it to the file option.`,
  ],
  async run({ context, options, services, text }) {
    const action = (options.string("action") ?? "").toLowerCase();
    const target = (options.string("target") ?? "").trim();
    if (action === "list") {
      const sources = await services.sources.list(context.chat);
      const states = new Map((await services.feedStates(sources.map((source) => source.url))).map((state) => [state.url, state]));
      const now = services.clock.now();
      // Nobody else is told when a chat's own feed fails: the list says so.
      const health = (url: string, name: string): string => {
        const state = states.get(url);
        if (isFailing(state)) return `${url} — ${describeFailing({ url, name, sectionId: MINE_SECTION_ID, pollIntervalSeconds: 0 }, state, now)}`;
        return state?.lastSuccessAt === undefined ? `${url} — not read yet` : url;
      };
      await context.reply(
        sources.length === 0
          ? "This chat has no feeds of its own. Add one with /source add https://example.org/feed.xml."
          : {
              kind: "briefing",
              title: `Your own feeds (${sources.length} of ${services.sources.policy.maxPerChat})`,
              sections: [{ items: sources.map((source) => ({ title: source.name, url: source.url, sources: [], summary: health(source.url, source.name) })) }],
              footer: `Their stories: /digest ${MINE_SECTION_ID}. Remove one with /source remove <name>.`,
            },
      );
      return;
    }
    if (action === "export") {
      await context.reply(await exportSourcesOpml(services.sources, context.chat));
      return;
    }
    if (action === "import") {
      if (await mayChange(context, text)) await runImport({ context, file: options.file("file"), services });
      return;
    }
    if (!target) {
      throw refuse("missing-option", `/source ${action} needs ${action === "add" ? "a feed or web page address" : "the name or address of one of this chat's feeds"}`, action === "add" ? "Try /source add https://example.org/feed.xml" : "See them with /source list");
    }
    if (!(await mayChange(context, text))) return;
    if (action === "remove") {
      const removed = await services.sources.remove(context.chat, target);
      await context.reply(`Removed "${removed.name}" (${removed.url}) from this chat's feeds.`);
      return;
    }
    const [url = "", ...rest] = target.split(/\s+/u);
    const name = rest.join(" ");
    const outcome = await services.sources.add(context.chat, url, name || undefined);
    if (outcome.kind === "already") {
      await context.reply(`This chat already has that feed, as "${outcome.source.name}". See its stories with /digest ${MINE_SECTION_ID}.`);
    } else if (outcome.kind === "added") {
      await context.reply(
        `Added "${outcome.source.name}" (${outcome.source.url}, ${outcome.itemCount} items now). Its stories arrive in /digest ${MINE_SECTION_ID} and your briefing once it has been read.`,
      );
    } else {
      await context.reply({
        kind: "briefing",
        title: `${quoteTyped(url)} has ${outcome.feeds.length} feeds`,
        sections: [{ items: outcome.feeds.map((feed, index) => ({ title: `${index + 1}. ${feed.title || feed.url}`, url: feed.url, summary: `/source add ${feed.url}`, sources: [] })) }],
        footer: `Add one with the command under it, or by its number: /source add ${url} 2.`,
        feedChoice: { choiceId: outcome.choiceId, titles: outcome.feeds.map((feed) => feed.title || feed.url) },
      });
    }
  },
};
