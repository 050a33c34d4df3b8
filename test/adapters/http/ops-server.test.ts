/**
 * The operations listener against a real server: health, readiness with its reasons, Prometheus
 * metrics after real polls and deliveries, the status token, and escaping on the status page.
 */
import { request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { tokenMatches } from "../../../src/adapters/http/ops-server.js";
import type { BriefingDocument } from "../../../src/core/digests/briefing-document.js";
import type { OutboxRecord } from "../../../src/core/delivery/outbox-ports.js";
import { startOpsWorld, type OpsWorld } from "./ops-world.js";

let world: OpsWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request over a real socket (fetch refuses some methods and long URLs itself). */
function call(url: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { method: options.method ?? "GET", headers: options.headers ?? {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    sent.on("error", reject);
    sent.end();
  });
}

/** Parses the Prometheus text format strictly: every line is a comment or `name{labels} value`. */
function parseMetrics(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("# HELP ") || line.startsWith("# TYPE ")) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*\})? (-?[0-9.e+-]+|NaN|\+Inf|-Inf)$/u.exec(line);
    if (!match) throw new Error(`not a Prometheus sample line: ${line}`);
    samples.set(`${match[1]}${match[2] ?? ""}`, Number(match[3]));
  }
  return samples;
}

const document: BriefingDocument = { kind: "briefing", title: "Alert", sections: [{ items: [{ title: "Budget passes", url: "https://news.example/budget", sources: [{ name: "Newsroom", url: "https://news.example" }] }] }] };

function record(id: string): OutboxRecord {
  const now = Date.now();
  return { id, kind: "alert", chat: { platform: "telegram", chatId: "7" }, document, status: "pending", createdAt: now, createdBy: "test", attempts: 0, nextAttemptAt: now, partsSent: 0 };
}

