/**
 * Part of the composition root: the operations listener (HTTP_PORT) on the metrics, stores,
 * services and runtime of this instance. See README "Health, metrics and status page".
 */
import { startOpsServer, type OpsServer } from "./adapters/http/ops-server.js";
import { checkReadiness, platformCheck, schedulerCheck, storeCheck, type PlatformHealth, type ReadinessCheck } from "./adapters/http/readiness.js";
import { createStatusData } from "./adapters/http/status-data.js";
import { renderStatusPage } from "./adapters/http/status-page.js";
import type { PromMetrics } from "./adapters/metrics/prom-metrics.js";
import type { Stores } from "./adapters/store/create-stores.js";
import type { Services } from "./build-services.js";
import type { Config } from "./config.js";
import type { Clock, Logger } from "./core/shared/ports.js";
import type { Runtime } from "./start-runtime.js";

/** The store must answer a trivial query within this for /readyz. */
const STORE_PING_MS = 2_000;
/** Every readiness check is cut off after this. */
const READINESS_TIMEOUT_MS = 3_000;

/** Starts the listener of HTTP_PORT on HTTP_HOST. */
export async function startOpsHttp(options: {
  config: Pick<Config, "HTTP_PORT" | "HTTP_HOST" | "STATUS_TOKEN">;
  metrics: PromMetrics;
  stores: Pick<Stores, "ping" | "outbox" | "feedStates" | "subscriptions">;
  services: Pick<Services, "catalog">;
  runtime: Pick<Runtime, "heartbeats">;
  /** The chat platforms started in this process, with their connection state. */
  platforms: readonly { platform: string; health(): PlatformHealth }[];
  /** Platforms whose chats the page counts. */
  countedPlatforms: readonly string[];
  instanceId: string;
  clock: Clock;
  logger: Logger;
}): Promise<OpsServer> {
  const { metrics, stores, clock } = options;
  metrics.setPendingOutbox(() => stores.outbox.countPending());
  const checks: ReadinessCheck[] = [
    storeCheck(() => stores.ping(STORE_PING_MS)),
    ...options.platforms.map((platform) => platformCheck(platform.platform, () => platform.health())),
    schedulerCheck({ heartbeats: () => options.runtime.heartbeats(), now: () => clock.now() }),
  ];
  const status = createStatusData({
    instanceId: options.instanceId,
    now: () => clock.now(),
    sections: () => options.services.catalog.all(),
    feedStates: () => stores.feedStates.list(),
    platforms: options.countedPlatforms,
    countChats: (platform) => stores.subscriptions.count(platform),
    listDueBefore: (until, limit) => stores.subscriptions.listDueBefore(until, limit),
    history: metrics.history,
  });
  return startOpsServer({
    host: options.config.HTTP_HOST,
    port: options.config.HTTP_PORT ?? 0,
    ...(options.config.STATUS_TOKEN ? { token: options.config.STATUS_TOKEN } : {}),
    metrics: () => metrics.render(),
    readiness: () => checkReadiness(checks, READINESS_TIMEOUT_MS),
    statusPage: async () => renderStatusPage(await status.get()),
    logger: options.logger,
  });
}
