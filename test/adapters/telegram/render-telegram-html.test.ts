/**
 * The Telegram renderer: every message it produces must pass the fake server's strict HTML parser
 * (modelled on TDLib's, stricter where it can be), with the parsed text equal to our plain text and
 * at most 4096 characters; hostile feed text shows literally; splits fall between stories.
 */
import { describe, expect, it } from "vitest";
import { MAX_CALLBACK_DATA_BYTES } from "../../../src/adapters/telegram/callback-data.js";
import { cleanText, escapeAttribute, escapeHtml, safeHref } from "../../../src/adapters/telegram/html-segments.js";
import { keyboardForPart } from "../../../src/adapters/telegram/inline-keyboard.js";
import { documentText, shippedTranslator } from "../../../src/adapters/i18n/document-text.js";
import { TELEGRAM_MESSAGE_LIMIT, packBlocks, shortenBlock } from "../../../src/adapters/telegram/pack-message-parts.js";
import { type RenderedReply, renderTelegramReply } from "../../../src/adapters/telegram/render-telegram-html.js";
import type { BriefingDocument, BriefingItem } from "../../../src/core/digests/briefing-document.js";
import { parseTelegramHtml } from "../../fakes/telegram/telegram-html.js";
import { seededRandom } from "../../helpers/seeded-random.js";

