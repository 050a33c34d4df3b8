/**
 * Renders replies (a sentence or a BriefingDocument) as Telegram HTML messages: feed text escaped,
 * links only for http(s) URLs, each message at most 4096 characters after entity parsing, split
 * between stories. Pure: no I/O; buttons are added separately (see inline-keyboard.ts).
 */
import type { BriefingDocument, BriefingItem, Reply } from "../../core/digests/briefing-document.js";
import type { TextOf, Translator } from "../../core/shared/translator.js";
import { documentText } from "../i18n/document-text.js";
import { type Line, type Segment, cleanText, renderLinesHtml, renderLinesPlain, safeHref } from "./html-segments.js";
import { type Block, TELEGRAM_MESSAGE_LIMIT, packBlocks, wrapPlainText } from "./pack-message-parts.js";

/** One Telegram message of a rendered reply. */
export interface TelegramMessagePart {
  /** Text for `parse_mode: "HTML"`. */
  html: string;
  /** The same text without markup: what users see, and the fallback sent without parse mode. */
  plain: string;
  /** Stories in this message, in order (their number in the document and article id). */
  items: { number: number; articleId?: string }[];
}

/** A reply as Telegram messages. */
export interface RenderedReply {
  parts: TelegramMessagePart[];
  /** Whether to send with `link_preview_options: { is_disabled: true }`. */
  disableLinkPreview: boolean;
}

/** Most outlets listed under one story. */
const MAX_SOURCES = 8;

/**
 * Renders a reply; `maxLength` exists for tests (Telegram's limit is the default). A document's
 * labels ("Why:", "+2 more") are written in its language through `translator` (default: the
 * shipped catalogues).
 */
export function renderTelegramReply(reply: Reply, maxLength = TELEGRAM_MESSAGE_LIMIT, translator?: Translator): RenderedReply {
  if (typeof reply === "string") return renderSentence(reply, maxLength);
  // A file goes out with sendDocument (telegram-sender.ts); as a message, its caption.
  if (reply.kind === "file") return renderSentence(reply.caption, maxLength);
  const itemCount = reply.sections.reduce((total, section) => total + section.items.length, 0);
  const single = itemCount === 1 ? reply.sections.find((section) => section.items.length > 0)?.items[0] : undefined;
  return {
    parts: packBlocks(documentBlocks(reply, documentText(translator, reply)), maxLength).map((blocks) => toPart(blocks)),
    // Previews are off for digests and lists; a single story keeps its preview.
    disableLinkPreview: !(single && safeHref(single.url)),
  };
}

function renderSentence(text: string, maxLength: number): RenderedReply {
  const clean = cleanText(text) || "…";
  const blocks: Block[] = wrapPlainText(clean, maxLength).map((line) => ({ lines: [[{ text: line }]] }));
  return { parts: packBlocks(blocks, maxLength, "\n").map((blocks) => toPart(blocks, "\n")), disableLinkPreview: true };
}

function toPart(blocks: Block[], separator = "\n\n"): TelegramMessagePart {
  const lines: Line[] = [];
  blocks.forEach((block, index) => {
    if (index > 0) lines.push(...(separator === "\n\n" ? [[]] : []));
    lines.push(...block.lines);
  });
  return {
    html: renderLinesHtml(lines),
    plain: renderLinesPlain(lines),
    items: blocks.flatMap((block) => (block.item ? [block.item] : [])),
  };
}

function documentBlocks(document: BriefingDocument, text: TextOf): Block[] {
  const blocks: Block[] = [];
  const header: Line[] = [[{ text: cleanText(document.title, { singleLine: true }) || "newsdesk", style: "bold", shrink: 2 }]];
  const subtitle = cleanText(document.subtitle ?? "", { singleLine: true });
  if (subtitle) header.push([{ text: subtitle, style: "italic", shrink: 2 }]);
  blocks.push({ lines: header });
  const overview = cleanText(document.overview ?? "");
  if (overview) blocks.push({ lines: overview.split("\n").map((line) => [{ text: line, shrink: 3 }]) });
  let number = 0;
  for (const section of document.sections) {
    const heading = cleanText(section.heading ?? "", { singleLine: true });
    const hasBody = section.items.length > 0 || Boolean(section.emptyText);
    if (heading) blocks.push({ lines: [[{ text: heading, style: "bold", shrink: 2 }]], keepWithNext: hasBody });
    if (section.items.length === 0) {
      const empty = cleanText(section.emptyText ?? "", { singleLine: true });
      if (empty) blocks.push({ lines: [[{ text: empty, style: "italic", shrink: 1 }]] });
    }
    for (const item of section.items) {
      number += 1;
      blocks.push(itemBlock(item, number, text));
    }
  }
  const footer = cleanText(document.footer ?? "", { singleLine: true });
  if (footer) blocks.push({ lines: [[{ text: footer, style: "italic", shrink: 1 }]] });
  return blocks;
}

function itemBlock(item: BriefingItem, number: number, text: TextOf): Block {
  const title = cleanText(item.title, { singleLine: true }) || text("label-untitled");
  const href = safeHref(item.url);
  const lines: Line[] = [[{ text: `${number}. ` }, { text: title, style: "bold", shrink: 2, ...(href ? { href } : {}) }]];
  const reason = cleanText(item.reason ?? "", { singleLine: true });
  if (reason) lines.push([{ text: `${text("label-why")}: ${reason}`, style: "italic", shrink: 2 }]);
  const summary = cleanText(item.summary ?? "", { singleLine: true });
  if (summary) lines.push([{ text: summary, shrink: 3 }]);
  const meta = metaLine(item, text);
  if (meta.length > 0) lines.push(meta);
  const articleId = item.articleId ? cleanText(item.articleId, { singleLine: true }) : undefined;
  return { lines, item: articleId ? { number, articleId } : { number } };
}

/** Outlets (linked), the detail ("2 h ago") and the article id, on one line. */
function metaLine(item: BriefingItem, text: TextOf): Line {
  const line: Segment[] = [];
  const sources = item.sources.slice(0, MAX_SOURCES);
  sources.forEach((source, index) => {
    if (index > 0) line.push({ text: ", " });
    const href = safeHref(source.url);
    line.push({ text: cleanText(source.name, { singleLine: true }) || text("label-source"), shrink: 1, ...(href ? { href } : {}) });
  });
  const hidden = item.sources.length - sources.length;
  if (hidden > 0) line.push({ text: ` ${text("label-more-sources", { count: hidden })}` });
  const detail = cleanText(item.detail ?? "", { singleLine: true });
  if (detail) line.push({ text: `${line.length > 0 ? " · " : ""}${detail}`, shrink: 1 });
  const articleId = cleanText(item.articleId ?? "", { singleLine: true });
  if (articleId) line.push({ text: `${line.length > 0 ? " · " : ""}id ` }, { text: articleId, style: "code" });
  return line;
}
