import { afterEach, describe, expect, it } from "vitest";
import { FeedFetchError } from "../../../src/core/shared/errors.js";
import { isPublicAddress, parseAllowList } from "../../../src/adapters/feeds/address-policy.js";
import { createHttpFeedFetcher } from "../../../src/adapters/feeds/fetch-feed.js";
import { startServer, type LocalServer } from "./local-server.js";

describe("isPublicAddress", () => {
  it.each([
    "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0", "100.64.0.1",
    "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:127.0.0.1",
    "::ffff:10.0.0.1", "ff02::1", "not an address",
  ])("refuses %s", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:93.184.216.34"])("accepts %s", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe("parseAllowList", () => {
  it("reads hosts, host:port, IPs with ports (IPv6 in brackets) and CIDR ranges", () => {
    expect(parseAllowList(["feeds.internal", "feeds.internal:8080", "127.0.0.1:8080", "[::1]:9000", "::1", "10.0.0.0/8", "fd00::/8"])).toMatchObject([
      { kind: "host", host: "feeds.internal" },
      { kind: "host", host: "feeds.internal", port: 8080 },
      { kind: "host", host: "127.0.0.1", port: 8080 },
      { kind: "host", host: "::1", port: 9000 },
      { kind: "host", host: "::1" },
      { kind: "range", text: "10.0.0.0/8" },
      { kind: "range", text: "fd00::/8" },
    ]);
  });

  it.each(["http://x", "10.0.0.0/99", "host:0", "host:70000", "a b"])("refuses %s with a message naming it", (entry) => {
    expect(() => parseAllowList([entry])).toThrow(entry);
  });
});

describe("the fetch policy on real connections (feeds and their redirects)", () => {
  let server: LocalServer;
  let other: LocalServer | undefined;
  const fetchers: { close(): Promise<void> }[] = [];

  afterEach(async () => {
    await Promise.all(fetchers.splice(0).map((fetcher) => fetcher.close()));
    await server.close();
    await other?.close();
    other = undefined;
  });

  function feedFetcher(allow: string[] = []) {
    const fetcher = createHttpFeedFetcher({ timeoutMs: 3_000, addressPolicy: { blockPrivateAddresses: true, allow: parseAllowList(allow) } });
    fetchers.push(fetcher);
    return fetcher;
  }

  async function refusal(promise: Promise<unknown>): Promise<FeedFetchError> {
    const error = await promise.then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(FeedFetchError);
    expect((error as FeedFetchError).retryable).toBe(false);
    expect((error as FeedFetchError).message).toMatch(/is on a private network \([^)]+\), which newsdesk does not fetch/u);
    return error as FeedFetchError;
  }

  it.each([
    ["IPv6 loopback", "http://[::1]:PORT/feed"],
    ["another loopback address", "http://127.0.0.2:PORT/feed"],
    ["the unspecified address", "http://0.0.0.0:PORT/feed"],
    ["localhost (resolved, then refused)", "http://localhost:PORT/feed"],
    ["a decimal address", "http://2130706433:PORT/feed"],
    ["a hex address", "http://0x7f000001:PORT/feed"],
    ["an octal address", "http://0177.0.0.1:PORT/feed"],
    ["an IPv4-mapped IPv6 address", "http://[::ffff:127.0.0.1]:PORT/feed"],
    ["a private range", "http://10.255.255.1:PORT/feed"],
    ["link-local (cloud metadata)", "http://169.254.169.254:PORT/latest/meta-data/"],
  ])("refuses %s before connecting", async (_name, template) => {
    server = await startServer((_request, response) => response.end("<rss/>"));
    await refusal(feedFetcher().fetch(template.replace("PORT", String(server.port)), {}));
    expect(server.requests).toHaveLength(0);
  });

  it("allows host:port for that port only, and a CIDR range for any port", async () => {
    server = await startServer((_request, response) => response.end("<rss/>"));
    other = await startServer((_request, response) => response.end("<rss/>"));
    expect((await feedFetcher([`127.0.0.1:${server.port}`]).fetch(`${server.origin}/feed`, {})).status).toBe("ok");
    await refusal(feedFetcher([`127.0.0.1:${server.port}`]).fetch(`${other.origin}/feed`, {}));
    expect((await feedFetcher([`localhost:${server.port}`]).fetch(`http://localhost:${server.port}/feed`, {})).status).toBe("ok");
    expect((await feedFetcher(["127.0.0.0/8"]).fetch(`${other.origin}/feed`, {})).status).toBe("ok");
    expect(other.requests).toHaveLength(1);
  });

  it("checks every redirect hop: an allowed feed redirecting to a private address is refused", async () => {
    other = await startServer((_request, response) => response.end("internal"));
    server = await startServer((_request, response) => response.writeHead(301, { location: `http://127.0.0.2:${other!.port}/internal` }).end());
    await refusal(feedFetcher([`127.0.0.1:${server.port}`]).fetch(`${server.origin}/feed`, {}));
    expect(other.requests).toHaveLength(0);
  });

  it("refuses nothing with the open policy (tools and tests of other things)", async () => {
    server = await startServer((_request, response) => response.end("<rss/>"));
    const fetcher = createHttpFeedFetcher({ timeoutMs: 3_000 });
    fetchers.push(fetcher);
    expect((await fetcher.fetch(`${server.origin}/feed`, {})).status).toBe("ok");
  });
});
