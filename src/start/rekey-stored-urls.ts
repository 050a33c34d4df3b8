/**
 * Part of the composition root: runs, once per store, the pass that keys stored articles by the
 * current canonical link form (src/core/canonical-url-migration.ts), recorded in a keyv namespace
 * of the store that never expires.
 */
import { z } from "zod";
import { canonicalizeUrl } from "../adapters/feeds/canonical-url.js";
import type { Stores } from "../adapters/store/create-stores.js";
import { type MigrationLedger, rekeyCanonicalUrls } from "../core/feeds/canonical-url-migration.js";
import type { Logger } from "../core/shared/ports.js";

/** The store's record of completed one-time migrations: name → when it completed (ms). */
export function migrationLedger(stores: Pick<Stores, "createCache">): MigrationLedger {
  const done = stores.createCache({ name: "migrations", schema: z.number() });
  return {
    isDone: async (name) => (await done.get(name)) !== undefined,
    markDone: (name) => done.set(name, Date.now()),
  };
}

/** Keys the stored articles by the current canonical link form, unless done before; logs what it did. */
export async function rekeyStoredUrls(stores: Pick<Stores, "articles" | "createCache">, logger: Logger): Promise<void> {
  const report = await rekeyCanonicalUrls({ articles: stores.articles, ledger: migrationLedger(stores), canonicalize: (url) => canonicalizeUrl(url) });
  if (report) logger.info({ ...report }, "stored articles keyed by the current canonical link form (once per store)");
}
