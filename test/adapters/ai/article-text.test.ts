/**
 * The article full-text source against a local HTTP server: extraction keeps the article body and
 * drops navigation, ads and comments; the address policy refuses 127.0.0.1 unless allow-listed
 * (also after a redirect); oversize, slow and non-HTML pages give undefined, never a throw.
 */
import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticleTextSource, extractArticleText, type ArticleTextOptions } from "../../../src/adapters/ai/article-text.js";
import { parseAllowList } from "../../../src/adapters/feeds/address-policy.js";
import { makeArticle } from "../../fakes/summary-fakes.js";

const PAGE = readFileSync(new URL("../../fixtures/articles/harbour-bridge.html", import.meta.url), "utf8");

let server: http.Server;
let port = 0;
const hits: string[] = [];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const path = request.url ?? "/";
    hits.push(path);
    if (path === "/article.html") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(PAGE);
    } else if (path === "/huge.html") {
      response.writeHead(200, { "content-type": "text/html" });
      const chunk = `<p>${"padding ".repeat(1_000)}</p>\n`;
      for (let i = 0; i < 400; i++) response.write(chunk); // ~3.2 MB without Content-Length
      response.end();
    } else if (path === "/slow.html") {
      response.writeHead(200, { "content-type": "text/html" });
      response.write("<html><body><article><p>Slow start");
      const timer = setTimeout(() => response.end("</p></article></body></html>"), 5_000);
      response.on("close", () => clearTimeout(timer));
    } else if (path === "/report.pdf") {
      response.writeHead(200, { "content-type": "application/pdf" });
      response.end("%PDF-1.7 not a page");
    } else if (path === "/redirect") {
      response.writeHead(302, { location: `http://127.0.0.1:${port}/article.html` });
      response.end();
    } else {
      response.writeHead(404, { "content-type": "text/html" });
      response.end("<h1>Not found</h1>");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function fetchText(path: string, options: ArticleTextOptions, host = "127.0.0.1") {
  const logs: Array<{ context: object; message: string }> = [];
  const source = createArticleTextSource({ ...options, debug: (context, message) => logs.push({ context, message }) });
  try {
    const article = makeArticle("page", { url: `http://${host}:${port}${path}` });
    const text = await source.fullText(article, new AbortController().signal);
    return { text, logs };
  } finally {
    await source.close();
  }
}

describe("extractArticleText", () => {
  it("keeps the article body and drops navigation, ads, sidebar, comments, scripts and footer", () => {
    const text = extractArticleText(PAGE, 20_000)!;
    expect(text).toContain("ARTICLE-BODY-FIRST-PARAGRAPH");
    expect(text).toContain("ARTICLE-BODY-LAST-PARAGRAPH");
    expect(text).toContain("replaced all 212 steel cables");
    for (const noise of ["NAVIGATION-", "ADVERTISEMENT-", "SIDEBAR-MOST-READ", "COMMENT-", "FOOTER-COPYRIGHT", "TRACKING-SCRIPT"]) {
      expect(text).not.toContain(noise);
    }
    expect(text).toMatch(/\n\n/u); // paragraphs kept
  });

  it("bounds the text", () => {
    expect(extractArticleText(PAGE, 300)!.length).toBeLessThanOrEqual(300);
  });
});

describe("createArticleTextSource", () => {
  it("fetches and extracts a page on an allow-listed host", async () => {
    const { text } = await fetchText("/article.html", { allow: parseAllowList(["127.0.0.1"]) });
    expect(text).toContain("ARTICLE-BODY-FIRST-PARAGRAPH");
    expect(text).not.toContain("NAVIGATION-HOME");
  });

  it("refuses 127.0.0.1 and localhost when the address policy is on and the host is not allowed", async () => {
    const before = hits.length;
    const literal = await fetchText("/article.html", {});
    expect(literal.text).toBeUndefined();
    expect(JSON.stringify(literal.logs)).toMatch(/refused|non-public/u);
    const named = await fetchText("/article.html", {}, "localhost");
    expect(named.text).toBeUndefined();
    expect(hits.length).toBe(before); // no request reached the server
  });

  it("refuses a redirect from an allowed host to a private address", async () => {
    const before = hits.length;
    const { text, logs } = await fetchText("/redirect", { allow: parseAllowList(["localhost"]) }, "localhost");
    expect(text).toBeUndefined();
    expect(hits.slice(before)).toEqual(["/redirect"]);
    expect(JSON.stringify(logs)).toMatch(/refused|non-public/u);
  });

  it("gives undefined for an oversize page", async () => {
    const { text, logs } = await fetchText("/huge.html", { allow: parseAllowList(["127.0.0.1"]), maxBytes: 2_000_000 });
    expect(text).toBeUndefined();
    expect(JSON.stringify(logs)).toMatch(/too large/u);
  });

  it("gives undefined for a page slower than the deadline", async () => {
    const { text, logs } = await fetchText("/slow.html", { allow: parseAllowList(["127.0.0.1"]), timeoutMs: 300 });
    expect(text).toBeUndefined();
    // The page would complete after 5 s: the 300 ms deadline ended the fetch, and says so.
    expect(JSON.stringify(logs)).toMatch(/no complete response within 300 ms/u);
  });

  it("gives undefined for a non-HTML document and for a 404", async () => {
    expect((await fetchText("/report.pdf", { allow: parseAllowList(["127.0.0.1"]) })).text).toBeUndefined();
    expect((await fetchText("/missing.html", { allow: parseAllowList(["127.0.0.1"]) })).text).toBeUndefined();
  });
});
