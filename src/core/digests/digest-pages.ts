/**
 * What a chat has seen of a section, and where its last digest stopped: the state behind "More"
 * and behind "the next digest starts from what the reader has not seen".
 *
 * Per chat and section the store keeps one small record: the article ids shown since the section's
 * mark (`ChatSettings.lastDigestAt`, before which every story was shown), and the cursor of the
 * latest digest (or briefing section): its ranked stories not shown yet, as article ids, frozen
 * when the digest was made so that pages never shift when new articles arrive. Bounded: at most
 * {@link MAX_SEEN} seen ids and {@link MAX_PENDING_STORIES} pending stories; a cursor expires after
 * {@link CURSOR_TTL_MS}.
 */
import type { Article } from "../articles/article.js";
import { buildStory } from "../stories/cluster-stories.js";
import { compareIds, type Story } from "../stories/story.js";

/** A cursor older than this no longer pages ("More" then asks for a new digest). */
export const CURSOR_TTL_MS = 24 * 3_600_000;
/** Most article ids remembered as seen above the mark. */
export const MAX_SEEN = 2_000;
/** Most stories a cursor keeps. */
export const MAX_PENDING_STORIES = 300;
/** Most articles kept per pending story (its lead first). */
export const MAX_ARTICLES_PER_STORY = 20;
/** Stories first seen longer ago than this are no longer offered by digests. */
export const DIGEST_HORIZON_MS = 7 * 86_400_000;

/** A story waiting in a cursor: its article ids (lead first) and its earliest first-seen time. */
export interface PendingStory {
  ids: string[];
  firstSeenAt: number;
}

/** Where a digest (or a briefing's section) stopped. */
export interface DigestCursor {
  /** When the digest was made. */
  madeAt: number;
  /** What made it: paging a digest advances the section's mark; paging a briefing does not. */
  origin: "digest" | "briefing";
  /** Stories shown so far by the digest and its pages. */
  shown: number;
  /** Whether the digest saw every candidate of its window (the mark may then advance past them). */
  complete: boolean;
  /** Ranked stories not shown yet, best first. */
  pending: PendingStory[];
}

/** The record kept per chat and section. */
export interface DigestState {
  /** The mark the seen list belongs to (`lastDigestAt` when written; null before any digest). */
  mark: number | null;
  /** Articles shown above the mark: [id, firstSeenAt]. */
  seen: [string, number][];
  cursor?: DigestCursor;
}

/** Where {@link DigestState} records live (a keyv namespace in production). */
export interface DigestStateStore {
  get(key: string): Promise<DigestState | undefined>;
  set(key: string, value: DigestState): Promise<void>;
}

/** A story as a cursor keeps it. */
export function pendingOf(story: Story): PendingStory {
  const rest = story.articles.filter((article) => article.id !== story.representative.id);
  return {
    ids: [story.representative.id, ...rest.map((article) => article.id)].slice(0, MAX_ARTICLES_PER_STORY),
    firstSeenAt: Math.min(...story.articles.map((article) => article.firstSeenAt)),
  };
}

/**
 * A pending story rebuilt from its stored articles (those still stored); undefined when its lead
 * article is gone. Same shape as same-story merging builds: articles earliest first, outlets
 * distinct (case- and accent-insensitive) in order of first report.
 */
export function restoreStory(pending: PendingStory, byId: ReadonlyMap<string, Article>): Story | undefined {
  const representative = byId.get(pending.ids[0] ?? "");
  if (!representative) return undefined;
  return buildStory(
    pending.ids.flatMap((id) => byId.get(id) ?? []),
    representative,
  );
}

/**
 * The section's new mark once `cursor`'s shown pages are seen: just before the earliest story still
 * pending, or the digest's time when none is; never behind `mark`, and not moved at all when the
 * digest did not see its whole window.
 */
export function nextMark(mark: number | undefined, cursor: DigestCursor, now: number): number | undefined {
  const floor = Math.max(mark ?? -Infinity, now - DIGEST_HORIZON_MS);
  if (!cursor.complete) return mark === undefined ? undefined : floor;
  const earliestPending = cursor.pending.reduce((earliest, story) => Math.min(earliest, story.firstSeenAt), Infinity);
  const candidate = earliestPending === Infinity ? cursor.madeAt : earliestPending - 1;
  return Math.max(floor, candidate);
}

/** The seen list after showing `articles`, without what the new mark covers, bounded. */
export function updateSeen(seen: readonly [string, number][], articles: readonly Article[], mark: number | undefined): [string, number][] {
  const all = new Map(seen);
  for (const article of articles) all.set(article.id, article.firstSeenAt);
  const kept = [...all.entries()].filter(([, firstSeenAt]) => mark === undefined || firstSeenAt > mark);
  kept.sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]));
  return kept.slice(0, MAX_SEEN);
}
