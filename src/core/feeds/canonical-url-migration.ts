/**
 * A one-time pass that gives every stored article the dedupe key of its link in the current
 * canonical form, when that form changed (normalize-url, ADR 0015). Without it, an item still in its
 * feed after the upgrade would no longer match the key stored under the old form, and a guid-less,
 * short-titled item would be ingested and posted again. The key is added through the article store's
 * own port (`saveMany` with the article as it is), so it holds whatever the store's dedupe storage is;
 * the old key stays. Idempotent: a pass interrupted (or run by two instances at once) is just run
 * again; once complete it is recorded in the ledger and skipped from then on.
 */
import type { ArticleStore } from "../articles/article-ports.js";

/** Records which one-time store migrations are complete. */
export interface MigrationLedger {
  isDone(name: string): Promise<boolean>;
  markDone(name: string): Promise<void>;
}

/** The name this pass is recorded under (a later change of the canonical form takes a new name). */
export const CANONICAL_URL_MIGRATION = "canonical-url-normalize-url";

/** Articles read and rewritten per round trip. */
const PAGE = 500;

/** What one pass did; `undefined` from {@link rekeyCanonicalUrls} when it had already been done. */
export interface RekeyReport {
  /** Articles read. */
  articles: number;
  /** Articles given a new url key (their link's canonical form changed). */
  rekeyed: number;
}

/**
 * Adds, once, the url dedupe key in the form `canonicalize` gives now to every stored article whose
 * stored link has another form. Rejects (nothing recorded) if the store fails; the next start retries.
 */
export async function rekeyCanonicalUrls(options: {
  articles: ArticleStore;
  ledger: MigrationLedger;
  canonicalize: (url: string) => string | undefined;
  pageSize?: number;
}): Promise<RekeyReport | undefined> {
  const { articles, ledger, canonicalize } = options;
  if (await ledger.isDone(CANONICAL_URL_MIGRATION)) return undefined;
  const report: RekeyReport = { articles: 0, rekeyed: 0 };
  let after: string | undefined;
  for (;;) {
    const page = await articles.listAfter(after, options.pageSize ?? PAGE);
    if (page.length === 0) break;
    report.articles += page.length;
    const changed = page.flatMap((article) => {
      // An item without a link was stored with its feed's address and no url key: it gets none now.
      if (article.url === article.feedUrl) return [];
      const url = canonicalize(article.url);
      return url !== undefined && url !== article.url ? [{ article, keys: { url } }] : [];
    });
    if (changed.length > 0) await articles.saveMany(changed);
    report.rekeyed += changed.length;
    after = page.at(-1)?.id;
  }
  await ledger.markDone(CANONICAL_URL_MIGRATION);
  return report;
}