describe("operations listener", () => {
  it("answers /healthz, only GET and HEAD, 404 elsewhere and 414 for an overlong URL, with security headers", async () => {
    world = await startOpsWorld();
    const health = await call(`${world.ops.url}/healthz`);
    expect(health).toMatchObject({ status: 200, body: "ok\n" });
    expect(health.headers["content-security-policy"]).toMatch(/default-src 'none'/u);
    expect(health.headers["x-content-type-options"]).toBe("nosniff");
    const head = await call(`${world.ops.url}/healthz`, { method: "HEAD" });
    expect(head).toMatchObject({ status: 200, body: "" });
    const post = await call(`${world.ops.url}/healthz`, { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe("GET, HEAD");
    expect((await call(`${world.ops.url}/admin`)).status).toBe(404);
    expect((await call(`${world.ops.url}/?q=${"a".repeat(3_000)}`)).status).toBe(414);
  });

  it("serves metrics that parse and count a real poll round (ok, failed, not modified) and deliveries with a 429", async () => {
    world = await startOpsWorld({ fakeLimits: { perChat: { limit: 1, windowMs: 1_000 } } });
    await world.runtime.pollOnce(new AbortController().signal);
    // Due again at once: the feed server answers 304 to the validators of the first fetch.
    const state = await world.stores.feedStates.get(world.feedUrl);
    await world.stores.feedStates.put({ ...state!, nextPollAt: 0 });
    await world.runtime.pollOnce(new AbortController().signal);

    world.fake.addChat({ id: 7, type: "private", firstName: "Ada" });
    await world.stores.outbox.create(record("alert:telegram:7:one"));
    await world.stores.outbox.create(record("alert:telegram:7:two"));
    await world.stores.outbox.create({ ...record("alert:telegram:7:later"), nextAttemptAt: Date.now() + 3_600_000 });
    await world.runtime.drainOnce();
    expect(world.fake.messagesIn(7)).toHaveLength(2);

    const answer = await call(`${world.ops.url}/metrics`);
    expect(answer.status).toBe(200);
    expect(answer.headers["content-type"]).toMatch(/^text\/plain; version=0\.0\.4/u);
    const samples = parseMetrics(answer.body);
    expect(samples.get('newsdesk_feed_polls_total{result="ok"}')).toBe(1);
    expect(samples.get('newsdesk_feed_polls_total{result="failed"}')).toBe(1);
    expect(samples.get('newsdesk_feed_polls_total{result="not-modified"}')).toBe(1);
    expect(samples.get("newsdesk_feed_fetch_duration_seconds_count")).toBe(3);
    expect(samples.get("newsdesk_articles_ingested_total")).toBeGreaterThan(0);
    expect(samples.get('newsdesk_outbox_deliveries_total{platform="telegram",result="sent"}')).toBe(2);
    expect(samples.get('newsdesk_send_duration_seconds_count{platform="telegram"}')).toBe(2);
    expect(samples.get('newsdesk_rate_limited_total{platform="telegram"}')).toBeGreaterThanOrEqual(1);
    expect(samples.get("newsdesk_outbox_pending")).toBe(1);
    for (const name of ["newsdesk_follow_matches_total", "newsdesk_summary_tokens_total", "newsdesk_summary_fallbacks_total", "process_cpu_user_seconds_total", "nodejs_eventloop_lag_seconds"]) {
      expect(samples.has(name), name).toBe(true);
    }
  }, 30_000);

  it("is ready with store, Telegram and scheduler up, and answers 503 naming what is down", async () => {
    world = await startOpsWorld();
    const before = await call(`${world.ops.url}/readyz`);
    expect(before.status).toBe(503);
    expect(JSON.parse(before.body).checks).toContainEqual({ name: "scheduler", ok: false, reason: "the scheduler has not started yet" });
    world.runtime.start();
    const ready = await call(`${world.ops.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toEqual({ ready: true, checks: [{ name: "store", ok: true }, { name: "telegram", ok: true }, { name: "scheduler", ok: true }] });

    await world.telegram.stop();
    const platformDown = await call(`${world.ops.url}/readyz`);
    expect(platformDown.status).toBe(503);
    expect(JSON.parse(platformDown.body).checks).toContainEqual({ name: "telegram", ok: false, reason: "stopped" });

    await world.stores.close();
    const storeDown = await call(`${world.ops.url}/readyz`);
    expect(storeDown.status).toBe(503);
    const store = JSON.parse(storeDown.body).checks.find((check: { name: string }) => check.name === "store");
    expect(store).toMatchObject({ ok: false, reason: expect.stringMatching(/ping after the store was closed/u) });
  });

  it("requires the status token for the page and /metrics when one is set, in the header or the query", async () => {
    const token = "s3cret-status-token-0123";
    world = await startOpsWorld({ token });
    for (const path of ["/", "/metrics"]) {
      expect((await call(`${world.ops.url}${path}`)).status).toBe(401);
      expect((await call(`${world.ops.url}${path}`, { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
      expect((await call(`${world.ops.url}${path}?token=${token}x`)).status).toBe(401);
      expect((await call(`${world.ops.url}${path}`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
      expect((await call(`${world.ops.url}${path}?token=${encodeURIComponent(token)}`)).status).toBe(200);
    }
    expect((await call(`${world.ops.url}/healthz`)).status).toBe(200);
    // The comparison works on digests: tokens of any length are compared without throwing.
    expect(tokenMatches(token, token)).toBe(true);
    expect(tokenMatches("", token)).toBe(false);
    expect(tokenMatches(`${token}${token}`, token)).toBe(false);
    expect(tokenMatches(undefined, token)).toBe(false);
  });

  it("escapes hostile feed titles and errors on the status page", async () => {
    world = await startOpsWorld();
    const gone = world.services.catalog.feeds().find((feed) => feed.url.endsWith("/gone.rss"))!;
    await world.stores.feedStates.put({
      url: gone.url,
      nextPollAt: Date.now() + 60_000,
      consecutiveFailures: 7,
      healthy: false,
      initialized: false,
      lastError: `<script>alert("owned")</script><img src=x onerror=alert(1)> & 'quotes'`,
      lastErrorAt: Date.now(),
    });
    // A feed without a configured name shows its own title: the feed's text, hostile too.
    await world.stores.feedStates.put({ url: world.feedUrl, nextPollAt: Date.now() + 60_000, consecutiveFailures: 0, healthy: true, initialized: true, title: "<b>bold</b>" });
    const page = await call(`${world.ops.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.headers["content-security-policy"]).toMatch(/script-src|default-src 'none'/u);
    expect(page.body).not.toMatch(/<script|<img|onerror=alert\(1\)>/u);
    expect(page.body).toContain("&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &#39;quotes&#39;");
    expect(page.body).toContain("Gone Gazette");
  });
});
