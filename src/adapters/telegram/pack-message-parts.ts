/**
 * Splitting a rendered reply into Telegram messages of at most 4096 visible characters. Messages
 * are cut only between blocks (a story, a heading, a paragraph), never inside a tag or an entity:
 * a block is plain-text segments, and only whole blocks are moved. A block longer than a message on
 * its own is shortened (its most expendable text cut, with "…"), never split.
 */
import { type Line, type Segment, lineLength, linesLength, sliceSafely } from "./html-segments.js";

/** Telegram's limit on a message's text after entity parsing. */
export const TELEGRAM_MESSAGE_LIMIT = 4_096;

/** A unit that is never split across messages. */
export interface Block {
  lines: Line[];
  /** A heading: keep it in the same message as the block after it. */
  keepWithNext?: boolean;
  /** For blocks that are stories: their number in the document and representative article. */
  item?: { number: number; articleId?: string };
}

/** Visible length of a block. */
export function blockLength(block: Block): number {
  return linesLength(block.lines);
}

/**
 * Returns the block shortened to at most `max` visible characters: the segments with the highest
 * `shrink` are cut first (longest first among equals), then trailing lines are dropped, and as a
 * last resort the first line is cut. Blocks that fit are returned unchanged.
 */
export function shortenBlock(block: Block, max: number): Block {
  if (blockLength(block) <= max) return block;
  const lines: Line[] = block.lines.map((line) => line.map((segment) => ({ ...segment })));
  const excess = (): number => linesLength(lines) - max;
  for (;;) {
    if (excess() <= 0) return { ...block, lines };
    const candidate = mostExpendable(lines);
    if (!candidate) break;
    const keep = Math.max(1, candidate.text.length - excess() - 1);
    if (keep >= candidate.text.length - 1) {
      candidate.shrink = 0; // too short to give anything back
      continue;
    }
    candidate.text = `${cutAtWord(candidate.text, keep)}…`;
    candidate.shrink = 0;
  }
  while (lines.length > 1 && excess() > 0) lines.pop();
  const first = lines[0] ?? [];
  while (first.length > 1 && lineLength(first) > max) first.pop();
  const only = first[0];
  if (only && lineLength(first) > max) only.text = `${sliceSafely(only.text, max - 1)}…`;
  return { ...block, lines: [first] };
}

/** The first `length` characters, ending at a word boundary when one is near. */
function cutAtWord(text: string, length: number): string {
  const cut = sliceSafely(text, length);
  const space = cut.lastIndexOf(" ");
  return (space >= Math.max(1, cut.length - 30) ? cut.slice(0, space) : cut).trimEnd();
}

function mostExpendable(lines: Line[]): Segment | undefined {
  let best: Segment | undefined;
  for (const segment of lines.flat()) {
    if (!segment.shrink || segment.text.length <= 1) continue;
    if (!best || (best.shrink ?? 0) < segment.shrink || (best.shrink === segment.shrink && best.text.length < segment.text.length)) {
      best = segment;
    }
  }
  return best;
}

/**
 * Packs blocks, in order, into messages of at most `max` visible characters with `separator`
 * between blocks. Over-long blocks are shortened first; a heading moves to the next message when
 * the block after it would not fit with it.
 */
export function packBlocks(blocks: readonly Block[], max: number, separator = "\n\n"): Block[][] {
  const fitted = blocks.map((block) => shortenBlock(block, max));
  const parts: Block[][] = [];
  let current: Block[] = [];
  let length = 0;
  const added = (block: Block): number => (current.length > 0 ? separator.length : 0) + blockLength(block);
  fitted.forEach((block, index) => {
    const next = fitted[index + 1];
    let needed = added(block);
    if (block.keepWithNext && next) needed += separator.length + blockLength(next);
    if (current.length > 0 && length + needed > max) {
      parts.push(current);
      current = [];
      length = 0;
    }
    length += added(block);
    current.push(block);
  });
  if (current.length > 0) parts.push(current);
  return parts;
}

/**
 * Splits plain text (a command's sentence) into lines of at most `max` characters, breaking long
 * lines at spaces where possible. Nothing is dropped.
 */
export function wrapPlainText(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const line of text.split("\n")) {
    let rest = line;
    while (rest.length > max) {
      const cut = sliceSafely(rest, max);
      const space = cut.lastIndexOf(" ");
      const end = space > max / 2 ? space : cut.length;
      lines.push(rest.slice(0, end));
      rest = rest.slice(end).replace(/^ /u, "");
    }
    lines.push(rest);
  }
  return lines;
}
