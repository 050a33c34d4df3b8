/**
 * Delivery of unsolicited documents (alerts, briefings) to chats on any platform, and the errors
 * platforms answer with. Platform adapters implement {@link ChatSender}; the core decides what a
 * failure means for the subscription (pause on permanent failures, retry later on the others).
 */
import type { BriefingDocument } from "../digests/briefing-document.js";
import type { ChatRef, Platform } from "../chats/chat.js";
import type { Metrics } from "../shared/metrics.js";

/**
 * Progress of a multi-message delivery, so that a retried delivery does not repeat the messages the
 * platform already accepted (a rendered document may need several messages).
 */
export interface DeliveryProgress {
  /** Messages already accepted (or possibly accepted) in an earlier attempt: start after them. */
  skipParts: number;
  /** Called just before message `partIndex` is sent (a durable write-ahead mark). */
  beforePart?(partIndex: number, partCount: number): Promise<void>;
  /** Called after the platform accepted message `partIndex` (0-based), before the next is sent. */
  onPartSent(partIndex: number, partCount: number): Promise<void>;
}

/** Sends a document to a chat. Resolves once the platform accepted every message of it. */
export interface ChatSender {
  send(chat: ChatRef, document: BriefingDocument, progress?: DeliveryProgress): Promise<void>;
}

/** A sender for one platform. */
export interface PlatformSender extends ChatSender {
  readonly platform: Platform;
}

/** Why a delivery failed, as far as newsdesk needs to know. */
export type DeliveryFailure =
  /** The chat is gone for the bot (blocked, kicked, deleted, no access): pause its subscriptions. */
  | "permanent"
  /** Try again later (network, 5xx, rate limit beyond what the adapter waits for). */
  | "retryable"
  /**
   * The request may or may not have reached the platform (a timeout after sending). Sending it
   * again could make a second copy, so the message in flight is not sent again.
   */
  | "unknown";

/** A delivery the platform refused. */
export class DeliveryError extends Error {
  override readonly name = "DeliveryError";
  readonly failure: DeliveryFailure;
  /** A wait the platform asked for, when known. */
  readonly retryAfterMs: number | undefined;
  constructor(message: string, failure: DeliveryFailure, options?: { cause?: unknown; retryAfterMs?: number }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.failure = failure;
    this.retryAfterMs = options?.retryAfterMs;
  }
}

/** Routes each chat to the sender of its platform (platforms started later may be added to `senders`). */
export function routeByPlatform(senders: readonly PlatformSender[]): ChatSender {
  return {
    async send(chat, document, progress) {
      const sender = senders.find((candidate) => candidate.platform === chat.platform);
      if (!sender) throw new DeliveryError(`no ${chat.platform} adapter runs in this process`, "retryable");
      await sender.send(chat, document, progress);
    },
  };
}

/** A monotonic millisecond reading for durations (not the injected wall Clock, which tests freeze). */
const elapsedSince = (start: number): number => performance.now() - start;

/** The sender, timing every send by the chat's platform. */
export function measureSender(sender: ChatSender, metrics: Metrics): ChatSender {
  return {
    async send(chat, document, progress) {
      const start = performance.now();
      try {
        await sender.send(chat, document, progress);
      } finally {
        metrics.sendDuration(chat.platform, elapsedSince(start));
      }
    },
  };
}
