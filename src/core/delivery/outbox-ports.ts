/**
 * The durable outbox: every briefing and alert is written here before anything is sent, under a key
 * that can exist only once, and is then sent by exactly one instance holding its lease.
 */
import type { BriefingDocument } from "../digests/briefing-document.js";
import type { ChatRef } from "../chats/chat.js";

/** What a record delivers. */
/** `notice`: a message about the service itself (a feed of a subscribed section failing or back). */
export type OutboxKind = "briefing" | "alert" | "alert-batch" | "notice";

/**
 * Life of a record: `pending` until sent; `sent` once the platform accepted every message;
 * `failed` after a permanent refusal or too many attempts; `skipped` when it was too late to send
 * (the bot was down past the grace period); `uncertain` when a send was interrupted with an
 * unknown outcome and newsdesk chose not to risk a second copy.
 */
export type OutboxStatus = "pending" | "sent" | "failed" | "skipped" | "uncertain";

/** One delivery. */
export interface OutboxRecord {
  /** Unique key: `briefing:<chat>:<local date>`, `alert:<chat>:<article>`, `alert-batch:<chat>:<window>`. */
  id: string;
  kind: OutboxKind;
  chat: ChatRef;
  /** What to send, composed when the record was created (so a retry sends the same thing). */
  document?: BriefingDocument;
  status: OutboxStatus;
  createdAt: number;
  /** Who created it (instance id and a nonce): tells racing creators apart. */
  createdBy: string;
  attempts: number;
  nextAttemptAt: number;
  /** Messages of the rendered document the platform accepted. */
  partsSent: number;
  /** Messages the rendered document needs, once known. */
  partCount?: number;
  /** Messages whose send was interrupted with an unknown outcome (counted as sent, never repeated). */
  uncertainParts?: number;
  /** Set just before a message is sent, cleared once accepted: a crash in between leaves it set. */
  partInFlight?: number;
  lastError?: string;
  finishedAt?: number;
}

/** Storage of outbox records. Rejects with StoreError when the store fails. */
export interface OutboxStore {
  /** Creates the record unless its id exists; true when this call created it. Atomic across instances. */
  create(record: OutboxRecord): Promise<boolean>;
  get(id: string): Promise<OutboxRecord | undefined>;
  /**
   * Saves a changed record (its status decides whether it stays in the pending list), only while the
   * stored record is still pending: one cancelled meanwhile ({@link cancelPendingOf}) stays cancelled.
   */
  update(record: OutboxRecord): Promise<void>;
  /**
   * Claims up to `limit` pending records whose next attempt is due at `now` and that no other
   * instance holds, for `leaseMs` (PostgreSQL: `FOR UPDATE SKIP LOCKED`), earliest first.
   */
  claimDue(now: number, limit: number, owner: string, leaseMs: number): Promise<OutboxRecord[]>;
  /** Extends `owner`'s claim on the record; false when the claim was lost (another instance took over). */
  renewClaim(id: string, owner: string, leaseMs: number, now: number): Promise<boolean>;
  /**
   * Saves a changed record and extends `owner`'s claim, in one step, only while `owner` holds the
   * claim and the stored record is pending; false (nothing saved) when the claim was lost or the
   * record was cancelled meanwhile. The write-ahead mark before each message.
   */
  updateClaimed(record: OutboxRecord, owner: string, leaseMs: number, now: number): Promise<boolean>;
  /**
   * Marks every pending record of `chat` `skipped` with `reason` (its chat was paused), found through
   * an index by chat, claimed or not; resolves the records so cancelled. A record being sent stops
   * before its next message (its write-ahead mark is refused).
   */
  cancelPendingOf(chat: ChatRef, reason: string, now: number): Promise<OutboxRecord[]>;
  /** Ends `owner`'s claim on the record (it may be claimed again as soon as it is due). */
  releaseClaim(id: string, owner: string): Promise<void>;
  /** How many records are pending (due or not). */
  countPending(): Promise<number>;
}

/** Expiring exclusive leases (one owner at a time), shared by every instance. */
export interface LeaseStore {
  /** Takes or renews the lease; false when another owner holds an unexpired one. */
  acquire(key: string, owner: string, ttlMs: number): Promise<boolean>;
  release(key: string, owner: string): Promise<void>;
}
