import { readFileSync } from "node:fs";
import { refusalText } from "../../helpers/english.js";
import { afterEach, describe, expect, it } from "vitest";
import { parseAllowList } from "../../../src/adapters/feeds/address-policy.js";
import { createHttpFeedFetcher } from "../../../src/adapters/feeds/fetch-feed.js";
import { createFeedParser } from "../../../src/adapters/feeds/parse-feed.js";
import { createFeedProbe } from "../../../src/adapters/feeds/probe-feed.js";
import { UserFacingError } from "../../../src/core/shared/errors.js";
import { startServer, type LocalServer } from "./local-server.js";

const rss = readFileSync(new URL("../../fixtures/sources/one-feed.rss", import.meta.url));
const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Comments</title><id>urn:c</id><updated>2026-11-25T08:00:00Z</updated>
<entry><title>First comment</title><id>urn:c:1</id><link href="https://harbour.example/c1"/><updated>2026-11-25T08:00:00Z</updated></entry></feed>`;
const page = (links: string) => `<!doctype html><html><head><title>Harbour</title>${links}</head><body><p>Welcome</p></body></html>`;

/** A site: a page advertising two feeds (one broken), a page advertising none but serving /feed.xml. */
async function site(): Promise<LocalServer> {
  return startServer((request, response) => {
    const send = (type: string, body: string | Buffer) => response.writeHead(200, { "content-type": type }).end(body);
    switch (request.url) {
      case "/feed.xml": return send("application/rss+xml", rss);
      case "/comments.atom": return send("application/atom+xml", atom);
      case "/many": return send("text/html", page(`<link rel="alternate" type="application/rss+xml" href="/feed.xml"><link rel="alternate" type="application/atom+xml" title="Comments" href="comments.atom"><link rel="alternate" type="application/rss+xml" href="/broken.xml">`));
      case "/plain": return send("text/html", page(""));
      default: response.writeHead(404).end("not found");
    }
  });
}

describe("finding the feed at an address a user gave", () => {
  let server: LocalServer | undefined;
  afterEach(async () => server?.close());
  const probeFor = (allow: string[]) => {
    const fetcher = createHttpFeedFetcher({ timeoutMs: 5_000, addressPolicy: { blockPrivateAddresses: true, allow: parseAllowList(allow) } });
    return createFeedProbe(fetcher, createFeedParser());
  };

  it("takes a feed URL that parses as it is, with its title and item count", async () => {
    server = await site();
    const probe = probeFor([`127.0.0.1:${server.port}`]);
    expect(await probe.probe(`${server.origin}/feed.xml`)).toEqual([{ url: `${server.origin}/feed.xml`, title: "Harbour Notes", itemCount: 2 }]);
  });

  it("lists the working feeds a web page advertises, leaving out one that does not parse", async () => {
    server = await site();
    const probe = probeFor([`127.0.0.1:${server.port}`]);
    const found = await probe.probe(`${server.origin}/many`);
    expect(found.map((feed) => [feed.url, feed.title])).toEqual([[`${server.origin}/feed.xml`, "Harbour Notes"], [`${server.origin}/comments.atom`, "Comments"]]);
  });

  it("tries the common feed paths of a page that advertises none, and finds nothing on a site without feeds", async () => {
    server = await site();
    const probe = probeFor([`127.0.0.1:${server.port}`]);
    expect((await probe.probe(`${server.origin}/plain`)).map((feed) => feed.url)).toEqual([`${server.origin}/feed.xml`]);
    const asked = server.requests.map((request) => request.url);
    expect(asked).toEqual(["/plain", "/feed", "/rss", "/atom.xml", "/feed.xml"]);
  });

  it("refuses a private address under the fetch policy without contacting it, and says when a site cannot be read", async () => {
    server = await site();
    const refused = await probeFor([]).probe(`${server.origin}/feed.xml`).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UserFacingError);
    expect(refusalText(refused)).toBe(`"${server.origin}/feed.xml" is on a private network, which newsdesk does not fetch. Give the address of a public feed or web page.`);
    expect(server.requests).toHaveLength(0);
    const missing = await probeFor([`127.0.0.1:${server.port}`]).probe(`${server.origin}/gone`).catch((error: unknown) => error);
    expect(refusalText(missing)).toMatch(/^"http:\/\/127\.0\.0\.1:\d+\/gone" could not be read\. Check the address/u);
  });
});
