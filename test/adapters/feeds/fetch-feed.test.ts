import { mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FeedFetchError } from "../../../src/core/shared/errors.js";
import { createHttpFeedFetcher, type HttpFeedFetcher } from "../../../src/adapters/feeds/fetch-feed.js";
import { startServer, type LocalServer } from "./local-server.js";

const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>';

describe("createHttpFeedFetcher over HTTP", () => {
  let server: LocalServer;
  let fetcher: HttpFeedFetcher;

  beforeEach(() => {
    fetcher = createHttpFeedFetcher({ timeoutMs: 3_000, maxBytes: 100_000 });
  });
  afterEach(async () => {
    await fetcher.close();
    await server.close();
  });

  it("returns body, validators, content type and max-age on 200", async () => {
    server = await startServer((_request, response) => {
      response.writeHead(200, {
        "content-type": "application/rss+xml; charset=utf-8",
        etag: '"v1"',
        "last-modified": "Tue, 14 May 2024 09:30:00 GMT",
        "cache-control": "public, max-age=900",
      });
      response.end(FEED);
    });
    const result = await fetcher.fetch(`${server.origin}/feed.xml`, {});
    expect(result).toMatchObject({
      status: "ok",
      contentType: "application/rss+xml; charset=utf-8",
      etag: '"v1"',
      lastModified: "Tue, 14 May 2024 09:30:00 GMT",
      maxAgeSeconds: 900,
      finalUrl: `${server.origin}/feed.xml`,
    });
    expect(result.status === "ok" && Buffer.from(result.body).toString()).toBe(FEED);
    expect(server.requests[0]?.headers.accept).toMatch(/application\/rss\+xml/);
  });

  it("sends If-None-Match and reports not-modified on 304", async () => {
    server = await startServer((request, response) => {
      if (request.headers["if-none-match"] === '"v1"') response.writeHead(304, { "cache-control": "max-age=60" }).end();
      else response.writeHead(200, { etag: '"v1"' }).end(FEED);
    });
    const first = await fetcher.fetch(`${server.origin}/feed`, {});
    expect(first.status === "ok" ? first.etag : undefined).toBe('"v1"');
    const second = await fetcher.fetch(`${server.origin}/feed`, { etag: '"v1"' });
    expect(second).toEqual({ status: "not-modified", maxAgeSeconds: 60 });
  });

  it("sends If-Modified-Since and reports not-modified on 304", async () => {
    const stamp = "Wed, 15 May 2024 10:00:00 GMT";
    server = await startServer((request, response) => {
      if (request.headers["if-modified-since"] === stamp) response.writeHead(304).end();
      else response.writeHead(200, { "last-modified": stamp }).end(FEED);
    });
    expect(await fetcher.fetch(`${server.origin}/feed`, { lastModified: stamp })).toEqual({ status: "not-modified" });
  });

  it("ignores max-age when Cache-Control says no-store or no-cache", async () => {
    server = await startServer((request, response) => {
      const cacheControl = request.url === "/no-store" ? "no-store, max-age=600" : "max-age=600, no-cache";
      response.writeHead(200, { "cache-control": cacheControl }).end(FEED);
    });
    const noStore = await fetcher.fetch(`${server.origin}/no-store`, {});
    const noCache = await fetcher.fetch(`${server.origin}/no-cache`, {});
    expect(noStore.maxAgeSeconds).toBeUndefined();
    expect(noCache.maxAgeSeconds).toBeUndefined();
  });

  it("reports the URL after redirects as the base for relative links", async () => {
    server = await startServer((request, response) => {
      if (request.url === "/old-feed") response.writeHead(308, { location: "/feeds/new" }).end();
      else response.end(FEED);
    });
    const result = await fetcher.fetch(`${server.origin}/old-feed`, {});
    expect(result.status === "ok" && result.finalUrl).toBe(`${server.origin}/feeds/new`);
  });
});

describe("createHttpFeedFetcher over file: URLs", () => {
  let dir: string;
  const fetcher = createHttpFeedFetcher({ maxBytes: 1_000 });

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "newsdesk-feeds-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("reads the file and answers not-modified when it has not changed", async () => {
    const file = path.join(dir, "sample.rss");
    await writeFile(file, FEED);
    const url = pathToFileURL(file).href;
    const first = await fetcher.fetch(url, {});
    if (first.status !== "ok") throw new Error("expected ok");
    expect(Buffer.from(first.body).toString()).toBe(FEED);
    expect(first.finalUrl).toBe(url);
    expect(first.etag).toMatch(/^W\/".+"$/);
    expect(await fetcher.fetch(url, { etag: first.etag })).toEqual({ status: "not-modified" });
    expect(await fetcher.fetch(url, { lastModified: first.lastModified })).toEqual({ status: "not-modified" });

    await writeFile(file, `${FEED}\n<!-- edited -->`);
    await utimes(file, new Date(), new Date(Date.now() + 5_000));
    const changed = await fetcher.fetch(url, { etag: first.etag });
    expect(changed.status).toBe("ok");
  });

  it("applies the size limit to files", async () => {
    const file = path.join(dir, "huge.rss");
    await writeFile(file, "x".repeat(2_000));
    const error = await fetcher.fetch(pathToFileURL(file).href, {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FeedFetchError);
    expect((error as FeedFetchError).message).toMatch(/too large/);
    expect((error as FeedFetchError).retryable).toBe(false);
  });

  it("reports a missing file as a non-retryable error", async () => {
    const error = await fetcher.fetch(pathToFileURL(path.join(dir, "missing.rss")).href, {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FeedFetchError);
    expect((error as FeedFetchError).retryable).toBe(false);
    expect((error as FeedFetchError).message).toMatch(/cannot read the file/);
  });

  it("rejects URLs it cannot fetch", async () => {
    for (const url of ["not a url", "ftp://example.com/feed.xml"]) {
      const error = await fetcher.fetch(url, {}).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(FeedFetchError);
      expect((error as FeedFetchError).retryable).toBe(false);
    }
  });
});
