/**
 * A feed that moved for good (301/308): followed, and the operator is told once, at warn level,
 * which line of the sources file to change; against a local HTTP server through the real fetcher
 * and parser.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createHttpFeedFetcher, type HttpFeedFetcher } from "../../../src/adapters/feeds/fetch-feed.js";
import { createHttpGetter } from "../../../src/adapters/feeds/http-get.js";
import { createFeedParser } from "../../../src/adapters/feeds/parse-feed.js";
import { ingestFeed, type IngestDependencies } from "../../../src/core/feeds/ingest-feed.js";
import type { FeedSource } from "../../../src/core/feeds/feed.js";
import { ManualClock, MemoryArticleStore, MemoryFeedStateStore, RecordingLogger } from "../../fakes/memory-ports.js";
import { startServer, type LocalServer } from "./local-server.js";

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Example World</title><link>https://example.org/</link>
<item><title>Summit ends without a deal</title><link>https://example.org/summit</link><guid>s1</guid></item></channel></rss>`;

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function serve(routes: Record<string, [number, string] | "feed">): Promise<LocalServer> {
  const server = await startServer((request, response) => {
    const route = routes[request.url ?? ""];
    if (route === "feed") response.writeHead(200, { "content-type": "application/rss+xml" }).end(RSS);
    else if (route) response.writeHead(route[0], { location: route[1] }).end();
    else response.writeHead(404).end();
  });
  closers.push(() => server.close());
  return server;
}

describe("permanent redirects of a feed", () => {
  it("reports where a chain of 301/308 leads, up to the first temporary redirect, and nothing for a 302 first", async () => {
    const server = await serve({ "/a": [301, "/b"], "/b": [308, "/c"], "/c": [302, "/d"], "/d": "feed", "/t": [302, "/u"], "/u": [301, "/d"] });
    const getter = createHttpGetter({ timeoutMs: 5_000, maxBytes: 100_000 });
    closers.push(() => getter.close());
    const moved = await getter.get(`${server.origin}/a`);
    expect(moved).toMatchObject({ finalUrl: `${server.origin}/d`, permanentRedirect: `${server.origin}/c` });
    expect((await getter.get(`${server.origin}/t`)).permanentRedirect).toBeUndefined();
    expect((await getter.get(`${server.origin}/d`)).permanentRedirect).toBeUndefined();
  });

  it("polls through the redirect and logs one suggested sources-file change per new address", async () => {
    const routes: Record<string, [number, string] | "feed"> = { "/old.xml": [301, "/new.xml"], "/new.xml": "feed" };
    const server = await serve(routes);
    const fetcher: HttpFeedFetcher = createHttpFeedFetcher({ timeoutMs: 5_000 });
    closers.push(() => fetcher.close());
    const logger = new RecordingLogger();
    const feedStates = new MemoryFeedStateStore();
    const dependencies: IngestDependencies = {
      fetcher,
      parser: createFeedParser(),
      articles: new MemoryArticleStore(),
      feedStates,
      clock: new ManualClock(),
      logger,
      policy: { failuresBeforeUnhealthy: 3, maxBackoffSeconds: 3600, maxItemsPerFetch: 100, random: () => 0.5 },
    };
    const source: FeedSource = { url: `${server.origin}/old.xml`, sectionId: "world", pollIntervalSeconds: 600 };
    const suggestions = () => logger.entries.filter((entry) => entry.message.startsWith("sources file change suggested"));

    const first = await ingestFeed(source, dependencies);
    expect(first.stored.map((article) => article.title)).toEqual(["Summit ends without a deal"]);
    expect(first.state.movedTo).toBe(`${server.origin}/new.xml`);
    await ingestFeed(source, dependencies);
    expect(suggestions()).toEqual([
      {
        level: "warn",
        context: { feed: source.url, section: "world", movedTo: `${server.origin}/new.xml` },
        message: `sources file change suggested: world ${source.url} → ${server.origin}/new.xml (permanent redirect)`,
      },
    ]);
    // The old address keeps being asked (the sources file decides), and the redirect is followed each time.
    expect(server.requests.filter((request) => request.url === "/old.xml")).toHaveLength(2);

    // Moved again: one more suggestion. Redirect gone: the suggestion is withdrawn from the state.
    routes["/old.xml"] = [308, "/newer.xml"];
    routes["/newer.xml"] = "feed";
    await ingestFeed(source, dependencies);
    expect(suggestions().map((entry) => (entry.context as { movedTo: string }).movedTo)).toEqual([`${server.origin}/new.xml`, `${server.origin}/newer.xml`]);
    routes["/old.xml"] = "feed";
    expect((await ingestFeed(source, dependencies)).state.movedTo).toBeUndefined();
    expect((await feedStates.get(source.url))?.movedTo).toBeUndefined();
  });
});
