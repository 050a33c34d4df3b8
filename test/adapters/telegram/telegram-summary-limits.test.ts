/**
 * /summary <link> of pages newsdesk has not stored costs a fetch and a model call: limited per
 * person and per chat, through the real grammY client, against pages served on 127.0.0.1.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness, waitFor } from "./telegram-harness.js";

const PARAGRAPH =
  "The harbour authority opened the new ferry terminal on Monday after three years of work. Officials said the terminal doubles capacity for passengers and freight. Local businesses welcomed the change. ";

let harness: Harness;
let server: http.Server;
let base = "";
beforeAll(async () => {
  server = http.createServer((request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><html><head><title>Page ${request.url}</title></head><body><article><h1>Ferry terminal opens</h1><p>${PARAGRAPH.repeat(4)}</p></article></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  harness = await startHarness({
    environment: {
      ARTICLE_FETCH: "true",
      ARTICLE_FETCH_ALLOW_HOSTS: "127.0.0.1",
      SUMMARY_LINKS_PER_USER_PER_HOUR: "2",
      SUMMARY_LINKS_PER_CHAT_PER_HOUR: "3",
    },
  });
});
afterAll(async () => {
  await harness?.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function textsIn(chatId: number, count: number): Promise<string[]> {
  return waitFor(() => {
    const texts = harness.fake.messagesIn(chatId).map((message) => message.text);
    return texts.length >= count ? texts : undefined;
  }, 10_000, `${count} messages in chat ${chatId}`);
}

describe("/summary of new links", () => {
  it("answers a person's first links, then says plainly that the hourly limit is reached, per person and per chat", async () => {
    harness.fake.addChat({ id: -1_900, type: "supergroup", title: "Readers" });
    const ask = (userId: number, path: string) => harness.fake.sendUserMessage({ chatId: -1_900, userId, text: `/summary ${base}${path}` });
    ask(71, "/one");
    await textsIn(-1_900, 1);
    ask(71, "/two");
    await textsIn(-1_900, 2);
    ask(71, "/three");
    const [first, second, third] = await textsIn(-1_900, 3);
    expect(first).toContain("harbour authority opened the new ferry terminal");
    expect(second).toContain("ferry terminal");
    expect(third).toMatch(/In the past hour you have asked for 2 summaries of links newsdesk had not stored, the most one person may\. Stories from digests are not limited\. Try again in \d+ min, or give the id of a story from a digest\.$/u);
    // Another person in the same chat: one more link fits the chat's limit of 3, then the chat is over it.
    ask(72, "/four");
    await textsIn(-1_900, 4);
    ask(72, "/five");
    const texts = await textsIn(-1_900, 5);
    expect(texts[3]).toContain("ferry terminal");
    expect(texts[4]).toMatch(/this chat has asked for 3 summaries of links newsdesk had not stored, the most one chat may/u);
    // Another chat is not affected by this one's limit (the person's own limit still holds everywhere).
    harness.fake.addChat({ id: 73, type: "private", firstName: "Third reader" });
    harness.fake.sendUserMessage({ chatId: 73, userId: 73, text: `/summary ${base}/six` });
    expect((await textsIn(73, 1))[0]).toContain("ferry terminal");
  });
});
