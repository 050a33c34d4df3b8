/**
 * BriefingDocuments → Discord messages of embeds, within every limit Discord enforces: title 256,
 * description 4096, 25 fields (name 256, value 1024), footer 2048, author 256, 6000 characters across
 * the embeds of a message, 10 embeds per message, content 2000.
 *
 * Shape: a header embed (title, subtitle, overview); one embed per story (title linked, summary, why,
 * sources, age, id), the section heading as the author line of its first embed; plain list entries
 * (help, sections, follows) as fields of one embed, 25 at most; the document footer on the last embed.
 * A story is never split: when an embed would not fit, the next message starts. Lengths are UTF-16
 * units, which is never less than Discord counts.
 */
import type { APIEmbed } from "discord.js";
import type { BriefingDocument, BriefingItem, BriefingSection, Reply } from "../../core/digests/briefing-document.js";
import type { TextOf, Translator } from "../../core/shared/translator.js";
import { documentText } from "../i18n/document-text.js";
import { deliveryActionRow, feedChoiceRows, moreButtonRow, summaryButtonRows } from "./buttons.js";
import { escapeFeedText, neutralizeMentions, removeControlCharacters, safeUrl, singleLine, splitText, truncate } from "./discord-text.js";
import type { RenderedMessage } from "./rendered-message.js";

/** Discord's message limits. */
export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  totalPerMessage: 6000,
} as const;

/** Which buttons go under the messages. */
export interface RenderOptions {
  /** A "Summary" button per story with an article id. */
  summaryButtons: boolean;
  /** "Follow a topic…" and "Unsubscribe…" under the last message of a document with stories. */
  deliveryActions: boolean;
  /** Labels and buttons in the document's language; default: the shipped catalogues. */
  translator?: Translator;
}

const BRAND_COLOR = 0x2b6cb0;
/** Action rows in one message. */
const MAX_ROWS = 5;
const MAX_SOURCES_SHOWN = 10;
const EMPTY_FIELD = "—";

interface Block {
  embed: APIEmbed;
  story?: { articleId: string; title: string };
}

/** The characters of an embed that count towards the 6000 total. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0)
  );
}

/** Messages for any reply: plain text becomes content (split at 2000), a document becomes embeds. */
export function renderReply(reply: Reply, options: RenderOptions): RenderedMessage[] {
  if (typeof reply === "string") return renderPlainText(reply);
  if (reply.kind === "file") {
    const [first = { content: EMPTY_FIELD, embeds: [], components: [] }] = renderPlainText(reply.caption);
    return [{ ...first, files: [{ name: reply.name, data: reply.bytes }] }];
  }
  return renderDocument(reply, options);
}

/** Plain text as escaped message content, split into messages of at most 2000 characters. */
export function renderPlainText(text: string): RenderedMessage[] {
  const chunks = splitText(escapeFeedText(text), DISCORD_LIMITS.content);
  return (chunks.length > 0 ? chunks : [EMPTY_FIELD]).map((content) => ({ content, embeds: [], components: [] }));
}

/** A document as one or more messages of embeds, split between stories. */
export function renderDocument(document: BriefingDocument, options: RenderOptions): RenderedMessage[] {
  const text = documentText(options.translator, document);
  const blocks = [headerBlock(document), ...document.sections.flatMap((section) => sectionBlocks(section, text))];
  if (document.footer) attachFooter(blocks, document.footer);
  const messages = packBlocks(blocks);
  const hasStories = blocks.some((block) => block.story);
  return messages.map((message, index) => {
    const rows = options.summaryButtons ? summaryButtonRows(message.flatMap((block) => (block.story ? [block.story] : [])), text) : [];
    if (options.deliveryActions && hasStories && index === messages.length - 1) rows.push(deliveryActionRow(text));
    const more = index === messages.length - 1 && document.more ? moreButtonRow(document.more, text) : undefined;
    // Discord allows 5 rows a message; 10 embeds hold at most 9 stories: 2 Summary rows, so there is room.
    if (more && rows.length < MAX_ROWS) rows.push(more);
    if (index === messages.length - 1 && document.feedChoice) rows.push(...feedChoiceRows(document.feedChoice, text).slice(0, Math.max(0, MAX_ROWS - rows.length)));
    return { embeds: message.map((block) => block.embed), components: rows };
  });
}

function headerBlock(document: BriefingDocument): Block {
  const title = truncate(escapeFeedText(singleLine(document.title)), DISCORD_LIMITS.title) || "newsdesk";
  const parts = [document.subtitle, document.overview].filter((part): part is string => Boolean(part?.trim())).map((part) => escapeFeedText(part.trim()));
  const description = truncate(parts.join("\n\n"), DISCORD_LIMITS.description);
  return { embed: { title, color: BRAND_COLOR, ...(description ? { description } : {}) } };
}

function sectionBlocks(section: BriefingSection, text: TextOf): Block[] {
  const author = section.heading?.trim() ? truncate(neutralizeMentions(singleLine(removeControlCharacters(section.heading))), DISCORD_LIMITS.author) : undefined;
  const blocks: Block[] = [];
  let list: BriefingItem[] = [];
  const flushList = () => {
    blocks.push(...listBlocks(list, blocks.length === 0 ? author : undefined));
    list = [];
  };
  for (const item of section.items) {
    if (!isStory(item)) {
      list.push(item);
      continue;
    }
    if (list.length > 0) flushList();
    blocks.push(storyBlock(item, blocks.length === 0 ? author : undefined, text));
  }
  if (list.length > 0) flushList();
  if (section.items.length === 0 && section.emptyText?.trim()) {
    blocks.push({ embed: { color: BRAND_COLOR, ...(author ? { author: { name: author } } : {}), description: truncate(escapeFeedText(section.emptyText.trim()), DISCORD_LIMITS.description) } });
  }
  return blocks;
}

