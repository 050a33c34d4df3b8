/**
 * One poll round: the feeds whose next poll time has come are claimed from the store's index of due
 * feeds (each by one instance at a time) and ingested, many at once. A plain async function: the
 * scheduler adapter calls it on a timer, tests call it directly.
 *
 * The round is a pipeline, not claim-a-batch-then-wait: it claims more feeds whenever slots free
 * up, so fetches stay in flight by the hundred while each host (publisher) gets at most `perHost`
 * at once. Claimed feeds whose host is busy wait in a short queue; past that queue the host is the
 * bottleneck, and its feed is handed back with a short delay rather than held (see
 * {@link PollOptions.perHostQueue}).
 */
import { hostKeyOf } from "./feed-host.js";
import { ingestFeed, type IngestDependencies, type IngestOutcome } from "./ingest-feed.js";
import { recordPoll } from "./feed-metrics.js";
import type { Article } from "../articles/article.js";
import type { FeedSource, FeedState } from "./feed.js";

/** Summary of a round. */
export interface PollRoundResult {
  polled: number;
  /** Polls that failed (feed errors), not counting those cancelled by the signal. */
  failed: number;
  /** New articles that are news (not backfill of a newly added feed). */
  fresh: Article[];
  stored: number;
  outcomes: Map<string, IngestOutcome>;
  /** Feeds claimed but handed back because their host already had a full queue. */
  deferred: number;
}

/** Options of {@link pollDueFeeds}. */
export interface PollOptions {
  /** Fetches in flight at once, over all hosts. */
  concurrency: number;
  /** Fetches in flight at once to one host (`host:port` of the feed URL). Default: `concurrency`. */
  perHost?: number;
  /** Polls every feed of `feeds` now, due or not (tests, `newsdesk` tools). */
  force?: boolean;
  signal?: AbortSignal;
  /** This instance's id: the owner of its claims on feeds. */
  owner?: string;
  /** How long a claim on a feed lasts (a poll that outlives it may be repeated by another instance). */
  claimMs?: number;
  /** Most feeds claimed in one round (default: 50 × concurrency). */
  maxFeeds?: number;
  /** No claim is made after the round has run this long (default: none); polls in flight finish. */
  roundMs?: number;
  /** Claimed feeds that may wait for one host's slots (default 4 × perHost); past that they are handed back. */
  perHostQueue?: number;
  /** Delay before a feed handed back for a busy host is due again (default 5 000 ms). */
  hostBusyDelayMs?: number;
  /**
   * URLs already registered with the store, kept by the caller from round to round so that a
   * large catalogue is not written again every round. Without it every URL is registered each round.
   */
  registered?: Set<string>;
}

interface Claimed {
  feed: FeedSource;
  host: string;
  state?: FeedState;
}

