/**
 * Several instances: a follow added through one instance reaches the other's follow index on its
 * next refresh, so that the other instance alerts too.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createStores } from "../../src/adapters/store/create-stores.js";
import { buildServices } from "../../src/build-services.js";
import { loadConfig } from "../../src/config.js";
import { routeByPlatform } from "../../src/core/delivery/chat-sender.js";
import type { Article } from "../../src/core/articles/article.js";
import { loadSourcesFile } from "../../src/sources-file.js";
import { createRuntime } from "../../src/start-runtime.js";
import { RecordingLogger } from "../fakes/memory-ports.js";

describe("follows across instances", () => {
  it("reach another instance's index on refresh", async () => {
    const directory = mkdtempSync(path.join(tmpdir(), "newsdesk-refresh-"));
    const config = loadConfig({ STORE_URL: `sqlite://${path.join(directory, "s.sqlite")}`, ARTICLE_FETCH: "false" }, undefined);
    const sections = await loadSourcesFile(config.SOURCES_FILE, config.FEED_POLL_INTERVAL);
    const stores = await createStores({ url: config.STORE_URL, retentionMs: 86_400_000 });
    const clock = { now: () => Date.now() };
    const logger = new RecordingLogger();
    const one = await buildServices({ config, sections, stores, clock, logger, instanceId: "one" });
    const two = await buildServices({ config, sections, stores, clock, logger, instanceId: "two" });
    const runtimeTwo = createRuntime({ config, services: two, stores, sender: routeByPlatform([]), clock, logger, instanceId: "two" });
    try {
      await one.chats.follow({ platform: "telegram", chatId: "42" }, "Mars", []);
      const article: Article = {
        id: "a1", sectionId: "world", feedUrl: "f", source: "S", title: "Mars rover finds ancient lake bed", url: "https://s.example/a1",
        summary: "", publishedAt: clock.now(), publishedAtFromFeed: true, firstSeenAt: clock.now(), tags: [], backfill: false,
      };
      await stores.articles.save(article, { url: article.url });
      expect((await two.alerts.processArticles([article])).queued).toBe(0);
      await runtimeTwo.refreshFollowsOnce();
      const second = { ...article, id: "a2", title: "Mars orbiter maps ice at the pole", url: "https://s.example/a2" };
      await stores.articles.save(second, { url: second.url });
      expect((await two.alerts.processArticles([second])).queued).toBe(1);
    } finally {
      await runtimeTwo.stop();
      await one.close();
      await two.close();
      await stores.close();
    }
  });
});