function isStory(item: BriefingItem): boolean {
  return Boolean(item.url || item.articleId || item.sources.length > 0);
}

function storyBlock(item: BriefingItem, author: string | undefined, text: TextOf): Block {
  const title = truncate(escapeFeedText(singleLine(item.title)), DISCORD_LIMITS.title) || escapeFeedText(text("label-untitled"));
  const url = safeUrl(item.url);
  const budget = Math.min(DISCORD_LIMITS.description, DISCORD_LIMITS.totalPerMessage - title.length - (author?.length ?? 0));
  const tail = truncate([item.reason ? `**${escapeFeedText(text("label-why"))}:** ${escapeFeedText(singleLine(item.reason))}` : "", metaLine(item, text)].filter(Boolean).join("\n"), budget);
  const room = budget - tail.length - (tail ? 1 : 0);
  const summary = item.summary?.trim() && room > 0 ? truncate(escapeFeedText(item.summary.trim()), room) : "";
  const description = [summary, tail].filter(Boolean).join("\n");
  const embed: APIEmbed = {
    title,
    color: BRAND_COLOR,
    ...(url ? { url } : {}),
    ...(author ? { author: { name: author } } : {}),
    ...(description ? { description } : {}),
    ...(item.publishedAt !== undefined && Number.isFinite(item.publishedAt) ? { timestamp: new Date(item.publishedAt).toISOString() } : {}),
  };
  return { embed, ...(item.articleId ? { story: { articleId: item.articleId, title: item.title } } : {}) };
}

/** "[Outlet](link) · [Other](link) · 2 h ago · id `5b0f15c8dcaf`". */
function metaLine(item: BriefingItem, text: TextOf): string {
  const single = item.sources.length === 1 && item.sources[0]?.url === item.url;
  const sources = item.sources.slice(0, MAX_SOURCES_SHOWN).map((source) => {
    const name = truncate(escapeFeedText(singleLine(source.name)).replace(/[[\]]/gu, "\\$&"), 80) || escapeFeedText(text("label-source"));
    const link = single ? undefined : safeUrl(source.url);
    return link ? `[${name}](${link})` : name;
  });
  if (item.sources.length > MAX_SOURCES_SHOWN) sources.push(escapeFeedText(text("label-more-sources", { count: item.sources.length - MAX_SOURCES_SHOWN })));
  const parts = [sources.join(", "), item.detail ? escapeFeedText(singleLine(item.detail)) : "", item.articleId ? articleIdText(item.articleId) : ""];
  return parts.filter(Boolean).join(" · ");
}

function articleIdText(articleId: string): string {
  return /^[0-9A-Za-z_-]{1,64}$/u.test(articleId) ? `id \`${articleId}\`` : `id ${escapeFeedText(articleId)}`;
}

/** Plain entries as fields: at most 25 per embed and within the 6000 total. */
function listBlocks(items: readonly BriefingItem[], author: string | undefined): Block[] {
  const blocks: Block[] = [];
  let fields: NonNullable<APIEmbed["fields"]> = [];
  let size = author?.length ?? 0;
  const flush = () => {
    if (fields.length === 0) return;
    const first = blocks.length === 0 && author;
    blocks.push({ embed: { color: BRAND_COLOR, ...(first ? { author: { name: author } } : {}), fields } });
    fields = [];
    size = 0;
  };
  for (const item of items) {
    const name = truncate(escapeFeedText(singleLine(item.title)), DISCORD_LIMITS.fieldName) || EMPTY_FIELD;
    const lines = [item.summary?.trim() ? escapeFeedText(item.summary.trim()) : "", item.detail ? `*${escapeFeedText(singleLine(item.detail))}*` : ""];
    const value = truncate(lines.filter(Boolean).join("\n"), DISCORD_LIMITS.fieldValue) || EMPTY_FIELD;
    if (fields.length >= DISCORD_LIMITS.fields || size + name.length + value.length > DISCORD_LIMITS.totalPerMessage) flush();
    fields.push({ name, value });
    size += name.length + value.length;
  }
  flush();
  return blocks;
}

/** The document footer on the last embed, or on an embed of its own when the last one is full. */
function attachFooter(blocks: Block[], footer: string): void {
  const text = singleLine(removeControlCharacters(neutralizeMentions(footer)));
  if (!text) return;
  const last = blocks[blocks.length - 1];
  const room = last ? Math.min(DISCORD_LIMITS.footer, DISCORD_LIMITS.totalPerMessage - embedLength(last.embed)) : 0;
  if (last && room >= Math.min(text.length, 100)) {
    last.embed.footer = { text: truncate(text, room) };
    return;
  }
  blocks.push({ embed: { color: BRAND_COLOR, footer: { text: truncate(text, DISCORD_LIMITS.footer) } } });
}

/** Greedy packing: a new message when 10 embeds or 6000 characters would be exceeded. */
function packBlocks(blocks: readonly Block[]): Block[][] {
  const messages: Block[][] = [];
  let current: Block[] = [];
  let size = 0;
  for (const block of blocks) {
    const length = embedLength(block.embed);
    if (current.length > 0 && (current.length >= DISCORD_LIMITS.embedsPerMessage || size + length > DISCORD_LIMITS.totalPerMessage)) {
      messages.push(current);
      current = [];
      size = 0;
    }
    current.push(block);
    size += length;
  }
  if (current.length > 0) messages.push(current);
  return messages;
}
