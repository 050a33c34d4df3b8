/**
 * newsdesk with its operations listener, built from real parts: a feed server on 127.0.0.1, the
 * real fetcher and parser, stores on a real SQLite file, the real services and runtime, the
 * Telegram adapter against the fake Bot API, prom-client metrics and the HTTP listener.
 */
import { readFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { commandRegistry } from "../../../commands/index.js";
import type { OpsServer } from "../../../src/adapters/http/ops-server.js";
import { createPromMetrics, type PromMetrics } from "../../../src/adapters/metrics/prom-metrics.js";
import { createStores, type Stores } from "../../../src/adapters/store/create-stores.js";
import { startTelegramAdapter, type TelegramAdapter } from "../../../src/adapters/telegram/start-telegram-adapter.js";
import { buildServices, type Services } from "../../../src/build-services.js";
import { loadConfig } from "../../../src/config.js";
import { routeByPlatform } from "../../../src/core/delivery/chat-sender.js";
import type { Clock } from "../../../src/core/shared/ports.js";
import { loadSourcesFile } from "../../../src/sources-file.js";
import { startOpsHttp } from "../../../src/start-ops-http.js";
import { createRuntime, type Runtime } from "../../../src/start-runtime.js";
import { RecordingLogger } from "../../fakes/memory-ports.js";
import { startFakeTelegram, type FakeTelegram, type FakeTelegramLimits } from "../../fakes/telegram/fake-telegram.js";

const FEED = readFileSync(path.resolve(import.meta.dirname, "../../fixtures/feeds/newsroom.rss"));

/** Everything running. */
export interface OpsWorld {
  feedUrl: string;
  stores: Stores;
  services: Services;
  metrics: PromMetrics;
  runtime: Runtime;
  fake: FakeTelegram;
  telegram: TelegramAdapter;
  ops: OpsServer;
  close(): Promise<void>;
}

/** Starts the world; `token` protects the page and /metrics. */
export async function startOpsWorld(options: { token?: string; fakeLimits?: Partial<FakeTelegramLimits>; metricsNow?: () => number } = {}): Promise<OpsWorld> {
  const directory = mkdtempSync(path.join(tmpdir(), "newsdesk-ops-"));
  const feeds: Server = createServer((request, response) => {
    if (request.url !== "/newsroom.rss") response.writeHead(404).end("not here");
    else if (request.headers["if-none-match"] === '"v1"') response.writeHead(304).end();
    else response.writeHead(200, { "content-type": "application/rss+xml", etag: '"v1"' }).end(FEED);
  });
  await new Promise<void>((resolve) => feeds.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(feeds.address() as AddressInfo).port}`;
  const sourcesFile = path.join(directory, "sources.yaml");
  writeFileSync(
    sourcesFile,
    [
      "sections:",
      "  - id: news",
      "    title: News",
      "    description: General news",
      "    feeds:",
      `      - url: ${base}/newsroom.rss`,
      "        name: Newsroom",
      `      - url: ${base}/gone.rss`,
      "        name: Gone Gazette",
      "",
    ].join("\n"),
  );
  const config = loadConfig(
    { SOURCES_FILE: sourcesFile, STORE_URL: `sqlite://${path.join(directory, "store.sqlite")}`, ARTICLE_FETCH: "false", FETCH_ALLOW_HOSTS: "127.0.0.1" },
    undefined,
  );
  const sections = await loadSourcesFile(config.SOURCES_FILE, config.FEED_POLL_INTERVAL);
  const metrics = createPromMetrics(options.metricsNow ? { now: options.metricsNow } : {});
  const stores = await createStores({ url: config.STORE_URL, retentionMs: 14 * 86_400_000, onStoreError: (operation) => metrics.storeError(operation) });
  const clock: Clock = { now: () => Date.now() };
  const logger = new RecordingLogger();
  const services = await buildServices({ config, sections, stores, clock, logger, instanceId: "ops-test", metrics });
  const fake = await startFakeTelegram({ longPollCapMs: 200, ...(options.fakeLimits ? { limits: options.fakeLimits } : {}) });
  const telegram = await startTelegramAdapter({
    token: fake.token,
    apiRoot: fake.url,
    botInfo: fake.botInfo,
    pollingTimeoutSeconds: 1,
    commands: commandRegistry,
    services: services.commandServices,
    logger,
    onChatMigrated: (from, to) => services.chats.migrate(from, to),
    limits: { perChatIntervalMs: 10 },
    onRateLimited: () => metrics.rateLimited("telegram"),
  });
  const runtime = createRuntime({ config, services, stores, sender: routeByPlatform([telegram.sender]), clock, logger, instanceId: "ops-test", metrics });
  const ops = await startOpsHttp({
    config: { HTTP_HOST: "127.0.0.1", HTTP_PORT: 0, STATUS_TOKEN: options.token },
    metrics,
    stores,
    services,
    runtime,
    platforms: [{ platform: "telegram", health: () => telegram.health() }],
    countedPlatforms: ["telegram", "discord"],
    instanceId: "ops-test",
    clock,
    logger,
  });
  let closed = false;
  return {
    feedUrl: `${base}/newsroom.rss`,
    stores,
    services,
    metrics,
    runtime,
    fake,
    telegram,
    ops,
    async close() {
      if (closed) return;
      closed = true;
      await ops.close();
      await runtime.stop();
      await telegram.stop();
      await fake.close();
      await services.close();
      await stores.close();
      await new Promise<void>((resolve) => feeds.close(() => resolve()));
    },
  };
}
