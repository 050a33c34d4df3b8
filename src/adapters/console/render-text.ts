/**
 * Renders replies as terminal text. Feed text is hostile: control characters (ANSI escape
 * sequences could repaint or hijack the terminal) are removed before printing.
 */
import type { BriefingDocument, BriefingItem, Reply } from "../../core/digests/briefing-document.js";
import type { TextOf, Translator } from "../../core/shared/translator.js";
import { documentText, languageOf, shippedTranslator } from "../i18n/document-text.js";

/** Removes C0/C1 control characters (keeping newlines and tabs) and bidi overrides. */
export function sanitizeForTerminal(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, "");
}

/** Plain text for a reply; a document's labels ("why:", "also:") in its language through `translator` (default: the shipped catalogues). */
export function renderText(reply: Reply, translator?: Translator): string {
  if (typeof reply === "string") return sanitizeForTerminal(reply);
  if (reply.kind === "file") {
    // The terminal has no attachments: the caption, then the file's text between markers.
    const text = new TextDecoder("utf-8", { fatal: false }).decode(reply.bytes);
    return [sanitizeForTerminal(reply.caption), `--- ${sanitizeForTerminal(reply.name)} ---`, sanitizeForTerminal(text).trimEnd(), `--- end of ${sanitizeForTerminal(reply.name)} ---`].join("\n");
  }
  return renderDocument(reply, translator ?? shippedTranslator());
}

function renderDocument(document: BriefingDocument, translator: Translator): string {
  const text = documentText(translator, document);
  const language = languageOf(translator, document.language);
  const lines: string[] = [];
  const title = sanitizeForTerminal(document.title);
  lines.push(`== ${title} ==`);
  if (document.subtitle) lines.push(sanitizeForTerminal(document.subtitle));
  if (document.overview) lines.push("", wrap(sanitizeForTerminal(document.overview)));
  for (const section of document.sections) {
    lines.push("");
    if (section.heading) lines.push(`-- ${sanitizeForTerminal(section.heading)} --`);
    if (section.items.length === 0 && section.emptyText) lines.push(sanitizeForTerminal(section.emptyText));
    section.items.forEach((item, index) => lines.push(...renderItem(item, index + 1, text, language)));
  }
  if (document.footer) lines.push("", sanitizeForTerminal(document.footer));
  return lines.join("\n");
}

/** A label as the terminal writes it: lower case, then a colon ("why:", "warum:"). */
function label(text: TextOf, id: string, language: string): string {
  return `${text(id).toLocaleLowerCase(language)}:`;
}

function renderItem(item: BriefingItem, position: number, text: TextOf, language: string): string[] {
  const lines = [`${position}. ${sanitizeForTerminal(item.title)}`];
  const indent = "   ";
  if (item.reason) lines.push(`${indent}${label(text, "label-why", language)} ${sanitizeForTerminal(item.reason)}`);
  if (item.summary) lines.push(wrap(sanitizeForTerminal(item.summary), indent));
  const sources = item.sources.map((source) => sanitizeForTerminal(source.name));
  const meta = [...(sources.length > 0 ? [sources.join(", ")] : []), ...(item.detail ? [sanitizeForTerminal(item.detail)] : [])];
  if (meta.length > 0) lines.push(`${indent}${meta.join(" · ")}`);
  if (item.url) lines.push(`${indent}${sanitizeForTerminal(item.url)}`);
  if (item.sources.length > 1) {
    for (const source of item.sources.slice(1)) lines.push(`${indent}${label(text, "label-also", language)} ${sanitizeForTerminal(source.name)} ${sanitizeForTerminal(source.url)}`);
  }
  if (item.articleId) lines.push(`${indent}id: ${item.articleId}`);
  return lines;
}

function wrap(text: string, indent = "", width = 96): string {
  const words = text.split(/\s+/u).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line && line.length + word.length + 1 > width - indent.length) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join("\n");
}
