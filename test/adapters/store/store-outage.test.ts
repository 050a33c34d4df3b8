/**
 * Failure behaviour of createStores: an unreachable PostgreSQL, one that goes away after start-up,
 * and SQLite paths that cannot be used. Every failure must be a StoreError, promptly.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect, createServer, type Socket } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createStores } from "../../../src/adapters/store/create-stores.js";
import { StoreError } from "../../../src/core/shared/errors.js";
import { makeArticle } from "../../contract/article-store.contract.js";
import { closedPort } from "../../helpers/local.js";
import { uniqueRunPrefix } from "./sql-store-harness.js";


/** Settles every call; returns what each rejected with ("resolved" for a call that did not). */
async function failures(calls: Array<() => Promise<unknown>>): Promise<{ errors: unknown[] }> {
  const results = await Promise.allSettled(calls.map((call) => call()));
  return { errors: results.map((result) => (result.status === "rejected" ? result.reason : "resolved")) };
}

const directory = mkdtempSync(path.join(os.tmpdir(), "newsdesk-outage-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe("PostgreSQL unreachable", () => {
  it("fails start-up (no endless wait: the test's own timeout bounds it) with a retryable StoreError that names the server, not the password", async () => {
    const port = await closedPort();
    const failure = await createStores({ url: `postgres://user:s3cret@127.0.0.1:${port}/newsdesk`, retentionMs: 60_000 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as StoreError).retryable).toBe(true);
    expect((failure as StoreError).message).toContain(`127.0.0.1:${port}`);
    expect((failure as StoreError).message).not.toContain("s3cret");
  });
});

describe("PostgreSQL going away after start-up", () => {
  it("rejects every call with a retryable StoreError (none waits forever) once the server cannot be reached", async () => {
    // A proxy on a local port stands in for the server; closing it cuts every connection.
    const { proxy, port } = await startProxy(5432);
    const stores = await createStores({ url: `postgres://postgres@127.0.0.1:${port}/test`, retentionMs: 60_000, namespacePrefix: uniqueRunPrefix("outage") });
    try {
      await stores.articles.save(makeArticle("before", "world", 1), {});
      await proxy.stop();
      const { errors } = await failures([
        () => stores.articles.get("before"),
        () => stores.articles.listRecent(0, 5),
        () => stores.subscriptions.listPage(undefined, 5),
        () => stores.feedStates.put({ url: "u", nextPollAt: 0, consecutiveFailures: 0, healthy: true, initialized: false }),
      ]);
      for (const error of errors) expect(error).toBeInstanceOf(StoreError);
      expect(errors.every((error) => (error as StoreError).retryable)).toBe(true);
    } finally {
      await stores.close().catch(() => undefined);
    }
  });
});

/** A TCP proxy from a free local port to `target` on 127.0.0.1; `stop` closes it and every connection. */
async function startProxy(target: number): Promise<{ proxy: { stop(): Promise<void> }; port: number }> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(target, "127.0.0.1");
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return {
    port: address.port,
    proxy: {
      stop: () =>
        new Promise<void>((resolve) => {
          for (const socket of sockets) socket.destroy();
          server.close(() => resolve());
        }),
    },
  };
}

describe("SQLite paths that cannot be used", () => {
  it("rejects with a clear, non-retryable StoreError when the directory cannot be created", async () => {
    const blocker = path.join(directory, "regular-file");
    writeFileSync(blocker, "not a directory");
    const target = path.join(blocker, "sub", "store.sqlite");
    const failure = await createStores({ url: `sqlite://${target}`, retentionMs: 1000 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as StoreError).retryable).toBe(false);
    expect((failure as StoreError).message).toContain("STORE_URL");
    expect((failure as StoreError).message).toContain(target);
  });

  it("fails at once, not spinning, for a path under /proc (where a recursive mkdir never returns)", async () => {
    const failure = await createStores({ url: "sqlite:///proc/newsdesk-missing/x/store.sqlite", retentionMs: 1000 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as StoreError).message).toMatch(/Cannot create the directory for the SQLite file of STORE_URL/u);
  });

  it("rejects with a StoreError when the path is a directory", async () => {
    const failure = await createStores({ url: `sqlite://${directory}`, retentionMs: 1000 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as StoreError).message).toMatch(/Cannot open the SQLite file of STORE_URL/);
  });
});