/** Polls the due feeds among `feeds` (the configured ones) through a pipeline bounded overall and per host. */
export async function pollDueFeeds(feeds: readonly FeedSource[], dependencies: IngestDependencies, options: PollOptions): Promise<PollRoundResult> {
  const { clock, feedStates } = dependencies;
  const startedAt = clock.now();
  const concurrency = Math.max(1, Math.floor(options.concurrency));
  const perHost = Math.max(1, Math.floor(options.perHost ?? concurrency));
  const maxFeeds = Math.max(1, options.maxFeeds ?? concurrency * 50);
  const perHostQueue = Math.max(1, Math.floor(options.perHostQueue ?? 4 * perHost));
  const hostBusyDelayMs = options.hostBusyDelayMs ?? 5_000;
  const byUrl = new Map(feeds.map((feed) => [feed.url, feed]));
  if (!options.force) await registerFeeds([...byUrl.keys()], startedAt, dependencies, options.registered);

  const outcomes = new Map<string, IngestOutcome>();
  const inFlightByHost = new Map<string, number>();
  const waiting: Claimed[] = [];
  const waitingByHost = new Map<string, number>();
  const running = new Set<Promise<void>>();
  let forced = options.force ? [...feeds] : undefined;
  let claimedTotal = 0;
  let exhausted = false;
  let deferred = 0;
  // Set when a take had to hand feeds back (their hosts' queues were full): take no more until a
  // poll completes, or a catalogue dominated by one host would be claimed and handed back in a loop.
  let hostsFull = false;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const onAbort = (): void => wake?.();
  options.signal?.addEventListener("abort", onAbort);

  const stopped = (): boolean => options.signal?.aborted === true || failure !== undefined;
  const count = (map: Map<string, number>, host: string, delta: number): void => {
    const value = (map.get(host) ?? 0) + delta;
    if (value === 0) map.delete(host);
    else map.set(host, value);
  };

  /** Up to `wanted` more feeds: the forced list, or claims on due feeds. */
  const takeMore = async (wanted: number): Promise<Claimed[]> => {
    if (forced) {
      const taken = forced.slice(0, wanted);
      forced = forced.slice(taken.length);
      if (forced.length === 0) exhausted = true;
      return taken.map((feed) => ({ feed, host: hostKeyOf(feed.url) }));
    }
    const now = clock.now();
    const claimed = await feedStates.claimDue(now, wanted, options.owner ?? "local", options.claimMs ?? 120_000);
    if (claimed.length < wanted) exhausted = true;
    const result: Claimed[] = [];
    for (const state of claimed) {
      const feed = byUrl.get(state.url);
      // A feed no longer configured: parked for a day, so that it stops being claimed every round.
      if (feed) result.push({ feed, host: hostKeyOf(feed.url), state });
      else await feedStates.put({ ...state, nextPollAt: now + 86_400_000 });
    }
    return result;
  };

  const start = (claimed: Claimed): void => {
    count(inFlightByHost, claimed.host, 1);
    const poll = ingestFeed(claimed.feed, dependencies, options.signal, claimed.state)
      .then(
        (outcome) => {
          outcomes.set(claimed.feed.url, outcome);
          if (dependencies.metrics) recordPoll(dependencies.metrics, outcome);
        },
        (error: unknown) => {
          failure ??= { error };
        },
      )
      .finally(() => {
        count(inFlightByHost, claimed.host, -1);
        running.delete(poll);
        hostsFull = false;
        wake?.();
      });
    running.add(poll);
  };

  /** Starts waiting feeds whose host has room, oldest first. */
  const startWaiting = (): void => {
    for (let index = 0; index < waiting.length && running.size < concurrency; ) {
      const claimed = waiting[index] as Claimed;
      if ((inFlightByHost.get(claimed.host) ?? 0) < perHost) {
        waiting.splice(index, 1);
        count(waitingByHost, claimed.host, -1);
        start(claimed);
      } else index += 1;
    }
  };

  /** Queues newly taken feeds; a host whose queue is already full gets its feed back for later. */
  const accept = async (taken: Claimed[]): Promise<void> => {
    for (const claimed of taken) {
      if ((waitingByHost.get(claimed.host) ?? 0) >= perHostQueue && claimed.state) {
        deferred += 1;
        hostsFull = true;
        await feedStates.put({ ...claimed.state, nextPollAt: clock.now() + hostBusyDelayMs });
        continue;
      }
      waiting.push(claimed);
      count(waitingByHost, claimed.host, 1);
    }
  };

  // Claims come in batches of at least a quarter of the slots, not one query per freed slot.
  const minBatch = Math.max(1, Math.floor(concurrency / 4));
  const roundOver = (): boolean => claimedTotal >= maxFeeds || (options.roundMs !== undefined && clock.now() - startedAt >= options.roundMs);
  try {
    for (;;) {
      if (!stopped()) startWaiting();
      const room = Math.min(2 * concurrency - running.size - waiting.length, maxFeeds - claimedTotal);
      const mayTake = !stopped() && !exhausted && !hostsFull && !roundOver();
      if (mayTake && room >= Math.min(minBatch, maxFeeds - claimedTotal)) {
        const taken = await takeMore(room);
        claimedTotal += taken.length;
        await accept(taken);
        continue;
      }
      // Nothing in flight here means nothing can start (a waiting feed would have been started
      // above) and nothing more may be taken: the round is over.
      if (running.size === 0) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = undefined;
    }
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    await Promise.allSettled([...running]);
    // Claimed feeds never started (stopped early) are handed back as they were, due at once.
    await Promise.allSettled(waiting.flatMap((claimed) => (claimed.state ? [feedStates.put(claimed.state)] : [])));
  }
  if (failure) throw failure.error;
  const all = [...outcomes.values()];
  return {
    polled: all.length,
    failed: all.filter((outcome) => outcome.error !== undefined && !outcome.cancelled).length,
    fresh: all.flatMap((outcome) => outcome.stored.filter((article) => !article.backfill)),
    stored: all.reduce((total, outcome) => total + outcome.stored.length, 0),
    outcomes,
    deferred,
  };
}

async function registerFeeds(urls: readonly string[], now: number, dependencies: IngestDependencies, registered: Set<string> | undefined): Promise<void> {
  const fresh = registered ? urls.filter((url) => !registered.has(url)) : urls;
  if (fresh.length === 0) return;
  await dependencies.feedStates.register(fresh, now);
  if (registered) for (const url of fresh) registered.add(url);
}