/** Parses every part as Telegram would and checks the invariants; returns the parsed texts. */
function parsedParts(rendered: RenderedReply): { text: string; entities: { type: string; offset: number; length: number; url?: string }[] }[] {
  return rendered.parts.map((part) => {
    const parsed = parseTelegramHtml(part.html);
    if (!parsed.ok) throw new Error(`Telegram would refuse: ${parsed.detail}\n${part.html}`);
    expect(parsed.text).toBe(part.plain);
    expect(parsed.text.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
    expect(parsed.text.trim()).not.toBe("");
    return parsed;
  });
}

function story(number: number, overrides: Partial<BriefingItem> = {}): BriefingItem {
  return {
    title: `Story ${number} about the budget`,
    url: `https://news.example/story-${number}`,
    summary: `Summary of story ${number}. `.repeat(10).trim(),
    sources: [{ name: "The Daily Ledger", url: `https://news.example/story-${number}` }],
    articleId: number.toString(16).padStart(12, "0"),
    detail: "2 h ago",
    ...overrides,
  };
}

function digest(items: BriefingItem[], extra: Partial<BriefingDocument> = {}): BriefingDocument {
  return { kind: "briefing", title: "Politics digest", subtitle: `${items.length} stories`, sections: [{ items }], ...extra };
}

describe("escaping hostile feed text", () => {
  it("shows titles, summaries and names literally, with links only for http(s) URLs", () => {
    const hostile = digest([
      story(1, { title: "<script>alert(1)</script>", summary: "AT&T buys <b>everything</b> &amp; more &nbsp; &#x41;" }),
      story(2, { title: 'unbalanced <i>markup</b> </a> <a href="javascript:alert(1)">click', url: "javascript:alert(1)" }),
      story(3, { title: 'Quotes "and" \'apostrophes\'', url: 'https://news.example/a?x=1&y="2"&z=<3>' }),
      story(4, { sources: [{ name: "<b>Evil</b> & Co", url: "data:text/html,hi" }, { name: "Good", url: "https://good.example/" }] }),
    ]);
    const [part] = parsedParts(renderTelegramReply(hostile));
    expect(part?.text).toContain("<script>alert(1)</script>");
    expect(part?.text).toContain("AT&T buys <b>everything</b> &amp; more &nbsp; &#x41;");
    expect(part?.text).toContain('unbalanced <i>markup</b> </a> <a href="javascript:alert(1)">click');
    expect(part?.text).toContain("<b>Evil</b> & Co");
    const links = part?.entities.filter((entity) => entity.type === "text_link").map((entity) => entity.url) ?? [];
    expect(links).toContain("https://news.example/a?x=1&y=%222%22&z=%3C3%3E");
    expect(links).toContain("https://good.example/");
    expect(links.every((url) => url?.startsWith("https://"))).toBe(true);
    // The only bold entities are ours (titles), not the feed's "<b>".
    const bold = part?.entities.filter((entity) => entity.type === "bold").map((entity) => part.text.slice(entity.offset, entity.offset + entity.length));
    expect(bold).toContain("<script>alert(1)</script>");
    expect(bold).not.toContain("everything");
  });

  it("removes control characters, bidi overrides and lone surrogates", () => {
    expect(cleanText("a\u0000b\u001bc\u202ed\ud800e\u0085f", { singleLine: true })).toBe("abcd\ufffdef");
    expect(cleanText("line one\r\n\r\n\r\n\r\nline two")).toBe("line one\n\nline two");
    const [part] = parsedParts(renderTelegramReply(digest([story(1, { title: "x\ud83d", summary: "\udc00 y" })])));
    expect(part?.text).toContain("x\ufffd");
  });

  it("escapes what the rules require and accepts only absolute http(s) links", () => {
    expect(escapeHtml(`<a href="x">&</a>`)).toBe(`&lt;a href="x"&gt;&amp;&lt;/a&gt;`);
    expect(escapeAttribute(`a"b&<>`)).toBe("a&quot;b&amp;&lt;&gt;");
    expect(safeHref("javascript:alert(1)")).toBeUndefined();
    expect(safeHref("/relative")).toBeUndefined();
    expect(safeHref("tg://user?id=1")).toBeUndefined();
    expect(safeHref("https://user:pw@example.com/")).toBeUndefined();
    expect(safeHref("https://example.com/a b")).toBe("https://example.com/a%20b");
  });

  it("survives random markup soup", () => {
    const alphabet = ["<", ">", "&", '"', "'", "b", "/", "a", " ", "amp;", "#", "\n", "é", "😀", "href="];
    const { next: random } = seededRandom("Telegram HTML markup soup", 7);
    for (let round = 0; round < 200; round += 1) {
      const text = Array.from({ length: 40 }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
      parsedParts(renderTelegramReply(digest([story(1, { title: text, summary: text, detail: text, sources: [{ name: text, url: text }] })], { footer: text, overview: text })));
      parsedParts(renderTelegramReply(text));
    }
  });
});

describe("splitting at 4096 characters", () => {
  it("keeps a reply of exactly the limit in one message and splits one character more between stories", () => {
    const base = renderTelegramReply(digest([story(1, { summary: "" })])).parts[0]?.plain.length ?? 0;
    const exact = digest([story(1, { summary: "s".repeat(TELEGRAM_MESSAGE_LIMIT - base - 1) })]); // -1: the newline before the summary
    const fits = parsedParts(renderTelegramReply(exact));
    expect(fits).toHaveLength(1);
    expect(fits[0]?.text.length).toBe(TELEGRAM_MESSAGE_LIMIT);
    const over = digest([story(1, { summary: "s".repeat(TELEGRAM_MESSAGE_LIMIT - base) })]);
    const split = parsedParts(renderTelegramReply(over));
    expect(split).toHaveLength(2);
    expect(split[0]?.text).toBe("Politics digest\n1 stories");
    expect(split[1]?.text.startsWith("1. Story 1")).toBe(true);
  });

  it("splits a long digest only between stories, each story whole and once, in order", () => {
    const items = Array.from({ length: 40 }, (_, index) => story(index + 1, { summary: `Story ${index + 1}: ${"word ".repeat(60)}` }));
    const rendered = renderTelegramReply(digest(items, { footer: "10 more stories not shown." }));
    const parts = parsedParts(rendered);
    expect(parts.length).toBeGreaterThan(2);
    const numbers = rendered.parts.flatMap((part) => part.items.map((item) => item.number));
    expect(numbers).toEqual(items.map((_, index) => index + 1));
    parts.forEach((part, index) => {
      if (index > 0) expect(part.text).toMatch(/^\d+\. Story \d+ about the budget/u);
      for (const item of rendered.parts[index]?.items ?? []) {
        expect(part.text).toContain(`${item.number}. Story ${item.number} about the budget\nStory ${item.number}: word`);
      }
    });
    expect(parts.at(-1)?.text.endsWith("10 more stories not shown.")).toBe(true);
  });

  it("shortens a single story longer than a message instead of splitting it", () => {
    const rendered = renderTelegramReply(digest([story(1, { summary: "long ".repeat(3_000), title: "T".repeat(300) })]));
    const parts = parsedParts(rendered);
    expect(parts).toHaveLength(2);
    expect(parts[1]?.text.length).toBeGreaterThan(TELEGRAM_MESSAGE_LIMIT - 30);
    expect(parts[1]?.text).toContain("T".repeat(300));
    expect(parts[1]?.text).toMatch(/ long…\nThe Daily Ledger · 2 h ago · id 000000000001$/u);
  });

  it("never cuts a surrogate pair or an entity when shortening", () => {
    const block = { lines: [[{ text: "😀".repeat(3_000), shrink: 1 }], [{ text: "id " }, { text: "abc", style: "code" as const }]] };
    const short = shortenBlock(block, 101);
    const text = short.lines.map((line) => line.map((segment) => segment.text).join("")).join("\n");
    expect(text.length).toBeLessThanOrEqual(101);
    expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/u);
    expect(text.endsWith("id abc")).toBe(true);
  });

  it("keeps a heading with the story after it", () => {
    const heading = { lines: [[{ text: "H".repeat(10) }]], keepWithNext: true };
    const parts = packBlocks([{ lines: [[{ text: "a".repeat(80) }]] }, heading, { lines: [[{ text: "b".repeat(20) }]] }], 100);
    expect(parts.map((part) => part.length)).toEqual([1, 2]);
  });

  it("splits long sentences at spaces and loses nothing", () => {
    const text = Array.from({ length: 2_000 }, (_, index) => `w${index}`).join(" ");
    const parts = parsedParts(renderTelegramReply(text));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((part) => part.text).join(" ")).toBe(text);
  });
});

