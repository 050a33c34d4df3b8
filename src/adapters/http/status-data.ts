/**
 * What the status page shows, gathered cheaply for a large deployment and kept for a few seconds
 * (a page reloaded in a loop costs one gathering per `cacheMs`): feeds from the feed-state store
 * (one row per configured feed; failing first, at most `maxFeeds` shown), chats per platform
 * (a count over a range of the key index), the chats due in the next hour (the due index: a count
 * and the first few), and deliveries from this instance's hourly history.
 */
import type { FeedState } from "../../core/feeds/feed.js";
import type { DeliveryHistory, HourCounts } from "../metrics/delivery-history.js";

/** One feed row of the page. */
export interface FeedRow {
  url: string;
  name: string;
  sectionId: string;
  healthy: boolean;
  failures: number;
  lastError?: string;
  lastErrorAt?: number;
  lastSuccessAt?: number;
}

/** Everything the page renders. */
export interface StatusData {
  generatedAt: number;
  instanceId: string;
  feeds: { total: number; failing: number; unhealthy: number; shown: FeedRow[] };
  sections: { id: string; title: string; feeds: number }[];
  chats: { platform: string; count: number }[];
  today: Omit<HourCounts, "hourStart">;
  upcoming: { total: number; first: { key: string; at: number }[] };
  hours: HourCounts[];
}

/** Where the data comes from (wired in the composition root). */
export interface StatusSources {
  instanceId: string;
  now(): number;
  sections(): readonly { id: string; title: string; feeds: readonly { url: string; name?: string }[] }[];
  feedStates(): Promise<FeedState[]>;
  /** Platforms whose chats are counted. */
  platforms: readonly string[];
  countChats(platform: string): Promise<number>;
  listDueBefore(until: number, limit: number): Promise<{ total: number; first: { key: string; at: number }[] }>;
  history: DeliveryHistory;
}

/** Bounds of {@link createStatusData}. */
export interface StatusDataOptions {
  /** Reuse of one gathering (default 10 000 ms). */
  cacheMs?: number;
  /** Feed rows shown at most (default 50). */
  maxFeeds?: number;
  /** Upcoming chats listed at most (default 20). */
  maxUpcoming?: number;
}

/** Gathers the page's data, at most once per `cacheMs` (concurrent requests share one gathering). */
export function createStatusData(sources: StatusSources, options: StatusDataOptions = {}): { get(): Promise<StatusData> } {
  const cacheMs = options.cacheMs ?? 10_000;
  const maxFeeds = options.maxFeeds ?? 50;
  const maxUpcoming = options.maxUpcoming ?? 20;
  let cached: { at: number; data: Promise<StatusData> } | undefined;
  const gather = async (now: number): Promise<StatusData> => {
    const sections = sources.sections();
    const configured = new Map<string, { name: string; sectionId: string }>();
    for (const section of sections) for (const feed of section.feeds) configured.set(feed.url, { name: feed.name ?? "", sectionId: section.id });
    const [states, chats, upcoming] = await Promise.all([
      sources.feedStates(),
      Promise.all(sources.platforms.map(async (platform) => ({ platform, count: await sources.countChats(platform) }))),
      sources.listDueBefore(now + 3_600_000, maxUpcoming),
    ]);
    const rows: FeedRow[] = states
      .filter((state) => configured.has(state.url))
      .map((state) => {
        const feed = configured.get(state.url) ?? { name: "", sectionId: "" };
        return {
          url: state.url,
          name: feed.name || state.title || state.url,
          sectionId: feed.sectionId,
          healthy: state.healthy,
          failures: state.consecutiveFailures,
          ...(state.lastError ? { lastError: state.lastError } : {}),
          ...(state.lastErrorAt ? { lastErrorAt: state.lastErrorAt } : {}),
          ...(state.lastSuccessAt ? { lastSuccessAt: state.lastSuccessAt } : {}),
        };
      })
      // Unhealthy first, then failing, then the rest by name.
      .sort((left, right) => Number(left.healthy) - Number(right.healthy) || right.failures - left.failures || left.name.localeCompare(right.name));
    return {
      generatedAt: now,
      instanceId: sources.instanceId,
      feeds: {
        total: configured.size,
        failing: rows.filter((row) => row.failures > 0).length,
        unhealthy: rows.filter((row) => !row.healthy).length,
        shown: rows.slice(0, maxFeeds),
      },
      sections: sections.map((section) => ({ id: section.id, title: section.title, feeds: section.feeds.length })),
      chats,
      today: sources.history.today(),
      upcoming,
      hours: sources.history.lastHours(24),
    };
  };
  return {
    get() {
      const now = sources.now();
      if (cached && now - cached.at < cacheMs) return cached.data;
      const data = gather(now);
      cached = { at: now, data };
      // A failed gathering is not kept: the next request tries again.
      data.catch(() => {
        if (cached?.data === data) cached = undefined;
      });
      return data;
    },
  };
}
