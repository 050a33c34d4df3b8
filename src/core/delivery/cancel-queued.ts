/**
 * What a pause does to the outbox: the chat's pending deliveries (briefings, alerts, notices) are
 * marked `skipped` with the pause's reason, so that a paused chat receives nothing more, and each is
 * logged and counted (`delivery` metric, result `skipped`). Answers to commands never pass through
 * the outbox: a paused chat still gets the answers to what it asks.
 */
import type { QueuedDeliveries } from "../chats/chat-settings-service.js";
import type { Metrics } from "../shared/metrics.js";
import { chatKey } from "../chats/chat.js";
import type { Logger } from "../shared/ports.js";
import type { OutboxStore } from "./outbox-ports.js";

/** The outbox as a pause sees it: cancelling a chat's queued deliveries, logged and counted. */
export function queuedDeliveriesOf(outbox: Pick<OutboxStore, "cancelPendingOf">, logger: Logger, metrics: Metrics): QueuedDeliveries {
  return {
    async cancelPendingOf(chat, reason, now) {
      const cancelled = await outbox.cancelPendingOf(chat, reason, now);
      for (const record of cancelled) metrics.delivery(record.chat.platform, "skipped");
      if (cancelled.length > 0) {
        logger.info({ chat: chatKey(chat), reason, cancelled: cancelled.map((record) => record.id).slice(0, 20), count: cancelled.length }, "chat paused: queued deliveries cancelled");
      }
      return cancelled.length;
    },
  };
}
