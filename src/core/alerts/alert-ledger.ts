/** Alert ledgers: per chat, what it was alerted about lately and what waits for a batch. */

/** An alert held back by the hourly cap. */
export interface PendingAlert {
  articleId: string;
  reason: string;
}

/** Per chat: what it was alerted about recently, and its burst window. */
export interface AlertLedgerEntry {
  /** Articles alerted recently (for once-per-story), newest last. */
  recent: { articleId: string; at: number }[];
  windowStart: number;
  sentInWindow: number;
  pending: PendingAlert[];
  /** True when alerts were held for quiet hours (they go as soon as the quiet hours end). */
  heldForQuiet?: boolean;
}

/** Storage of alert ledgers, one per chat key, indexed by when a held batch is due. */
export interface AlertLedger {
  get(key: string): Promise<AlertLedgerEntry | undefined>;
  /** Stores the entry; `dueAt` is when its held alerts may go as a batch (absent: none held). */
  put(key: string, entry: AlertLedgerEntry, dueAt: number | undefined): Promise<void>;
  /** Ledgers whose batch is due at `now`, earliest first, at most `limit`. */
  listDue(now: number, limit: number): Promise<{ key: string; entry: AlertLedgerEntry }[]>;
}

/** Tuning of alerts. */
export interface AlertPolicy {
  /** Individual alerts per chat per hour; the rest are batched. */
  maxPerHour: number;
  /** How long an alerted story suppresses alerts for the same story from other outlets. */
  storyWindowMs: number;
  /** Most stories listed in one batched message. */
  maxBatchItems: number;
}
