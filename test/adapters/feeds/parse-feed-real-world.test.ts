/**
 * Formats real feeds use that peer parsers' test suites cover: Media RSS (YouTube), DCMI terms
 * dates, channel dc:title, iTunes author and summary, prefixed RSS, RSS without <channel>, a
 * DOCTYPE before <rss>, a windows-1252 byte in UTF-8, and a local file's relative links.
 */
import { describe, expect, it } from "vitest";
import { parse, rss } from "./fixtures.js";

const YOUTUBE = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">
 <link rel="self" href="https://www.youtube.com/feeds/videos.xml?channel_id=UCexample"/>
 <id>yt:channel:UCexample</id>
 <title>Example Newsroom</title>
 <link rel="alternate" href="https://www.youtube.com/channel/UCexample"/>
 <entry>
  <id>yt:video:abc123</id>
  <yt:videoId>abc123</yt:videoId>
  <title>Flood defences tested on the river</title>
  <link rel="alternate" href="https://www.youtube.com/watch?v=abc123"/>
  <published>2024-03-01T09:00:00+00:00</published>
  <media:group>
   <media:title>Flood defences tested on the river</media:title>
   <media:content url="https://www.youtube.com/v/abc123?version=3" type="application/x-shockwave-flash" width="640" height="390"/>
   <media:thumbnail url="https://i1.ytimg.com/vi/abc123/hqdefault.jpg" width="480" height="360"/>
   <media:description>Engineers closed the barrier on Friday to test it before the spring tides.</media:description>
   <media:category>News &amp; Politics</media:category>
  </media:group>
 </entry>
 <entry>
  <id>yt:video:def456</id>
  <link rel="alternate" href="https://www.youtube.com/watch?v=def456"/>
  <published>2024-03-02T09:00:00+00:00</published>
  <media:group>
   <media:title>Night trains return to the valley</media:title>
   <media:description>The first sleeper left at 22:10.</media:description>
  </media:group>
 </entry>
</feed>`;

describe("Media RSS", () => {
  it("reads a YouTube channel feed: description from media:group, thumbnail, category", () => {
    const feed = parse(YOUTUBE, "https://www.youtube.com/feeds/videos.xml?channel_id=UCexample");
    const [first] = feed.items;
    expect(first).toMatchObject({
      title: "Flood defences tested on the river",
      summary: "Engineers closed the barrier on Friday to test it before the spring tides.",
      url: "https://www.youtube.com/watch?v=abc123",
      imageUrl: "https://i1.ytimg.com/vi/abc123/hqdefault.jpg",
      tags: ["News & Politics"],
    });
  });

  it("takes the title from media:title when the entry has none", () => {
    const second = parse(YOUTUBE).items[1];
    expect(second?.title).toBe("Night trains return to the valley");
    expect(second?.summary).toBe("The first sleeper left at 22:10.");
  });

  it("reads media:description, media:title and media:category of an RSS item", () => {
    const doc = rss(
      `<item><link>https://news.example.com/v/1</link><media:title>Harbour cranes replaced</media:title>
        <media:description type="html">&lt;p&gt;Four cranes arrive by ship.&lt;/p&gt;</media:description>
        <media:category>Ports</media:category><media:thumbnail url="https://img.example.com/cranes.jpg"/></item>`,
    ).replace("<rss ", '<rss xmlns:media="http://search.yahoo.com/mrss/" ');
    expect(parse(doc).items[0]).toMatchObject({
      title: "Harbour cranes replaced",
      summary: "Four cranes arrive by ship.",
      tags: ["Ports"],
      imageUrl: "https://img.example.com/cranes.jpg",
    });
  });
});

describe("Dublin Core terms and iTunes", () => {
  const NS = 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"';
  const doc = (channel: string, items: string): string =>
    `<?xml version="1.0"?><rss version="2.0" ${NS}><channel>${channel}${items}</channel></rss>`;

  it("dates items by dcterms:modified or dcterms:created when there is no pubDate", () => {
    const feed = parse(
      doc(
        "<title>T</title>",
        `<item><title>Modified</title><link>https://a.example/1</link><dcterms:modified>2024-02-03T04:05:06Z</dcterms:modified></item>
         <item><title>Created</title><link>https://a.example/2</link><dcterms:created>2023-12-24T18:00:00+01:00</dcterms:created></item>`,
      ),
    );
    expect(feed.items.map((item) => item.publishedAt)).toEqual([Date.parse("2024-02-03T04:05:06Z"), Date.parse("2023-12-24T17:00:00Z")]);
  });

  it("takes the channel title from dc:title when there is no <title>", () => {
    expect(parse(doc("<dc:title>Valley Courier</dc:title><link>https://a.example/</link>", "<item><title>x</title></item>")).title).toBe("Valley Courier");
  });

  it("reads itunes:author and itunes:summary of an item", () => {
    const item = parse(
      doc("<title>Pod</title>", "<item><title>Episode 12</title><link>https://a.example/e12</link><itunes:author>Mara Lind</itunes:author><itunes:summary>We visit the new library.</itunes:summary></item>"),
    ).items[0];
    expect(item).toMatchObject({ author: "Mara Lind", summary: "We visit the new library." });
  });
});

