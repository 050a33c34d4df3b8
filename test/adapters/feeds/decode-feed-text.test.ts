import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeFeedText } from "../../../src/adapters/feeds/decode-feed-text.js";
import { parse } from "./fixtures.js";

/** `declared: null` leaves the XML declaration out. */
function legacyFeed(encoding: string, title: string, declared: string | null = encoding): Buffer {
  const declaration = declared === null ? "" : `<?xml version="1.0" encoding="${declared}"?>\n`;
  const xml = `${declaration}<rss version="2.0"><channel><title>${title}</title><link>https://legacy.example/</link><description>d</description><item><title>${title}</title><link>https://legacy.example/1</link></item></channel></rss>`;
  return iconv.encode(xml, encoding);
}

describe("decoding feed bytes", () => {
  it.each([
    ["ISO-8859-1", "Mãe de utente é a nova presidente"],
    ["iso-8859-7", "«Πορτραίτα καραντίνας» για έμπνευση"],
    ["windows-1251", "В Бузулуке главные стройплощадки – детсад"],
    ["gb2312", "建国35周年纪念，华表，和平鸽"],
    ["windows-1252", "Café “quotes” — dash"],
  ])("reads a feed declared %s with the right title", (encoding, title) => {
    const feed = parse(legacyFeed(encoding, title));
    expect(feed.items[0]?.title).toBe(title);
    expect(feed.title).toBe(title);
  });

  it("decodes GB2312-declared documents as GB18030 (GBK characters survive)", () => {
    // 镕 is in GBK but not in GB2312: real "gb2312" feeds contain such characters.
    expect(parse(legacyFeed("gbk", "朱镕基访问", "gb2312")).items[0]?.title).toBe("朱镕基访问");
  });

  it("prefers the HTTP charset over the XML declaration", () => {
    const bytes = legacyFeed("windows-1251", "Новости", "iso-8859-1");
    expect(parse(bytes, "https://ru.example/rss", "application/rss+xml; charset=windows-1251").items[0]?.title).toBe("Новости");
  });

  it("prefers a byte-order mark over everything else", () => {
    const xml = '<?xml version="1.0" encoding="iso-8859-1"?><rss version="2.0"><channel><title>Ünïcode ✓</title></channel></rss>';
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml, "utf8")]);
    expect(decodeFeedText(utf8, "text/xml; charset=iso-8859-1")).toMatchObject({ encoding: "utf-8", source: "bom" });
    expect(parse(utf8).title).toBe("Ünïcode ✓");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(xml, "utf-16le")]);
    expect(parse(utf16).title).toBe("Ünïcode ✓");
  });

  it("falls back to windows-1252 for undeclared bytes that are not UTF-8", () => {
    const bytes = legacyFeed("windows-1252", "Últimas notícias – São Paulo", null);
    expect(decodeFeedText(bytes)).toMatchObject({ encoding: "windows-1252", source: "fallback" });
    expect(parse(bytes).items[0]?.title).toBe("Últimas notícias – São Paulo");
  });

  it("reads stray windows-1252 bytes in undeclared UTF-8 as windows-1252, the UTF-8 around them as UTF-8", () => {
    const bytes = Buffer.concat([Buffer.from('<rss version="2.0"><channel><title>Česko ', "utf8"), Buffer.from([0x93, 0x41, 0x94]), Buffer.from(" – zprávy</title></channel></rss>", "utf8")]);
    expect(decodeFeedText(bytes)).toMatchObject({ encoding: "utf-8", source: "fallback" });
    expect(parse(bytes).title).toBe("Česko “A” – zprávy");
  });

  it("reads a windows-1252 document wrongly declared UTF-8 byte by byte instead of as U+FFFD", () => {
    const bytes = legacyFeed("windows-1252", "Últimas notícias – São Paulo", "UTF-8");
    expect(parse(bytes).items[0]?.title).toBe("Últimas notícias – São Paulo");
  });

  it("keeps undeclared valid UTF-8 as UTF-8", () => {
    const bytes = Buffer.from('<rss version="2.0"><channel><title>Česko – zprávy</title></channel></rss>', "utf8");
    expect(decodeFeedText(bytes)).toMatchObject({ encoding: "utf-8", source: "utf-8-valid" });
  });

  it("removes the declared encoding so the XML parser cannot re-interpret the text", () => {
    const { text } = decodeFeedText(legacyFeed("iso-8859-7", "Ελλάδα"));
    expect(text.startsWith('<?xml version="1.0"?>')).toBe(true);
    expect(text).not.toMatch(/encoding=/);
  });
});
