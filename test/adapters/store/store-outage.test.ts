/**
 * Failure behaviour of createKeyvStores: an unreachable Redis, a Redis that dies and comes back,
 * and SQLite paths that cannot be used. Every failure must be a StoreError, promptly.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createKeyvStores } from "../../../src/adapters/store/create-keyv-stores.js";
import { StoreError } from "../../../src/core/errors.js";
import { makeArticle } from "../../contract/article-store.contract.js";
import { sleep } from "../../contract/store-harness.js";
import { uniqueRunPrefix } from "./keyv-store-harness.js";

/** A TCP port on 127.0.0.1 that nothing listens on (it was free a moment ago). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** Settles every call; returns the rejections and how long the slowest took. */
async function failures(calls: Array<() => Promise<unknown>>): Promise<{ errors: unknown[]; elapsedMs: number }> {
  const started = Date.now();
  const results = await Promise.allSettled(calls.map((call) => call()));
  return {
    errors: results.map((result) => (result.status === "rejected" ? result.reason : "resolved")),
    elapsedMs: Date.now() - started,
  };
}

const directory = mkdtempSync(path.join(os.tmpdir(), "newsdesk-outage-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe("Redis unreachable", () => {
  it("creates the stores, then every call rejects with a retryable StoreError within a few seconds", async () => {
    const port = await closedPort();
    const stores = await createKeyvStores({ url: `redis://user:s3cret@127.0.0.1:${port}/2`, retentionMs: 60_000 });
    const { errors, elapsedMs } = await failures([
      () => stores.articles.get("a"),
      () => stores.articles.save(makeArticle("a", "world", 1), { guid: "g" }),
      () => stores.articles.findDuplicate({ url: "https://x.example" }),
      () => stores.articles.listSection("world", 0, 10),
      () => stores.subscriptions.list(),
      () => stores.feedStates.put({ url: "u", nextPollAt: 0, consecutiveFailures: 0, healthy: true, initialized: false }),
    ]);
    for (const error of errors) {
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).retryable).toBe(true);
      expect((error as StoreError).message).not.toContain("s3cret");
    }
    expect((errors[0] as StoreError).message).toMatch(new RegExp(`127\\.0\\.0\\.1:${port}`));
    expect(elapsedMs).toBeLessThan(6000);
    const closing = Date.now();
    await stores.close();
    expect(Date.now() - closing).toBeLessThan(1000);
  });
});

/** Starts a throwaway redis-server on `port` and waits until it accepts connections. */
async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: "ignore",
  });
  const { createClient } = await import("@keyv/redis");
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const probe = createClient({ url: `redis://127.0.0.1:${port}`, socket: { reconnectStrategy: false } });
    probe.on("error", () => undefined);
    try {
      await probe.connect();
      await probe.close();
      return child;
    } catch {
      await sleep(100);
    }
  }
  child.kill("SIGKILL");
  throw new Error("redis-server did not start");
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

// redis-server is on every machine that runs the tests (.ci/run installs it when missing).
describe("Redis going away and coming back", () => {
  it("rejects with a retryable StoreError while it is down and works again once it is back", async () => {
    const port = await closedPort();
    let server = await startRedis(port);
    const stores = await createKeyvStores({ url: `redis://127.0.0.1:${port}`, retentionMs: 60_000, namespacePrefix: uniqueRunPrefix("outage") });
    try {
      await stores.articles.save(makeArticle("before", "world", 1), {});
      await stop(server);
      const { errors, elapsedMs } = await failures([() => stores.articles.get("before"), () => stores.articles.listRecent(0, 5)]);
      for (const error of errors) expect(error).toBeInstanceOf(StoreError);
      expect(errors.every((error) => (error as StoreError).retryable)).toBe(true);
      expect(elapsedMs).toBeLessThan(6000);
      server = await startRedis(port); // empty: persistence is off
      let recovered = false;
      for (let attempt = 0; attempt < 30 && !recovered; attempt += 1) {
        recovered = await stores.articles.get("before").then(() => true, () => false);
        if (!recovered) await sleep(200);
      }
      expect(recovered).toBe(true);
    } finally {
      await stores.close();
      await stop(server);
    }
  });
});

describe("SQLite paths that cannot be used", () => {
  it("rejects with a clear, non-retryable StoreError when the directory cannot be created", async () => {
    const blocker = path.join(directory, "regular-file");
    writeFileSync(blocker, "not a directory");
    const target = path.join(blocker, "sub", "store.sqlite");
    const failure = await createKeyvStores({ url: `sqlite://${target}`, retentionMs: 1000 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as StoreError).retryable).toBe(false);
    expect((failure as StoreError).message).toContain("STORE_URL");
    expect((failure as StoreError).message).toContain(target);
  });

  it("rejects with a StoreError when the path is a directory", async () => {
    const failure = await createKeyvStores({ url: `sqlite://${directory}`, retentionMs: 1000 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as StoreError).message).toMatch(/Cannot open the SQLite file of STORE_URL/);
  });
});
