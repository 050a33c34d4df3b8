import { describe, expect, it } from "vitest";
import { toPlainBody, toPlainSummary, toPlainTitle, truncateAtWord } from "../../../src/adapters/feeds/plain-text.js";
import { parseMaxAge, parseRetryAfter } from "../../../src/adapters/feeds/http-headers.js";

describe("plain text", () => {
  it("decodes leftover entities once, not twice", () => {
    expect(toPlainTitle("it&#x27;s &amp;amp; more")).toBe("it's &amp; more");
    expect(toPlainTitle("AT&T and Q&A stay")).toBe("AT&T and Q&A stay");
  });

  it("keeps a literal less-than sign and an escaped tag in an HTML title", () => {
    expect(toPlainTitle("Why 3 < 5 matters")).toBe("Why 3 < 5 matters");
    expect(toPlainTitle("Why &lt;div&gt; soup is bad")).toBe("Why <div> soup is bad");
  });

  it("cuts at a word boundary with an ellipsis", () => {
    expect(truncateAtWord("one two three four", 10)).toBe("one two…");
    expect(truncateAtWord("short", 10)).toBe("short");
  });

  it("summarises HTML on one line without images, scripts or link targets; keeps paragraphs in bodies", () => {
    const html = '<p>First <a href="https://x.example/">link</a>.</p><script>alert(1)</script><img src="a.png"><h2>Heading</h2><p>Second.</p>';
    expect(toPlainSummary(html)).toBe("First link. Heading Second.");
    expect(toPlainBody(html)).toBe("First link.\n\nHeading\n\nSecond.");
  });
});

describe("HTTP header helpers", () => {
  it("reads Retry-After seconds and dates, capped and never negative", () => {
    const now = Date.parse("2024-05-01T12:00:00Z");
    expect(parseRetryAfter("30", now)).toBe(30_000);
    expect(parseRetryAfter("Wed, 01 May 2024 11:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("99999999", now)).toBe(24 * 3600 * 1000);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
  });

  it("reads max-age unless no-store / no-cache", () => {
    expect(parseMaxAge("public, max-age=300")).toBe(300);
    expect(parseMaxAge("max-age=300, no-store")).toBeUndefined();
    expect(parseMaxAge('max-age="60"')).toBe(60);
    expect(parseMaxAge(undefined)).toBeUndefined();
  });
});
