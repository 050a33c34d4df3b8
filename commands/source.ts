import type { CommandDefinition, CommandContext } from "../src/core/commands/command.js";
import { MAX_SOURCE_NAME, MINE_SECTION_ID } from "../src/core/chats/chat-sources.js";
import { DEFAULT_IMPORT_MAX_BYTES, IMPORT_DEADLINE_MS, MAX_IMPORT_FEEDS, exportSourcesOpml } from "../src/core/commands/chat-sources-opml.js";
import { runImport } from "./source-import.js";
import { onlyManagersMessage } from "../src/core/commands/execute-command.js";
import { describeFailing, isFailing } from "../src/core/feeds/feed-health.js";
import { quoteTyped, refuse } from "../src/core/shared/user-messages.js";
import { type TextOf, message } from "../src/core/shared/translator.js";

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
  limits: (services, text) => [
    text("source-limit", { max: services.sources.policy.maxPerChat, name: MAX_SOURCE_NAME }),
    text("source-limit-admins"),
    text("source-limit-opml", {
      kib: Math.floor((services.sources.policy.maxImportBytes ?? DEFAULT_IMPORT_MAX_BYTES) / 1024),
      feeds: MAX_IMPORT_FEEDS,
      minutes: IMPORT_DEADLINE_MS / 60_000,
    }),
  ],
  async run({ context, options, services, language, text }) {
    const action = (options.string("action") ?? "").toLowerCase();
    const target = (options.string("target") ?? "").trim();
    if (action === "list") {
      const sources = await services.sources.list(context.chat);
      const states = new Map((await services.feedStates(sources.map((source) => source.url))).map((state) => [state.url, state]));
      const now = services.clock.now();
      // Nobody else is told when a chat's own feed fails: the list says so.
      const health = (url: string, name: string): string => {
        const state = states.get(url);
        if (isFailing(state)) return `${url} — ${describeFailing({ url, name, sectionId: MINE_SECTION_ID, pollIntervalSeconds: 0 }, state, now, text, language)}`;
        return state?.lastSuccessAt === undefined ? `${url} — ${text("source-not-read")}` : url;
      };
      await context.reply(
        sources.length === 0
          ? text("source-list-none")
          : {
              kind: "briefing",
              title: text("source-list-title", { count: sources.length, max: services.sources.policy.maxPerChat }),
              sections: [{ items: sources.map((source) => ({ title: source.name, url: source.url, sources: [], summary: health(source.url, source.name) })) }],
              footer: text("source-list-footer", { mine: MINE_SECTION_ID }),
            },
      );
      return;
    }
    if (action === "export") {
      await context.reply(await exportSourcesOpml(services.sources, context.chat, text));
      return;
    }
    if (action === "import") {
      if (await mayChange(context, text)) await runImport({ context, file: options.file("file"), services, text });
      return;
    }
    if (!target) {
      throw action === "add"
        ? refuse("missing-option", message("source-add-needs"), message("source-add-try"))
        : refuse("missing-option", message("source-remove-needs", { command: `/source ${action}` }), message("source-see-list"));
    }
    if (!(await mayChange(context, text))) return;
    if (action === "remove") {
      const removed = await services.sources.remove(context.chat, target);
      await context.reply(text("source-removed", { name: `"${removed.name}"`, url: removed.url }));
      return;
    }
    const [url = "", ...rest] = target.split(/\s+/u);
    const name = rest.join(" ");
    const outcome = await services.sources.add(context.chat, url, name || undefined);
    if (outcome.kind === "already") {
      await context.reply(text("source-already", { name: `"${outcome.source.name}"`, mine: MINE_SECTION_ID }));
    } else if (outcome.kind === "added") {
      await context.reply(text("source-added", { name: `"${outcome.source.name}"`, url: outcome.source.url, count: outcome.itemCount, mine: MINE_SECTION_ID }));
    } else {
      await context.reply({
        kind: "briefing",
        title: text("source-choose-title", { typed: quoteTyped(url), count: outcome.feeds.length }),
        sections: [{ items: outcome.feeds.map((feed, index) => ({ title: `${index + 1}. ${feed.title || feed.url}`, url: feed.url, summary: `/source add ${feed.url}`, sources: [] })) }],
        footer: text("source-choose-footer", { example: `/source add ${url} 2` }),
        feedChoice: { choiceId: outcome.choiceId, titles: outcome.feeds.map((feed) => feed.title || feed.url) },
      });
    }
  },
};
