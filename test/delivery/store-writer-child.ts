/**
 * One newsdesk instance reduced to the writes that several instances make to one chat and one
 * budget at the same time, run as a child process by the cross-instance tests.
 * argv: <STORE_URL> <namespace prefix> <mode: settings | budget> <instance id> <count>
 * settings: follows `count` topics and subscribes to `count` sections of one shared chat, one change
 *   at a time, as commands from that chat would; prints DONE.
 * budget: reserves 7 tokens at a time from a daily budget of 1,000 until refused `count` times;
 *   prints the number of reservations granted.
 */
import { createStores } from "../../src/adapters/store/create-stores.js";
import { ChatSettingsService } from "../../src/core/chats/chat-settings-service.js";
import { SectionCatalog } from "../../src/core/feeds/section-catalog.js";

const [storeUrl = "", prefix = "", mode = "settings", instanceId = "child", countText = "20"] = process.argv.slice(2);
const count = Number(countText);
const stores = await createStores({ url: storeUrl, retentionMs: 86_400_000, namespacePrefix: prefix, poolSize: 4 });
const clock = { now: () => Date.now() };

if (mode === "settings") {
  const sections = Array.from({ length: 2 * count }, (_, index) => ({ id: `s${index}`, title: `Section ${index}`, description: "", feeds: [] }));
  const chats = new ChatSettingsService(stores.subscriptions, new SectionCatalog(sections), clock, {
    defaultTimezone: "UTC",
    defaultBriefingTime: "07:00",
    maxSectionsPerChat: 1_000,
    maxFollowsPerChat: 1_000,
  });
  const chat = { platform: "telegram" as const, chatId: "-100777" };
  const offset = instanceId.endsWith("1") ? count : 0;
  await Promise.all(
    Array.from({ length: count }, async (_, index) => {
      await chats.follow(chat, `${instanceId} topic ${index}`, []);
      await chats.subscribe(chat, `s${offset + index}`);
    }),
  );
  process.stdout.write("DONE\n");
} else {
  const budget = stores.tokenBudget(1_000);
  let granted = 0;
  let refused = 0;
  while (refused < count) {
    if (await budget.tryConsume("2026-12-03", 7)) granted += 1;
    else refused += 1;
  }
  process.stdout.write(`GRANTED ${granted}\n`);
}
await stores.close();
