import { gzipSync, brotliCompressSync, deflateSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { FeedFetchError } from "../../../src/core/shared/errors.js";
import { createHttpGetter, type HttpGetOptions } from "../../../src/adapters/feeds/http-get.js";
import { startServer, type LocalServer } from "./local-server.js";

const servers: LocalServer[] = [];
const getters: Array<{ close(): Promise<void> }> = [];

afterEach(async () => {
  await Promise.all(getters.splice(0).map((getter) => getter.close()));
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(handler: Parameters<typeof startServer>[0]): Promise<LocalServer> {
  const server = await startServer(handler);
  servers.push(server);
  return server;
}

function getter(options: Partial<HttpGetOptions> = {}) {
  const created = createHttpGetter({ timeoutMs: 5_000, maxBytes: 100_000, ...options });
  getters.push(created);
  return created;
}

async function failure(promise: Promise<unknown>): Promise<FeedFetchError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FeedFetchError);
  return error as FeedFetchError;
}

describe("createHttpGetter", () => {
  it("sends the newsdesk User-Agent and returns the body", async () => {
    const server = await serve((_request, response) => response.end("hello"));
    const response = await getter().get(`${server.origin}/feed`);
    expect(Buffer.from(response.body).toString()).toBe("hello");
    expect(server.requests[0]?.headers["user-agent"]).toBe("newsdesk/0.1");
  });

  it("follows redirects and reports the final URL", async () => {
    const server = await serve((request, response) => {
      if (request.url === "/old") response.writeHead(301, { location: "/middle" }).end();
      else if (request.url === "/middle") response.writeHead(302, { location: `${server.origin}/new` }).end();
      else response.end("moved content");
    });
    const response = await getter().get(`${server.origin}/old`);
    expect(response.finalUrl).toBe(`${server.origin}/new`);
    expect(Buffer.from(response.body).toString()).toBe("moved content");
  });

  it("gives up on a redirect loop after 5 hops, not retryable", async () => {
    const server = await serve((_request, response) => response.writeHead(302, { location: "/loop" }).end());
    const error = await failure(getter().get(`${server.origin}/loop`));
    expect(error.message).toMatch(/more than 5 redirects/);
    expect(error.retryable).toBe(false);
    expect(server.requests).toHaveLength(6);
  });

  it("aborts a server that trickles bytes at the total deadline", async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { "content-type": "application/rss+xml" });
      const timer = setInterval(() => response.write("<"), 50);
      response.on("close", () => clearInterval(timer));
    });
    // The server never ends the body: only the deadline can end the request, and it says so.
    const error = await failure(getter({ timeoutMs: 300 }).get(`${server.origin}/slow`));
    expect(error.message).toMatch(/within 300 ms/);
    expect(error.retryable).toBe(true);
  });

  it("rejects an oversized body early from Content-Length", async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { "content-length": "5000000" });
      response.write("x".repeat(1000)); // never finishes: the client must not wait for it
    });
    const error = await failure(getter({ maxBytes: 10_000 }).get(`${server.origin}/big`));
    expect(error.message).toMatch(/Content-Length 5000000/);
    expect(error.retryable).toBe(false);
  });

  it("aborts a chunked body once it passes the limit", async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200);
      const chunk = "y".repeat(4096);
      const timer = setInterval(() => response.write(chunk), 5);
      response.on("close", () => clearInterval(timer));
    });
    const error = await failure(getter({ maxBytes: 50_000 }).get(`${server.origin}/endless`));
    expect(error.message).toMatch(/larger than 50000 bytes/);
    expect(error.retryable).toBe(false);
  });

  it.each([
    ["gzip", gzipSync],
    ["deflate", deflateSync],
    ["br", brotliCompressSync],
  ] as const)("decompresses a %s body", async (encoding, compress) => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { "content-encoding": encoding }).end(compress(Buffer.from("<rss>compressed</rss>")));
    });
    const response = await getter().get(`${server.origin}/z`);
    expect(Buffer.from(response.body).toString()).toBe("<rss>compressed</rss>");
    expect(server.requests[0]?.headers["accept-encoding"]).toMatch(/gzip/);
  });

  it("refuses a gzip bomb: the decompressed size is bounded too", async () => {
    const bomb = gzipSync(Buffer.alloc(20_000_000));
    expect(bomb.byteLength).toBeLessThan(100_000);
    const server = await serve((_request, response) => response.writeHead(200, { "content-encoding": "gzip" }).end(bomb));
    const error = await failure(getter({ maxBytes: 1_000_000 }).get(`${server.origin}/bomb`));
    expect(error.message).toMatch(/too large.*decompresses to more than 1000000 bytes/);
    expect(error.retryable).toBe(false);
  });

  it("reads Retry-After (seconds) on 429 and marks it retryable", async () => {
    const server = await serve((_request, response) => response.writeHead(429, { "retry-after": "120" }).end());
    const error = await failure(getter().get(`${server.origin}/busy`));
    expect(error.retryable).toBe(true);
    expect(error.retryAfterMs).toBe(120_000);
    expect(error.message).toMatch(/HTTP 429/);
  });

  it("reads Retry-After as an HTTP date on 503", async () => {
    const now = Date.parse("2024-05-01T12:00:00Z");
    const server = await serve((_request, response) =>
      response.writeHead(503, { "retry-after": "Wed, 01 May 2024 12:05:00 GMT" }).end(),
    );
    const error = await failure(getter({ now: () => now }).get(`${server.origin}/maintenance`));
    expect(error.retryAfterMs).toBe(300_000);
    expect(error.retryable).toBe(true);
  });

  it.each([
    [500, true],
    [502, true],
    [408, true],
    [404, false],
    [410, false],
    [403, false],
  ])("HTTP %i is retryable: %s", async (status, retryable) => {
    const server = await serve((_request, response) => response.writeHead(status).end("error page"));
    const error = await failure(getter().get(`${server.origin}/status`));
    expect(error.retryable).toBe(retryable);
    expect(error.retryAfterMs).toBeUndefined();
  });

  it("calls a refused connection a retryable network error", async () => {
    const server = await serve((_request, response) => response.end());
    const { origin } = server;
    await server.close();
    servers.pop();
    const error = await failure(getter().get(`${origin}/gone`));
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(/network error/);
  });

  it("honours the caller's abort signal", async () => {
    const server = await serve(() => undefined); // never answers
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await failure(getter().get(`${server.origin}/hang`, { signal: controller.signal }));
    expect(error.message).toMatch(/cancelled/);
  });
});
