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
import { type TextOf, message } from "../src/core/shared/translator.js";

/** Most feeds listed by name in each part of the report. */
const MAX_LISTED = 15;

/** Imports `file` into the chat and replies with the report. */
export async function runImport(input: { context: CommandContext; file: IncomingFile | undefined; services: CommandServices; text: TextOf }): Promise<void> {
  const { context, file, services, text } = input;
  if (!file) {
    throw refuse(
      "missing-file",
      message("import-needs-file"),
      message("import-needs-file-how"),
      message("import-needs-file-next"),
    );
  }
  const report = await importSourcesOpml({ sources: services.sources, chat: context.chat, file, now: () => services.clock.now(), text });
  await context.reply(describeReport(file.name, report, text));
}

function describeReport(fileName: string, report: ImportReport, text: TextOf) {
  const sections: BriefingSection[] = [];
  if (report.added.length > 0) {
    sections.push({ heading: text("import-added", { count: report.added.length }), items: listed(text, report.added.map((source) => ({ title: source.name, summary: source.url, sources: [] }))) });
  }
  if (report.already.length > 0) {
    sections.push({ heading: text("import-already", { count: report.already.length }), items: listed(text, report.already.map((source) => ({ title: source.name, summary: source.url, sources: [] }))) });
  }
  if (report.failed.length > 0) {
    sections.push({ heading: text("import-failed", { count: report.failed.length }), items: listed(text, report.failed.map((failure) => ({ title: failure.feed, summary: failure.reason, sources: [] }))) });
  }
  const notes = [
    ...(report.notTried > 0 ? [text("import-not-tried", { count: report.notTried })] : []),
    ...(report.withoutFeedUrl > 0 ? [text("import-without-url", { count: report.withoutFeedUrl })] : []),
    report.added.length > 0 ? text("import-added-next", { mine: MINE_SECTION_ID }) : text("import-see-list"),
  ];
  return {
    kind: "briefing" as const,
    title: text("import-title", { name: `"${fileName.slice(0, 60)}"`, added: report.added.length, already: report.already.length, failed: report.failed.length + report.notTried }),
    sections,
    footer: notes.join("\n"),
  };
}

/** The first {@link MAX_LISTED} items, and a line counting the rest. */
function listed(text: TextOf, items: BriefingItem[]): BriefingItem[] {
  if (items.length <= MAX_LISTED) return items;
  return [...items.slice(0, MAX_LISTED), { title: text("import-and-more", { count: items.length - MAX_LISTED }), sources: [] }];
}
