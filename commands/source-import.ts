/**
 * `/source import`: runs the import of an attached OPML file and answers with its report: what was
 * added, what the chat already had, and every feed that failed with the reason (the list bounded,
 * the rest counted, so nothing is dropped without a word).
 */
import type { BriefingItem, BriefingSection } from "../src/core/digests/briefing-document.js";
import { type ImportReport, importSourcesOpml } from "../src/core/commands/chat-sources-opml.js";
import { MINE_SECTION_ID } from "../src/core/chats/chat-sources.js";
import type { CommandContext, IncomingFile } from "../src/core/commands/command.js";
import type { CommandServices } from "../src/core/commands/command-services.js";
import { refuse } from "../src/core/shared/user-messages.js";

/** Most feeds listed by name in each part of the report. */
const MAX_LISTED = 15;

/** Imports `file` into the chat and replies with the report. */
export async function runImport(input: { context: CommandContext; file: IncomingFile | undefined; services: CommandServices }): Promise<void> {
  const { context, file, services } = input;
  if (!file) {
    throw refuse(
      "missing-file",
      "/source import needs an OPML file",
      "On Telegram, send the file with the caption /source import, or reply /source import to the file; on Discord, attach it in the file option",
      "Export your subscriptions from your feed reader as OPML first",
    );
  }
  const report = await importSourcesOpml({ sources: services.sources, chat: context.chat, file, now: () => services.clock.now() });
  await context.reply(describeReport(file.name, report));
}

function describeReport(fileName: string, report: ImportReport) {
  const sections: BriefingSection[] = [];
  if (report.added.length > 0) {
    sections.push({ heading: `Added (${report.added.length})`, items: listed(report.added.map((source) => ({ title: source.name, summary: source.url, sources: [] }))) });
  }
  if (report.already.length > 0) {
    sections.push({ heading: `Already there (${report.already.length})`, items: listed(report.already.map((source) => ({ title: source.name, summary: source.url, sources: [] }))) });
  }
  if (report.failed.length > 0) {
    sections.push({ heading: `Failed (${report.failed.length})`, items: listed(report.failed.map((failure) => ({ title: failure.feed, summary: failure.reason, sources: [] }))) });
  }
  const notes = [
    ...(report.notTried > 0 ? [`${report.notTried} feeds were not checked: the import took too long. Send /source import with the file again for them.`] : []),
    ...(report.withoutFeedUrl > 0 ? [`${report.withoutFeedUrl} entries had no feed address (xmlUrl) and were skipped.`] : []),
    report.added.length > 0 ? `Their stories arrive in /digest ${MINE_SECTION_ID} once read. See every feed with /source list.` : "See this chat's feeds with /source list.",
  ];
  return {
    kind: "briefing" as const,
    title: `Import of "${fileName.slice(0, 60)}": ${report.added.length} added, ${report.already.length} already there, ${report.failed.length + report.notTried} failed`,
    sections,
    footer: notes.join("\n"),
  };
}

/** The first {@link MAX_LISTED} items, and a line counting the rest. */
function listed(items: BriefingItem[]): BriefingItem[] {
  if (items.length <= MAX_LISTED) return items;
  return [...items.slice(0, MAX_LISTED), { title: `…and ${items.length - MAX_LISTED} more`, sources: [] }];
}
