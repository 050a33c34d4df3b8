/**
 * Part of the composition root: the operators' controls behind /admin and SIGHUP. Stats come from
 * the stores' indexes (counts, the failing-feeds index, the outbox's pending count); a reload reads
 * and validates the sources file first and swaps the catalog only when the whole file is good.
 */
import { readFileSync } from "node:fs";
import type { Stores } from "./adapters/store/create-stores.js";
import type { Clock, Logger } from "./core/shared/ports.js";
import type { OperatorControls, OperatorStats, ReloadOutcome } from "./core/commands/operator.js";
import type { SectionCatalog } from "./core/feeds/section-catalog.js";
import { loadSourcesFile } from "./sources-file.js";

/** Failing feeds counted for /admin stats (read from the index, never more). */
const FAILING_CAP = 1_000;
/** Platforms whose chats are counted. */
const COUNTED_PLATFORMS = ["telegram", "discord"] as const;

/** newsdesk's version, from package.json (read once). */
export const NEWSDESK_VERSION: string = readVersion();

/** Builds the controls of one process. */
export function createOperatorControls(options: {
  /** OWNER_IDS entries, `telegram:<id>` / `discord:<id>`. */
  ownerIds: readonly string[];
  instanceId: string;
  catalog: SectionCatalog;
  stores: Pick<Stores, "subscriptions" | "feedStates" | "outbox">;
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
  return {
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
}

function readVersion(): string {
  try {
    const parsed = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version?: unknown };
    return typeof parsed.version === "string" ? parsed.version.slice(0, 40) : "unknown";
  } catch {
    return "unknown";
  }
}
