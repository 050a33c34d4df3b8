/**
 * Telegram `parse_mode: "HTML"` parser, modelled on TDLib's `parse_html` (MessageEntity.cpp).
 *
 * It returns the plain text Telegram would store plus its entities (offsets in UTF-16 code units),
 * or the `<detail>` that follows `Bad Request: can't parse entities: `. Error details mirror TDLib's
 * wording (`Unsupported start tag "div" at byte offset 0`, `Unclosed start tag at byte offset N`,
 * `Can't find end tag corresponding to start tag "b"`, `Unmatched end tag at byte offset N, expected
 * "</b>", found "</i>"`, `Unexpected end tag at byte offset N`).
 *
 * Deliberately STRICTER than Telegram (so tests catch sloppy escaping):
 * - a bare `&`, an unknown named entity (`&nbsp;`, `&apos;`) or an entity without `;` is an error
 *   (TDLib keeps them as literal text);
 * - `<a>` needs a non-empty href, `<tg-emoji>` an emoji-id, `<tg-time>` is not accepted;
 * - nesting the docs forbid is an error (TDLib silently drops entities): anything inside `code`,
 *   anything but one `code` inside `pre`, `blockquote` or `pre` inside `blockquote`, `a` inside `a`.
 * Laxer nowhere that we know of. A bare `>` is accepted, exactly as TDLib does.
 */
import type { MessageEntity } from "grammy/types";

/** Result of parsing: Telegram's stored text and entities, or a TDLib-style error detail. */
export type HtmlParseResult = { ok: true; text: string; entities: MessageEntity[] } | { ok: false; detail: string };

interface OpenTag {
  tag: string;
  argument: string;
  offset: number;
  begin: number;
  language?: string;
}

