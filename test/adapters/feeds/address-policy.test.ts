import { afterEach, describe, expect, it } from "vitest";
import { FeedFetchError } from "../../../src/core/errors.js";
import { isPublicAddress } from "../../../src/adapters/feeds/address-policy.js";
import { createHttpGetter, type HttpGetter } from "../../../src/adapters/feeds/http-get.js";
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

describe("address policy on real connections", () => {
  let server: LocalServer;
  const getters: HttpGetter[] = [];

  afterEach(async () => {
    await Promise.all(getters.splice(0).map((getter) => getter.close()));
    await server.close();
  });

  function guarded(allowHosts: string[] = []): HttpGetter {
    const getter = createHttpGetter({ timeoutMs: 3_000, maxBytes: 10_000, addressPolicy: { blockPrivateAddresses: true, allowHosts } });
    getters.push(getter);
    return getter;
  }

  async function refusal(promise: Promise<unknown>): Promise<FeedFetchError> {
    const error = await promise.then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(FeedFetchError);
    expect((error as FeedFetchError).retryable).toBe(false);
    expect((error as FeedFetchError).message).toMatch(/refused/);
    return error as FeedFetchError;
  }

  it("refuses 127.0.0.1 when the policy is on, without connecting", async () => {
    server = await startServer((_request, response) => response.end("secret"));
    await refusal(guarded().get(`${server.origin}/`));
    expect(server.requests).toHaveLength(0);
  });

  it("refuses a host name that resolves to loopback (checked at connect time)", async () => {
    server = await startServer((_request, response) => response.end("secret"));
    const error = await refusal(guarded().get(`http://localhost:${server.port}/`));
    expect(error.message).toMatch(/localhost resolves to/);
    expect(server.requests).toHaveLength(0);
  });

  it("allows an allow-listed IP and host name", async () => {
    server = await startServer((_request, response) => response.end("internal feed"));
    const byIp = await guarded(["127.0.0.1"]).get(`${server.origin}/`);
    expect(Buffer.from(byIp.body).toString()).toBe("internal feed");
    const byName = await guarded(["LOCALHOST"]).get(`http://localhost:${server.port}/`);
    expect(Buffer.from(byName.body).toString()).toBe("internal feed");
  });

  it("checks every redirect hop: an allowed host redirecting to a private one is refused", async () => {
    server = await startServer((request, response) => {
      if (request.url === "/start") response.writeHead(302, { location: `http://localhost:${server.port}/internal` }).end();
      else response.end("internal");
    });
    await refusal(guarded(["127.0.0.1"]).get(`${server.origin}/start`));
    expect(server.requests.map((request) => request.url)).toEqual(["/start"]);
  });

  it("is off for the feed fetcher by default (feeds served from 127.0.0.1 work)", async () => {
    server = await startServer((_request, response) => response.end("<rss/>"));
    const fetcher = createHttpFeedFetcher({ timeoutMs: 3_000 });
    try {
      const result = await fetcher.fetch(`${server.origin}/feed`, {});
      expect(result.status).toBe("ok");
    } finally {
      await fetcher.close();
    }
  });
});
