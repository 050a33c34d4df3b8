import { describe, expect, it } from "vitest";
import { createOpmlCodec } from "../../../src/adapters/feeds/opml.js";
import { OpmlReadError } from "../../../src/core/chats/opml.js";

const codec = createOpmlCodec();
const opml = (body: string, prolog = '<?xml version="1.0" encoding="UTF-8"?>') => `${prolog}\n<opml version="2.0"><head><title>Mine</title></head><body>${body}</body></opml>`;

describe("the OPML codec of /source export and import", () => {
  it("writes OPML 2.0 that reads back to the same feeds, titles with markup characters included", () => {
    const feeds = [
      { xmlUrl: "https://one.example/feed.xml?a=1&b=2", title: 'Tom & "Jerry" <news>' },
      { xmlUrl: "https://two.example/atom", title: "Two", htmlUrl: "https://two.example/" },
    ];
    const text = codec.write("newsdesk: this chat's own feeds", feeds);
    expect(text).toContain('<opml version="2.0">');
    expect(text).toContain("&amp;b=2");
    expect(text).not.toContain("<news>");
    expect(codec.read(text, 10)).toEqual({ feeds, withoutFeedUrl: 0, more: false });
  });

  it("reads feeds in nested folders in document order, counts outlines without a feed address, and keeps hostile addresses for the caller to refuse", () => {
    const text = opml(`
      <outline text="Tech"><outline text="Deep"><outline type="rss" text="A" xmlUrl="https://a.example/rss"/></outline>
        <outline text="B" xmlUrl="javascript:alert(1)"/></outline>
      <outline text="just a note"/>
      <outline text="C" xmlUrl="  http://10.0.0.1/feed  "/>`);
    expect(codec.read(text, 10)).toEqual({
      feeds: [
        { xmlUrl: "https://a.example/rss", title: "A" },
        { xmlUrl: "javascript:alert(1)", title: "B" },
        { xmlUrl: "http://10.0.0.1/feed", title: "C" },
      ],
      withoutFeedUrl: 1,
      more: false,
    });
  });

  it("stops at the most feeds asked for and says there were more", () => {
    const body = Array.from({ length: 5 }, (_, n) => `<outline text="F${n}" xmlUrl="https://f${n}.example/"/>`).join("");
    const read = codec.read(opml(body), 3);
    expect(read.feeds.map((feed) => feed.title)).toEqual(["F0", "F1", "F2"]);
    expect(read.more).toBe(true);
  });

  it("refuses a DOCTYPE declaring entities (billion laughs, external files) and leaves undeclared references unexpanded", () => {
    const laughs = ['<!ENTITY lol0 "lol">', ...Array.from({ length: 9 }, (_, n) => `<!ENTITY lol${n + 1} "${`&lol${n};`.repeat(10)}">`)].join("");
    const bomb = opml('<outline text="&lol9;" xmlUrl="https://x.example/&lol9;"/>', `<?xml version="1.0"?><!DOCTYPE opml [${laughs}]>`);
    expect(() => codec.read(bomb, 10)).toThrow(OpmlReadError);
    const external = opml('<outline text="&ext;" xmlUrl="https://x.example/"/>', '<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY ext SYSTEM "file:///etc/passwd">]>');
    expect(() => codec.read(external, 10)).toThrow(OpmlReadError);
    const plainDoctype = codec.read(opml('<outline text="&lol9; &amp; co" xmlUrl="https://x.example/"/>', '<?xml version="1.0"?><!DOCTYPE opml>'), 10);
    expect(plainDoctype.feeds).toEqual([{ xmlUrl: "https://x.example/", title: "&lol9; & co" }]);
  });

  it.each([
    ["plain text", "hello, these are my feeds"],
    ["HTML", "<!doctype html><html><body><a href='https://a.example/rss'>feed</a></body></html>"],
    ["an RSS feed", '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>'],
    ["broken XML", '<opml version="2.0"><body><outline text="a" xmlUrl="https://a.example/"'],
    ["empty", ""],
  ])("refuses %s as not OPML", (_kind, text) => {
    expect(() => codec.read(text, 10)).toThrow(OpmlReadError);
  });

  it("refuses nesting deep enough to exhaust a recursive reader, without crashing", () => {
    const depth = 50_000;
    const text = opml(`${'<outline text="x">'.repeat(depth)}<outline text="F" xmlUrl="https://f.example/"/>${"</outline>".repeat(depth)}`);
    let outcome: unknown;
    try {
      outcome = codec.read(text, 10).feeds;
    } catch (error) {
      outcome = error;
    }
    // Either read (iteratively) or refused as not OPML: never a stack overflow escaping.
    if (outcome instanceof Error) expect(outcome).toBeInstanceOf(OpmlReadError);
    else expect(outcome).toEqual([{ xmlUrl: "https://f.example/", title: "F" }]);
  });
});
