/**
 * A local site for `/source import` tests: two feeds that parse, a page that is not a feed; and the
 * OPML subscription list a reader would export for it, with hostile entries among the good ones.
 */
import { readFileSync } from "node:fs";
import { type LocalServer, startServer } from "../adapters/feeds/local-server.js";

const rss = readFileSync(new URL("../fixtures/sources/one-feed.rss", import.meta.url), "utf8");

/** Serves /harbour.xml and /ferries.xml (feeds) and /about (an HTML page without feeds). */
export function startFeedSite(): Promise<LocalServer> {
  return startServer((request, response) => {
    const send = (type: string, body: string) => response.writeHead(200, { "content-type": type }).end(body);
    if (request.url === "/harbour.xml") send("application/rss+xml", rss);
    else if (request.url === "/ferries.xml") send("application/rss+xml", rss.replace("Harbour Notes", "Ferry News"));
    else if (request.url === "/about") send("text/html", "<!doctype html><html><head><title>About</title></head><body>No feeds here</body></html>");
    else response.writeHead(404).end();
  });
}

/** An OPML list for the site: two good feeds (one in a folder), a page, javascript:, a private address, a folder note. */
export function subscriptionList(origin: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>My reader's subscriptions</title></head>
  <body>
    <outline text="Harbour" type="rss" xmlUrl="${origin}/harbour.xml" htmlUrl="${origin}/"/>
    <outline text="Travel">
      <outline text="Ferries" type="rss" xmlUrl="${origin}/ferries.xml"/>
      <outline text="Evil" type="rss" xmlUrl="javascript:alert(document.cookie)"/>
    </outline>
    <outline text="About page" type="rss" xmlUrl="${origin}/about"/>
    <outline text="Router" type="rss" xmlUrl="http://10.0.0.1/feed.xml"/>
    <outline text="Harbour again" type="rss" xmlUrl="${origin}/harbour.xml"/>
    <outline text="A note without a feed"/>
  </body>
</opml>
`;
}
