/** The alert round: every article first seen since the watermark goes through the follow alerts. */
import type { ArticleStore } from "../articles/article-ports.js";
import type { Clock } from "../shared/ports.js";
import type { AlertRoundResult, FollowAlertService } from "./follow-alerts.js";

/** Where alert processing has got to (first-seen time of the newest article processed). */
export interface AlertWatermark {
  get(): Promise<number | undefined>;
  set(value: number): Promise<void>;
}

/** Articles first seen this long before the watermark are looked at again (clock skew between instances). */
const WATERMARK_MARGIN_MS = 10 * 60_000;

/**
 * Alerts about every article first seen since the watermark, then moves it. Crash-safe and safe on
 * several instances: looking at an article twice cannot alert twice (the ledger and outbox keys).
 */
export async function alertNewArticles(
  alerts: FollowAlertService,
  articles: ArticleStore,
  watermark: AlertWatermark,
  clock: Clock,
): Promise<AlertRoundResult & { looked: number }> {
  const since = (await watermark.get()) ?? clock.now();
  const fresh = (await articles.listRecent(since - WATERMARK_MARGIN_MS, 1_000)).filter(
    (article) => article.firstSeenAt >= since - WATERMARK_MARGIN_MS && !article.backfill,
  );
  const result = await alerts.processArticles(fresh);
  const newest = fresh.reduce((latest, article) => Math.max(latest, article.firstSeenAt), since);
  await watermark.set(newest);
  return { ...result, looked: fresh.length };
}