const SUPPORTED_TAGS = new Set([
  "a", "b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
  "span", "tg-spoiler", "tg-emoji", "code", "pre", "blockquote",
]);
const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"' };
const ENTITY_PATTERN = /&(?:#([0-9]{1,8})|#[xX]([0-9a-fA-F]{1,7})|([a-zA-Z][a-zA-Z0-9]*));/y;

class HtmlError extends Error {}

function isSpace(char: string | undefined): boolean {
  return char === " " || char === "\t" || char === "\n" || char === "\r" || char === "\v" || char === "\f";
}

/** Parses Telegram HTML. Never throws; see the module comment for the exact rules. */
export function parseTelegramHtml(source: string): HtmlParseResult {
  try {
    return { ok: true, ...new HtmlParser(source).parse() };
  } catch (error) {
    if (error instanceof HtmlError) return { ok: false, detail: error.message };
    throw error;
  }
}

class HtmlParser {
  private i = 0;
  private text = "";
  private readonly stack: OpenTag[] = [];
  private readonly entities: MessageEntity[] = [];

  private readonly s: string;

  constructor(source: string) {
    this.s = source;
  }

  parse(): { text: string; entities: MessageEntity[] } {
    while (this.i < this.s.length) {
      const char = this.s[this.i];
      if (char === "&") this.text += this.decodeEntity();
      else if (char !== "<") {
        this.text += char;
        this.i += 1;
      } else if (this.s[this.i + 1] === "/") this.closeTag();
      else this.openTag();
    }
    const unclosed = this.stack.at(-1);
    if (unclosed) throw new HtmlError(`Can't find end tag corresponding to start tag "${unclosed.tag}"`);
    this.entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
    return { text: this.text, entities: this.entities };
  }

  private byteOffset(index: number): number {
    return Buffer.byteLength(this.s.slice(0, index), "utf8");
  }

  private fail(message: string, index: number): never {
    throw new HtmlError(`${message} at byte offset ${this.byteOffset(index)}`);
  }

  private decodeEntity(): string {
    const at = this.i;
    ENTITY_PATTERN.lastIndex = at;
    const match = ENTITY_PATTERN.exec(this.s);
    if (!match) this.fail('Unescaped "&" (use &amp;)', at);
    this.i = at + match[0].length;
    const [, decimal, hex, name] = match;
    if (name !== undefined) {
      const named = NAMED_ENTITIES[name];
      if (named === undefined) this.fail(`Unsupported HTML entity "${match[0]}"`, at);
      return named;
    }
    const codePoint = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? "", 16);
    if (codePoint <= 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
      this.fail(`Invalid numeric HTML entity "${match[0]}"`, at);
    }
    return String.fromCodePoint(codePoint);
  }

  private openTag(): void {
    const begin = this.i;
    let j = begin + 1;
    while (j < this.s.length && !isSpace(this.s[j]) && this.s[j] !== ">") j += 1;
    if (j >= this.s.length) this.fail("Unclosed start tag", begin);
    const tag = this.s.slice(begin + 1, j).toLowerCase();
    if (!SUPPORTED_TAGS.has(tag)) this.fail(`Unsupported start tag "${tag}"`, begin);
    this.i = j;
    const attributes = this.readAttributes(tag, begin);
    const open: OpenTag = { tag, argument: "", offset: this.text.length, begin };
    if (tag === "a") open.argument = this.requireAttribute(attributes, "href", tag, begin);
    if (tag === "tg-emoji") open.argument = this.requireAttribute(attributes, "emoji-id", tag, begin);
    if (tag === "span" && attributes.get("class") !== "tg-spoiler") this.fail('Tag "span" must have class "tg-spoiler"', begin);
    if (tag === "blockquote" && attributes.has("expandable")) open.argument = "expandable";
    const codeClass = attributes.get("class");
    if (tag === "code" && codeClass?.startsWith("language-")) open.language = codeClass.slice("language-".length);
    this.checkNesting(tag, begin);
    this.stack.push(open);
    this.i += 1; // past ">"
  }

  private requireAttribute(attributes: Map<string, string>, name: string, tag: string, begin: number): string {
    const value = attributes.get(name);
    if (!value) this.fail(`Tag "${tag}" must have a non-empty "${name}" attribute`, begin);
    return value;
  }

  private readAttributes(tag: string, begin: number): Map<string, string> {
    const attributes = new Map<string, string>();
    for (;;) {
      while (isSpace(this.s[this.i])) this.i += 1;
      if (this.i >= this.s.length) this.fail(`Unclosed start tag "${tag}"`, begin);
      if (this.s[this.i] === ">") return attributes;
      const nameBegin = this.i;
      while (this.i < this.s.length && !isSpace(this.s[this.i]) && this.s[this.i] !== "=" && this.s[this.i] !== ">") this.i += 1;
      const name = this.s.slice(nameBegin, this.i).toLowerCase();
      if (name === "") this.fail(`Empty attribute name in the tag "${tag}"`, begin);
      while (isSpace(this.s[this.i])) this.i += 1;
      if (this.s[this.i] !== "=") {
        attributes.set(name, "");
        continue;
      }
      this.i += 1;
      while (isSpace(this.s[this.i])) this.i += 1;
      if (this.i >= this.s.length) this.fail(`Unclosed start tag "${tag}"`, begin);
      attributes.set(name, this.readAttributeValue(begin));
    }
  }

  private readAttributeValue(begin: number): string {
    const quote = this.s[this.i];
    if (quote === '"' || quote === "'") {
      const end = this.s.indexOf(quote, this.i + 1);
      if (end < 0) this.fail("Unclosed start tag", begin);
      let value = "";
      this.i += 1;
      while (this.i < end) {
        if (this.s[this.i] === "&") value += this.decodeEntity();
        else value += this.s[this.i++];
      }
      if (this.i !== end) this.fail("Unclosed start tag", begin); // an entity ran past the quote
      this.i = end + 1;
      return value;
    }
    const tokenBegin = this.i;
    while (/[A-Za-z0-9.-]/.test(this.s[this.i] ?? "")) this.i += 1;
    if (!isSpace(this.s[this.i]) && this.s[this.i] !== ">") this.fail("Unexpected end of name token", tokenBegin);
    return this.s.slice(tokenBegin, this.i).toLowerCase();
  }

  private checkNesting(tag: string, begin: number): void {
    const parent = this.stack.at(-1);
    if (parent?.tag === "code") this.fail(`Entity "code" can't contain "${tag}"`, begin);
    if (parent?.tag === "pre") {
      const hasChild = this.entities.some((e) => e.offset >= parent.offset) || this.text.length > parent.offset;
      if (tag !== "code" || hasChild) this.fail(`Entity "pre" can contain only one "code" tag, found "${tag}"`, begin);
    }
    const inside = (name: string): boolean => this.stack.some((open) => open.tag === name);
    if (tag === "blockquote" && inside("blockquote")) this.fail('Entity "blockquote" can\'t be nested in "blockquote"', begin);
    if (tag === "pre" && inside("blockquote")) this.fail('Entity "pre" can\'t be nested in "blockquote"', begin);
    if (tag === "a" && inside("a")) this.fail('Entity "a" can\'t be nested in "a"', begin);
  }

  private closeTag(): void {
    const begin = this.i;
    const open = this.stack.at(-1);
    if (!open) this.fail("Unexpected end tag", begin);
    let j = begin + 2;
    while (j < this.s.length && !isSpace(this.s[j]) && this.s[j] !== ">") j += 1;
    const name = this.s.slice(begin + 2, j).toLowerCase();
    while (isSpace(this.s[j])) j += 1;
    if (this.s[j] !== ">") this.fail("Unclosed end tag", begin);
    if (name !== "" && name !== open.tag) {
      throw new HtmlError(
        `Unmatched end tag at byte offset ${this.byteOffset(begin)}, expected "</${open.tag}>", found "</${name}>"`,
      );
    }
    this.stack.pop();
    this.i = j + 1;
    this.addEntity(open);
  }

  private addEntity(open: OpenTag): void {
    const length = this.text.length - open.offset;
    const parent = this.stack.at(-1);
    if (open.tag === "code" && parent?.tag === "pre") {
      if (open.language !== undefined) parent.language = open.language; // <pre><code class="language-x">
      return;
    }
    if (length === 0) return; // TDLib drops empty entities
    this.entities.push(toEntity(open, { offset: open.offset, length }));
  }
}

const SIMPLE_TYPES: Readonly<Record<string, MessageEntity.CommonMessageEntity["type"]>> = {
  b: "bold", strong: "bold", i: "italic", em: "italic", u: "underline", ins: "underline",
  s: "strikethrough", strike: "strikethrough", del: "strikethrough", code: "code", span: "spoiler", "tg-spoiler": "spoiler",
};

function toEntity(open: OpenTag, base: { offset: number; length: number }): MessageEntity {
  if (open.tag === "a") return { type: "text_link", url: open.argument, ...base };
  if (open.tag === "tg-emoji") return { type: "custom_emoji", custom_emoji_id: open.argument, ...base };
  if (open.tag === "pre") return open.language === undefined ? { type: "pre", ...base } : { type: "pre", language: open.language, ...base };
  if (open.tag === "blockquote") return { type: open.argument === "expandable" ? "expandable_blockquote" : "blockquote", ...base };
  return { type: SIMPLE_TYPES[open.tag] ?? "spoiler", ...base };
}
