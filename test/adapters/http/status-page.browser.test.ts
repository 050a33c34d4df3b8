/**
 * The status page in a real browser: system Chromium, headless, renders the page of a seeded
 * newsdesk (feeds, sections, chats, deliveries of the last 24 h, briefings due) with no script, and
 * takes a screenshot (into a temporary folder; with UPDATE_SCREENSHOTS=1, the README's
 * docs/images/status-page.png). Chromium is required (`apt-get install -y chromium`; .ci/run installs
 * it): without it the test fails, saying so.
 */
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import type { DeliveryResult } from "../../../src/core/shared/metrics.js";
import { makeSettings } from "../../contract/subscription-store.contract.js";
import { startOpsWorld, type OpsWorld } from "./ops-world.js";

const run = promisify(execFile);
// The README's image is refreshed on request only: a test run leaves the working tree as it was.
const SCREENSHOT =
  process.env.UPDATE_SCREENSHOTS === "1"
    ? path.resolve(import.meta.dirname, "../../../docs/images/status-page.png")
    : path.join(mkdtempSync(path.join(tmpdir(), "newsdesk-screenshot-")), "status-page.png");

function findChromium(): string | undefined {
  try {
    return execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const chromium = findChromium();

/** Runs headless Chromium on `url` with its own profile; resolves its stdout and stderr. */
async function headless(args: string[], url: string): Promise<{ stdout: string; stderr: string }> {
  const profile = mkdtempSync(path.join(tmpdir(), "newsdesk-chromium-"));
  try {
    return await run(
      chromium ?? "chromium",
      ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--enable-logging=stderr", `--user-data-dir=${profile}`, ...args, url],
      { timeout: 90_000, maxBuffer: 16 * 1024 * 1024 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

let world: OpsWorld | undefined;
afterAll(async () => world?.close());

/** A deterministic day of deliveries: more in the morning, a few failures and retries. */
function seedDeliveries(at: { now: number | undefined }, record: (result: DeliveryResult) => void): void {
  const now = Date.now();
  for (let hoursAgo = 23; hoursAgo >= 0; hoursAgo -= 1) {
    at.now = now - hoursAgo * 3_600_000;
    const sent = 4 + ((hoursAgo * 7) % 11) + (hoursAgo % 24 === 17 ? 30 : 0);
    for (let index = 0; index < sent; index += 1) record("sent");
    for (let index = 0; index < hoursAgo % 4; index += 1) record("retried");
    if (hoursAgo % 6 === 2) record("failed");
  }
  at.now = undefined;
}

describe("status page in headless Chromium", () => {
  it("renders feeds, sections, chats, the next hour and the 24 h charts, without script, and is screenshotted", async () => {
    if (!chromium) throw new Error("the status page test needs Chromium: apt-get install -y chromium");
    const at: { now: number | undefined } = { now: undefined };
    world = await startOpsWorld({ metricsNow: () => at.now ?? Date.now() });
    const now = Date.now();
    const [healthy, failing] = world.services.catalog.feeds();
    await world.stores.feedStates.put({ url: healthy!.url, nextPollAt: now + 600_000, consecutiveFailures: 0, healthy: true, initialized: true, lastSuccessAt: now - 120_000, title: "Newsroom" });
    await world.stores.feedStates.put({
      url: failing!.url,
      nextPollAt: now + 600_000,
      consecutiveFailures: 6,
      healthy: false,
      initialized: false,
      lastError: 'HTTP 404 from <gone.example> "not here"',
      lastErrorAt: now - 300_000,
    });
    for (let index = 0; index < 5; index += 1) {
      await world.stores.subscriptions.put(makeSettings({ platform: "telegram", chatId: String(1000 + index) }, { nextBriefingAt: now + (index + 1) * 600_000 }));
    }
    for (let index = 0; index < 3; index += 1) {
      await world.stores.subscriptions.put(makeSettings({ platform: "discord", chatId: `88000${index}` }, { nextBriefingAt: now + 7_200_000 }));
    }
    seedDeliveries(at, (result) => world!.metrics.delivery("telegram", result));

    const url = `${world.ops.url}/`;
    const { stdout: dom, stderr } = await headless(["--dump-dom"], url);
    // The page as Chromium built it: title, tiles, both charts with bars, every table.
    expect(dom).toContain("<title>newsdesk status</title>");
    expect(dom).toMatch(/<figure class="chart" id="chart-deliveries">[\s\S]*?<rect class="bar ok"[\s\S]*?<\/figure>/u);
    expect(dom).toMatch(/<figure class="chart" id="chart-failures">[\s\S]*?<rect class="bar bad"[\s\S]*?<\/figure>/u);
    expect(dom.match(/<tr class="feed">/gu)).toHaveLength(2);
    expect(dom).toMatch(/<span class="state bad">unhealthy<\/span><\/td><td>Gone Gazette/u);
    expect(dom).toContain("HTTP 404 from &lt;gone.example&gt; \"not here\"");
    expect(dom).toMatch(/<table id="sections">[\s\S]*<td>news<\/td><td>News<\/td><td>2<\/td>/u);
    expect(dom).toMatch(/<table id="chats">[\s\S]*<td>telegram<\/td><td>5<\/td>[\s\S]*<td>discord<\/td><td>3<\/td>/u);
    expect(dom).toMatch(/<div class="tile" id="tile-upcoming"><b>5<\/b>/u);
    expect(dom.match(/<table id="upcoming">[\s\S]*?<\/table>/u)?.[0].match(/telegram:10\d\d/gu)).toHaveLength(5);
    expect(dom).not.toContain("<script");
    // The inline style is allowed by the page's Content-Security-Policy: Chromium refused nothing.
    expect(stderr).not.toMatch(/Content Security Policy/iu);

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await headless([`--screenshot=${SCREENSHOT}`, "--window-size=1280,900", "--hide-scrollbars"], url);
    const png = readFileSync(SCREENSHOT);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.length).toBeGreaterThan(20_000);
  }, 180_000);
});