describe("link previews and buttons", () => {
  it("turns previews off for digests and keeps them for a single story", () => {
    expect(renderTelegramReply(digest([story(1), story(2)])).disableLinkPreview).toBe(true);
    expect(renderTelegramReply(digest([story(1)])).disableLinkPreview).toBe(false);
    expect(renderTelegramReply(digest([story(1, { url: "ftp://x" })])).disableLinkPreview).toBe(true);
  });

  it("builds buttons whose callback data fits in 64 bytes", () => {
    const items = Array.from({ length: 9 }, (_, index) => story(index + 1, { articleId: "f".repeat(40) }));
    const rendered = renderTelegramReply(digest(items));
    const plan = {
      summaries: new Set(["f".repeat(40)]),
      follows: new Map([["f".repeat(40), "A topic with a very long name ".repeat(3)]]),
      unsubscribes: [{ sectionId: "s".repeat(32), title: "Politics" }],
    };
    // In every shipped language: the longest labels (Russian, German) are cut to Telegram's 40 too.
    const buttons = shippedTranslator().languages.flatMap((language) => keyboardForPart(rendered.parts[0]!, plan, true, documentText(undefined, { language }))?.inline_keyboard.flat() ?? []);
    expect(buttons.length).toBeGreaterThan(9);
    for (const button of buttons) {
      const data = "callback_data" in button ? button.callback_data : "";
      expect(Buffer.byteLength(data, "utf8")).toBeGreaterThan(0);
      expect(Buffer.byteLength(data, "utf8")).toBeLessThanOrEqual(MAX_CALLBACK_DATA_BYTES);
      expect(button.text.length).toBeLessThanOrEqual(40);
    }
    const row = (language: string) => keyboardForPart(rendered.parts[0]!, plan, true, documentText(undefined, { language }))?.inline_keyboard[0]?.map((button) => button.text);
    expect(row("en")).toEqual(["Summary 1", "Summary 2", "Summary 3", "Summary 4"]);
    expect(row("ru")).toEqual(["Пересказ 1", "Пересказ 2", "Пересказ 3", "Пересказ 4"]);
  });
});
