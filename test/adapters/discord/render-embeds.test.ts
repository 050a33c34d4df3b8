/**
 * The embed renderer at and one past every Discord limit, and on hostile feed text. Every rendered
 * message is also checked with the fake Discord's validator (the same checks Discord makes).
 */
import { describe, expect, it } from "vitest";
import { DISCORD_LIMITS, embedLength, renderDocument, renderPlainText, renderReply } from "../../../src/adapters/discord/render-embeds.js";
import type { RenderedMessage } from "../../../src/adapters/discord/rendered-message.js";
import type { BriefingDocument, BriefingItem } from "../../../src/core/digests/briefing-document.js";
import { validateMessageBody } from "../../fakes/discord/message-validation.js";

const plain = { summaryButtons: false, deliveryActions: false };
const story = (title: string, summary = "", extra: Partial<BriefingItem> = {}): BriefingItem => ({ title, url: "https://news.example/a", summary, sources: [], ...extra });
const doc = (partial: Partial<BriefingDocument>): BriefingDocument => ({ kind: "briefing", title: "T", sections: [], ...partial });

/** Renders and asserts that Discord would accept every message. */
function render(document: BriefingDocument, options = plain): RenderedMessage[] {
  const messages = renderDocument(document, options);
  for (const message of messages) {
    expect(() => validateMessageBody({ ...message, allowed_mentions: { parse: [] } }, { requireContent: true })).not.toThrow();
    expect(message.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
    expect(message.embeds.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.totalPerMessage);
  }
  return messages;
}
const embeds = (messages: RenderedMessage[]) => messages.flatMap((message) => message.embeds);

describe("per-field limits", () => {
  it.each([
    ["title", 256],
    ["title", 257],
  ])("document %s of %i characters", (_, length) => {
    const [header] = embeds(render(doc({ title: "x".repeat(length) })));
    expect(header?.title).toBe(length <= 256 ? "x".repeat(length) : `${"x".repeat(255)}…`);
  });

  it.each([4096, 4097])("description (overview) of %i characters", (length) => {
    const [header] = embeds(render(doc({ overview: "o".repeat(length) })));
    expect(header?.description).toBe(length <= 4096 ? "o".repeat(length) : `${"o".repeat(4095)}…`);
  });

  it.each([256, 257])("story title of %i characters", (length) => {
    const [, embed] = embeds(render(doc({ sections: [{ items: [story("s".repeat(length))] }] })));
    expect(embed?.title).toHaveLength(256);
    expect(embed?.title?.endsWith("…")).toBe(length > 256);
  });

  it.each([256, 257])("author (section heading) of %i characters", (length) => {
    const [, embed] = embeds(render(doc({ sections: [{ heading: "h".repeat(length), items: [story("s")] }] })));
    expect(embed?.author?.name).toBe(length <= 256 ? "h".repeat(length) : `${"h".repeat(255)}…`);
  });

  it.each([2048, 2049])("footer of %i characters", (length) => {
    const last = embeds(render(doc({ footer: "f".repeat(length) }))).at(-1);
    expect(last?.footer?.text).toBe(length <= 2048 ? "f".repeat(length) : `${"f".repeat(2047)}…`);
  });

  it.each([
    [256, 1024],
    [257, 1025],
  ])("field name of %i and value of %i characters", (nameLength, valueLength) => {
    const [, embed] = embeds(render(doc({ sections: [{ items: [{ title: "n".repeat(nameLength), summary: "v".repeat(valueLength), sources: [] }] }] })));
    expect(embed?.fields?.[0]?.name).toHaveLength(256);
    expect(embed?.fields?.[0]?.value).toHaveLength(1024);
    expect(embed?.fields?.[0]?.value.endsWith("…")).toBe(valueLength > 1024);
  });

  it.each([25, 26])("%i list entries: 25 fields per embed", (count) => {
    const items = Array.from({ length: count }, (_, index) => ({ title: `entry ${index}`, sources: [] }));
    const lists = embeds(render(doc({ sections: [{ items }] }))).filter((embed) => embed.fields);
    expect(lists.map((embed) => embed.fields?.length)).toEqual(count <= 25 ? [count] : [25, count - 25]);
  });

  it("a story summary longer than the space left is cut; the sources line stays", () => {
    const [, embed] = embeds(render(doc({ sections: [{ items: [story("Long", "word ".repeat(2000), { sources: [{ name: "A", url: "https://a.example/" }, { name: "B", url: "https://b.example/" }], detail: "2 h ago", articleId: "0123456789ab" })] }] })));
    expect(embed?.description?.length).toBeLessThanOrEqual(4096);
    expect(embed?.description).toMatch(/…\n\[A\]\(https:\/\/a\.example\/\), \[B\]\(https:\/\/b\.example\/\) · 2 h ago · id `0123456789ab`$/u);
  });
});

describe("message limits", () => {
  it("6000 characters across embeds: exactly at the limit is one message, one over is two", () => {
    const exact = doc({ title: "D", sections: [{ items: [story("A", "a".repeat(2999)), story("B", "b".repeat(2998))] }] });
    expect(render(exact)).toHaveLength(1);
    expect(embeds(render(exact)).reduce((sum, embed) => sum + embedLength(embed), 0)).toBe(6000);
    const over = doc({ title: "D", sections: [{ items: [story("A", "a".repeat(2999)), story("B", "b".repeat(2999))] }] });
    expect(render(over).map((message) => message.embeds.length)).toEqual([2, 1]);
  });

  it("10 embeds per message: header and 9 stories in one, 10 stories spill into a second", () => {
    const stories = (count: number) => Array.from({ length: count }, (_, index) => story(`S${index}`));
    expect(render(doc({ sections: [{ items: stories(9) }] })).map((message) => message.embeds.length)).toEqual([10]);
    expect(render(doc({ sections: [{ items: stories(10) }] })).map((message) => message.embeds.length)).toEqual([10, 1]);
  });

  it("a story is never split across messages, even at the largest size", () => {
    const items = Array.from({ length: 5 }, (_, index) => story(`${index}`.repeat(256), "z".repeat(5000)));
    const messages = render(doc({ sections: [{ heading: "H".repeat(300), items }] }));
    expect(embeds(messages).filter((embed) => embed.url)).toHaveLength(5);
  });

  it("a footer that no longer fits the last embed gets an embed of its own", () => {
    const entry = (valueLength: number) => ({ title: "n".repeat(256), summary: "v".repeat(valueLength), sources: [] });
    const messages = render(doc({ sections: [{ items: [entry(1024), entry(1024), entry(1024), entry(1024), entry(600)] }], footer: "f".repeat(500) }));
    expect(embedLength(embeds(messages)[1]!)).toBe(5976);
    expect(embeds(messages).at(-1)).toEqual({ color: expect.any(Number), footer: { text: "f".repeat(500) } });
  });

  it.each([2000, 2001])("plain text of %i characters", (length) => {
    const messages = renderPlainText("p".repeat(length));
    expect(messages.map((message) => message.content?.length)).toEqual(length <= 2000 ? [length] : [2000, length - 2000]);
  });
});

describe("hostile feed text", () => {
  it("escapes markdown and neutralises mentions everywhere", () => {
    const hostile = "@everyone **bold** __u__ ~~s~~ ||spoiler|| `code` [bank](https://evil.example) <@123456789012345678> <@&1234> <#5678> @here\n# heading\n> quote\n-# small";
    const messages = render(doc({ title: hostile, subtitle: hostile, sections: [{ heading: hostile, items: [story(hostile, hostile, { reason: hostile, detail: hostile, sources: [{ name: hostile, url: "https://x.example/(a)" }, { name: "b", url: "javascript:alert(1)" }] }), { title: hostile, summary: hostile, sources: [] }] }], footer: hostile }));
    const text = JSON.stringify(messages);
    expect(text).not.toMatch(/@everyone|@here|<@\d|<@&\d|<#\d/u);
    for (const embed of embeds(messages)) {
      for (const field of [embed.title, embed.description, ...(embed.fields ?? []).flatMap((entry) => [entry.name, entry.value])]) {
        if (!field) continue;
        expect(field).not.toMatch(/(?<!\\)\*\*bold(?<!\\)\*\*/u);
        expect(field).not.toMatch(/(?<!\\)\|\|spoiler/u);
        expect(field).not.toMatch(/(?<![\\])\[bank\]\(/u);
        expect(field).not.toMatch(/^# heading/mu);
        expect(field).not.toMatch(/^> quote/mu);
        expect(field).not.toMatch(/^-# small/mu);
      }
    }
    expect(text).not.toContain("javascript:");
    expect(text).toContain("https://x.example/%28a%29");
  });

  it("drops an unsafe story link and keeps the story", () => {
    const [, embed] = embeds(render(doc({ sections: [{ items: [story("Click", "", { url: "javascript:alert(1)" })] }] })));
    expect(embed?.url).toBeUndefined();
    expect(embed?.title).toBe("Click");
  });
});

describe("buttons", () => {
  it("adds a Summary button per distinct article and Follow / Unsubscribe under the last message", () => {
    const items = Array.from({ length: 12 }, (_, index) => story(`S${index}`, "", { articleId: `00000000000${index % 10}` }));
    const messages = render(doc({ sections: [{ items }] }), { summaryButtons: true, deliveryActions: true });
    const ids = messages.map((message) => message.components.flatMap((row) => row.components.map((component) => ("custom_id" in component ? component.custom_id : ""))));
    expect(ids[0]).toHaveLength(9);
    expect(ids[1]).toEqual(["nd:sum:000000000009", "nd:sum:000000000000", "nd:sum:000000000001", "nd:follow", "nd:unsub"]);
  });

  it("shows no actions on documents without stories (help, sections)", () => {
    const messages = render(doc({ sections: [{ items: [{ title: "/help", summary: "what newsdesk can do", sources: [] }] }] }), { summaryButtons: true, deliveryActions: true });
    expect(messages[0]?.components).toEqual([]);
  });

  it("renders a plain reply as content", () => {
    expect(renderReply("Subscribed to Politics.", plain)).toEqual([{ content: "Subscribed to Politics.", embeds: [], components: [] }]);
  });
});
