/**
 * A newsdesk instance reduced to its delivery round, run as a child process by the crash and
 * multi-instance tests: it queues every due briefing and drains the outbox through the real grammY
 * client (pointed at the fake Bot API), until nothing is left, then exits 0.
 * argv: <STORE_URL> <namespace prefix> <Bot API root> <instance id> <lease ms>
 */
import { Api } from "grammy";
import { renderText } from "../../src/adapters/console/render-text.js";
import { createStores } from "../../src/adapters/store/create-stores.js";
import { BriefingService } from "../../src/core/digests/briefing-service.js";
import { ChatSettingsService } from "../../src/core/chats/chat-settings-service.js";
import { DeliveryError, type PlatformSender } from "../../src/core/delivery/chat-sender.js";
import { drainOutbox } from "../../src/core/delivery/drain-outbox.js";
import { scheduleDueBriefings } from "../../src/core/delivery/schedule-briefings.js";
import type { Logger } from "../../src/core/shared/ports.js";
import { SectionCatalog } from "../../src/core/feeds/section-catalog.js";
import { groupAndRankStories } from "../../src/core/stories/group-stories.js";
import { loadTranslator } from "../../src/adapters/i18n/fluent-translator.js";

const [storeUrl = "", prefix = "", apiRoot = "", instanceId = "child", leaseText = "2000"] = process.argv.slice(2);
const silent: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };
const clock = { now: () => Date.now() };

const stores = await createStores({ url: storeUrl, retentionMs: 86_400_000, namespacePrefix: prefix });
const catalog = new SectionCatalog([{ id: "world", title: "World", description: "", feeds: [] }]);
const chats = new ChatSettingsService(stores.subscriptions, catalog, clock, { defaultTimezone: "UTC", defaultBriefingTime: "07:00", maxSectionsPerChat: 5, maxFollowsPerChat: 5 });
const briefings = new BriefingService({ articles: stores.articles, chats, catalog, clock, groupStories: groupAndRankStories, storiesPerSection: 5 , translator: loadTranslator() });
const api = new Api("123:TEST", { apiRoot });
const sender: PlatformSender = {
  platform: "telegram",
  async send(chat, document, progress) {
    if ((progress?.skipParts ?? 0) > 0) return;
    await progress?.beforePart?.(0, 1);
    try {
      await api.sendMessage(Number(chat.chatId), renderText(document).slice(0, 4000));
    } catch (error) {
      throw new DeliveryError(String(error), "retryable", { cause: error });
    }
    await progress?.onPartSent(0, 1);
  },
};
process.stdout.write("READY\n");

// Done once nothing happened for longer than a claim lasts: chats claimed by a killed instance are
// due again after that, and must be found.
let idleSince: number | undefined;
while (idleSince === undefined || Date.now() - idleSince < Number(leaseText) + 500) {
  await scheduleDueBriefings({ subscriptions: stores.subscriptions, chats, briefings, outbox: stores.outbox, clock, logger: silent, graceMs: 3_600_000, instanceId, claimMs: Number(leaseText) });
  const result = await drainOutbox({
    outbox: stores.outbox,
    sender,
    clock,
    logger: silent,
    owner: instanceId,
    leaseMs: Number(leaseText),
    maxAttempts: 10,
    concurrency: 8,
    pauseChat: (chat, reason) => chats.pause(chat, reason),
  });
  const remaining = await stores.outbox.countPending();
  const busy = result.sent + result.retried + result.uncertain > 0 || remaining > 0;
  idleSince = busy ? undefined : (idleSince ?? Date.now());
  if (result.sent === 0) await new Promise((resolve) => setTimeout(resolve, 100));
}
await stores.close();
process.stdout.write("DONE\n");
process.exit(0);
