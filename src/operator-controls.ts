/**
 * Part of the composition root: the operators' controls behind /admin and SIGHUP. Stats come from
 * the stores' indexes (counts, the failing-feeds index, the outbox's pending count); a reload reads
 * and validates the sources file first and swaps the catalog only when the whole file is good.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { KeyvCache } from "./adapters/store/keyv-cache.js";
import type { Stores } from "./adapters/store/create-stores.js";
import { ConfigError, describeError } from "./core/shared/errors.js";
import type { Clock, Logger } from "./core/shared/ports.js";
import type { OperatorControls, OperatorStats, ReloadOutcome } from "./core/commands/operator.js";
import type { SectionCatalog } from "./core/feeds/section-catalog.js";
import { loadSourcesFile } from "./sources-file.js";

/** Failing feeds counted for /admin stats (read from the index, never more). */
const FAILING_CAP = 1_000;
/** Platforms whose chats are counted. */
const COUNTED_PLATFORMS = ["telegram", "discord"] as const;

/** How often every instance looks for a reload request of another one (the `reload-requests` job). */
export const RELOAD_CHECK_SECONDS = 5;

/** The last `/admin reload` asked of every instance: one small row in the store. */
const reloadRequestSchema = z.object({ token: z.string().max(64), at: z.number().nonnegative(), by: z.string().max(200) });
/** A reload request as stored. */
export type ReloadRequest = z.infer<typeof reloadRequestSchema>;
const REQUEST_KEY = "sources";

/** The store's cache of reload requests (one key), for {@link createOperatorControls}. */
export function createReloadBoard(stores: Pick<Stores, "createCache">): KeyvCache<ReloadRequest> {
  return stores.createCache({ name: "operator-reload", schema: reloadRequestSchema });
}

/** newsdesk's version, from package.json (read once). */
export const NEWSDESK_VERSION: string = readVersion();

/** Builds the controls of one process. */
export function createOperatorControls(options: {
  /** OWNER_IDS entries, `telegram:<id>` / `discord:<id>`. */
  ownerIds: readonly string[];
  instanceId: string;
  catalog: SectionCatalog;
  stores: Pick<Stores, "subscriptions" | "feedStates" | "outbox">;
  /** Where reload requests are shared with the other instances (PostgreSQL); absent: one instance. */
  reloadBoard?: Pick<KeyvCache<ReloadRequest>, "get" | "set">;
  sourcesFile: string;
  defaultPollSeconds: number;
  clock: Clock;
  logger: Logger;
}): OperatorControls {
  const { catalog, stores, clock, logger } = options;
  const owners = new Set(options.ownerIds.map((entry) => entry.toLowerCase()));
  const startedAt = clock.now();
  // One reload at a time: a SIGHUP during /admin reload waits for it, then reads the file again.
  let reloading: Promise<unknown> = Promise.resolve();
  // The token of the last request this instance followed (or made); a request made before this
  // instance started is already in the file it read at start.
  let followedToken: string | undefined;
  const board = options.reloadBoard;
  const controls: OperatorControls = {
    isOwner: (platform, userId) => owners.has(`${platform}:${userId}`.toLowerCase()),
    async stats(): Promise<OperatorStats> {
      const [counts, failing, outboxPending] = await Promise.all([
        Promise.all(COUNTED_PLATFORMS.map(async (platform) => [platform, await stores.subscriptions.count(platform)] as const)),
        stores.feedStates.listFailing(FAILING_CAP),
        stores.outbox.countPending(),
      ]);
      return {
        instanceId: options.instanceId,
        version: NEWSDESK_VERSION,
        startedAt,
        chats: Object.fromEntries(counts),
        sections: catalog.all().length,
        feeds: new Set(catalog.feeds().map((feed) => feed.url)).size,
        failingFeeds: failing.length,
        failingCap: FAILING_CAP,
        outboxPending,
      };
    },
    async reloadEverywhere() {
      const outcome = await controls.reloadSources();
      if (!board) return outcome;
      const request: ReloadRequest = { token: randomBytes(9).toString("base64url"), at: clock.now(), by: options.instanceId };
      followedToken = request.token;
      await board.set(REQUEST_KEY, request);
      logger.info({ token: request.token }, "reload asked of every instance");
      return { ...outcome, othersWithinSeconds: RELOAD_CHECK_SECONDS * 2 };
    },
    async followReloadRequests() {
      const request = board ? await board.get(REQUEST_KEY) : undefined;
      if (!request || request.token === followedToken) return false;
      followedToken = request.token;
      if (request.at < startedAt) return false;
      logger.info({ requestedBy: request.by, token: request.token }, "reload asked by another instance");
      try {
        await controls.reloadSources();
      } catch (error) {
        const problems = error instanceof ConfigError ? error.problems : [describeError(error)];
        logger.error({ file: options.sourcesFile, problems, requestedBy: request.by }, "sources file not reloaded; the sections in use are unchanged");
      }
      return true;
    },
    reloadSources() {
      const run = reloading.then(async (): Promise<ReloadOutcome> => {
        const sections = await loadSourcesFile(options.sourcesFile, options.defaultPollSeconds);
        const before = new Set(catalog.feeds().map((feed) => feed.url));
        const after = new Set(sections.flatMap((section) => section.feeds.map((feed) => feed.url)));
        const added = [...after].filter((url) => !before.has(url));
        // New feeds are due at once in the store's index (the poller would register them on its next round too).
        if (added.length > 0) await stores.feedStates.register(added, clock.now());
        catalog.replace(sections);
        const outcome = { sections: sections.length, feeds: after.size, addedFeeds: added.length, removedFeeds: [...before].filter((url) => !after.has(url)).length };
        logger.info({ file: options.sourcesFile, ...outcome }, "sources reloaded");
        return outcome;
      });
      reloading = run.catch(() => undefined);
      return run;
    },
  };
  return controls;
}

function readVersion(): string {
  try {
    const parsed = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version?: unknown };
    return typeof parsed.version === "string" ? parsed.version.slice(0, 40) : "unknown";
  } catch {
    return "unknown";
  }
}
