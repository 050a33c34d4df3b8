import { describe, expect, it } from "vitest";
import { describeFailing, describeMoved, reasonOf } from "../../../src/core/feeds/feed-health.js";
import type { FeedState } from "../../../src/core/feeds/feed.js";
import { textIn } from "../../../src/core/shared/translator.js";
import { english, translator } from "../../helpers/english.js";

const now = Date.UTC(2026, 11, 3, 12);
const feed = { url: "https://wire.example/rss", name: "Civic Wire", sectionId: "world", pollIntervalSeconds: 300 };
const state = (overrides: Partial<FeedState>): FeedState & { failingSince: number } =>
  ({ url: feed.url, failures: 1, healthy: true, failingSince: now - 3 * 3_600_000, lastError: "https://wire.example/rss: HTTP 503 Service Unavailable", ...overrides }) as FeedState & { failingSince: number };

describe("feed health in the chat's language", () => {
  it("says a known failure in words, in English as before", () => {
    expect(reasonOf("https://wire.example/rss: HTTP 404 Not Found", english)).toBe("the feed is not there any more (HTTP 404)");
    expect(reasonOf("https://wire.example/rss: no complete response within 15000 ms", english)).toBe("no answer within 15 s");
    expect(describeFailing(feed, state({ healthy: false }), now, english, "en")).toBe("Civic Wire: the server has a problem (HTTP 503), for 3 h (unhealthy)");
  });

  it("in German and Russian, with the span in the language's units", () => {
    const german = textIn(translator, "de");
    const russian = textIn(translator, "ru");
    expect(describeFailing(feed, state({}), now, german, "de")).toBe("Civic Wire: der Server hat ein Problem (HTTP 503), seit 3 Std.");
    expect(describeFailing(feed, state({ healthy: false, lastError: "https://wire.example/rss: getaddrinfo ENOTFOUND wire.example" }), now, russian, "ru")).toBe(
      "Civic Wire: имя хоста не разрешается, уже 3 ч (неисправна)",
    );
    expect(describeMoved(state({ movedTo: "https://wire.example/feed" }), german)).toBe("dauerhaft umgezogen nach https://wire.example/feed: die Quellendatei sollte diese Adresse nennen");
  });

  it("shows an unknown failure as the fetcher said it, bounded", () => {
    expect(reasonOf("https://wire.example/rss: the document is not a feed (HTML page)", textIn(translator, "fr"))).toBe("the document is not a feed (HTML page)");
    expect(reasonOf(`https://wire.example/rss: ${"x".repeat(500)}`, english)).toHaveLength(160);
  });
});