describe("unusual RSS shapes", () => {
  it("reads RSS whose elements all carry a namespace prefix (<r:rss>)", () => {
    const feed = parse(
      `<?xml version="1.0"?><r:rss xmlns:r="http://backend.userland.com/rss2" version="2.0"><r:channel><r:title>Prefixed</r:title>
        <r:link>https://p.example/</r:link><r:item><r:title>One</r:title><r:link>https://p.example/1</r:link>
        <r:description><![CDATA[Text with <r:literal> kept]]></r:description></r:item></r:channel></r:rss>`,
    );
    expect(feed).toMatchObject({ title: "Prefixed", link: "https://p.example/" });
    expect(feed.items[0]).toMatchObject({ title: "One", url: "https://p.example/1" });
  });

  it("reads <rss> whose items have no <channel>", () => {
    const feed = parse(
      `<?xml version="1.0"?><rss version="0.91"><title>No channel</title><link>https://n.example/</link>
        <item><title>One</title><link>https://n.example/1</link></item><item><title>Two</title><link>https://n.example/2</link></item></rss>`,
    );
    expect(feed.title).toBe("No channel");
    expect(feed.items.map((item) => item.url)).toEqual(["https://n.example/1", "https://n.example/2"]);
  });

  it.each([
    ["an RSS 0.91 DOCTYPE", '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">'],
    ["an HTML DOCTYPE", "<!DOCTYPE html>"],
  ])("reads a feed with %s before <rss> as a feed, not a web page", (_name, doctype) => {
    const feed = parse(`${doctype}\n<rss version="2.0"><channel><title>Doc</title><item><title>One</title><link>https://d.example/1</link></item></channel></rss>`);
    expect(feed.items.map((item) => item.title)).toEqual(["One"]);
  });

  it("reads a windows-1252 byte inside a UTF-8 document as its character, not as U+FFFD", () => {
    const head = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Café</title><item><title>Mayor', "utf8");
    const tail = Buffer.from("s plan for the café</title><link>https://c.example/1</link></item></channel></rss>", "utf8");
    const feed = parse(Buffer.concat([head, Buffer.from([0x92]), tail]));
    expect(feed.title).toBe("Café");
    expect(feed.items[0]?.title).toBe("Mayor’s plan for the café");
  });
});

describe("a local file feed", () => {
  it("resolves relative links against the feed's own absolute self link", () => {
    const feed = parse(
      rss("<item><title>One</title><link>2024/one.html</link></item>", '<atom:link rel="self" href="https://site.example/news/feed.xml"/>')
        .replace("<link>https://news.example.com/</link>", "<link>/</link>")
        .replace("<rss ", '<rss xmlns:atom="http://www.w3.org/2005/Atom" '),
      "file:///srv/feeds/news.xml",
    );
    expect(feed.items[0]?.url).toBe("https://site.example/news/2024/one.html");
    expect(feed.link).toBe("https://site.example/");
  });

  it("resolves them against the channel <link> when there is no self link", () => {
    const feed = parse(rss("<item><title>One</title><link>/story/1</link></item>"), "file:///srv/feeds/news.xml");
    expect(feed.items[0]?.url).toBe("https://news.example.com/story/1");
  });

  it("resolves Atom entry links against the feed's self link", () => {
    const feed = parse(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><link rel="self" href="https://blog.example/atom.xml"/>
        <entry><id>1</id><title>E</title><link href="/posts/e"/></entry></feed>`,
      "file:///srv/feeds/blog.atom",
    );
    expect(feed.items[0]?.url).toBe("https://blog.example/posts/e");
  });
});

describe("descriptions that describe nothing", () => {
  it("drops Hacker News' lone 'Comments' link", () => {
    const item = parse(rss('<item><title>Show HN: A tiny database</title><link>https://db.example/</link><description><![CDATA[<a href="https://news.ycombinator.com/item?id=1">Comments</a>]]></description></item>')).items[0];
    expect(item?.summary).toBe("");
  });

  it("drops Google News' list of related headlines, in a description or an Atom content", () => {
    const list =
      '&lt;ol&gt;&lt;li&gt;&lt;a href="https://news.google.com/a"&gt;Deal reached on energy bill&lt;/a&gt;&amp;nbsp;&lt;font&gt;CNN&lt;/font&gt;&lt;/li&gt;' +
      '&lt;li&gt;&lt;a href="https://news.google.com/b"&gt;Senate agrees climate package&lt;/a&gt;&amp;nbsp;&lt;font&gt;Fox News&lt;/font&gt;&lt;/li&gt;&lt;/ol&gt;';
    expect(parse(rss(`<item><title>Deal reached on energy bill - CNN</title><link>https://news.google.com/a</link><description>${list}</description></item>`)).items[0]?.summary).toBe("");
    const atom = parse(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>G</title><entry><id>1</id><title>Deal reached - CNN</title><link href="https://news.google.com/a"/><content type="html">${list}</content></entry></feed>`,
    ).items[0];
    expect(atom).toMatchObject({ summary: "" });
    expect(atom?.body).toBeUndefined();
  });

  it("drops a description that only repeats the title, and keeps a short real one", () => {
    const [same, real] = parse(
      rss(
        "<item><title>Trump pleads not guilty</title><link>https://c.example/1</link><description>Trump pleads not guilty</description></item>" +
          "<item><title>Storm</title><link>https://c.example/2</link><description>Roads closed.</description></item>",
      ),
    ).items;
    expect(same?.summary).toBe("");
    expect(real?.summary).toBe("Roads closed.");
  });
});
