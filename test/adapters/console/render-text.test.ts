import { describe, expect, it } from "vitest";
import { renderText } from "../../../src/adapters/console/render-text.js";

describe("a file answer in the terminal", () => {
  it("prints the caption and the file's text between markers, without control characters", () => {
    const printed = renderText({ kind: "file", name: "newsdesk-sources.opml", mediaType: "text/x-opml", bytes: new TextEncoder().encode('<opml version="2.0">\u001b[2J</opml>\n'), caption: "This chat's 1 own feed as OPML." });
    expect(printed).toBe(["This chat's 1 own feed as OPML.", "--- newsdesk-sources.opml ---", '<opml version="2.0">[2J</opml>', "--- end of newsdesk-sources.opml ---"].join("\n"));
  });
});
