/**
 * The status page and the pending gauge at scale: what one gathering of the page's data (chats per
 * platform, briefings due in the next hour, the feed rows) and one `/metrics` scrape of
 * `newsdesk_outbox_pending` cost with 10,000 and 100,000 chats (SQLite and PostgreSQL), each chat
 * with its briefing due some time in the next 23 hours and one pending outbox record in ten.
 * Medians of several runs. Baseline: the same work at 10,000 chats in the same run. The counts read
 * index ranges (chat keys of a platform, pending records, chats due within the hour), so they grow
 * with the chats, without reading a row's data; the page gathers at most once per 10 s.
 * Run alone: `npx tsx bench/status-page.bench.ts [--max-chats=N] [--stores=sqlite,postgres]`.
 */
import { pathToFileURL } from "node:url";
import { createStatusData } from "../src/adapters/http/status-data.js";
import { DeliveryHistory } from "../src/adapters/metrics/delivery-history.js";
import { createStores, type Stores } from "../src/adapters/store/create-stores.js";
import { encodeRow } from "../src/adapters/store/sql/json-column.js";
import type { ChatSettings } from "../src/core/chats/chat.js";
import { openRawPostgres, openRawSqlite, type RawStore } from "./raw-store.js";

const SIZES = [10_000, 100_000, 1_000_000];
const WARM_UP_RUNS = 3;
const MEASURED_RUNS = 15;
const SEED_CHUNK = 100_000;
const HOUR = 3_600_000;

interface Figures {
  chats: number;
  page: number;
  pending: number;
}

function chatTemplate(now: number): string {
  const settings: ChatSettings = {
    chat: { platform: "telegram", chatId: "__ID__" },
    sections: ["world"],
    follows: [],
    briefing: { enabled: true, time: "07:00", timezone: "Europe/Berlin", weekdays: [1, 2, 3, 4, 5, 6, 7] },
    language: "en",
    lastDigestAt: {},
    createdAt: now - 30 * 24 * HOUR,
    updatedAt: now - 2 * HOUR,
  };
  return encodeRow(settings);
}

async function seed(raw: RawStore, from: number, to: number, now: number): Promise<void> {
  const spread = `CAST(? AS BIGINT) + (CAST(i AS BIGINT) * 7919) % ${23 * HOUR}`;
  for (let start = from; start <= to; start += SEED_CHUNK) {
    const end = Math.min(to, start + SEED_CHUNK - 1);
    // Two chats in three on Telegram, the rest on Discord.
    await raw.insertSeries(
      "chats",
      "chat_key, data, version, next_briefing_at, changed_at, deleted",
      `CASE WHEN i % 3 = 0 THEN 'discord:' ELSE 'telegram:' END || CAST(i AS TEXT), replace(?, '__ID__', CAST(i AS TEXT)), 1, ${spread}, CAST(? AS BIGINT), 0`,
      start,
      end,
      [chatTemplate(now), now, now - 2 * HOUR],
    );
    await raw.insertSeries(
      "outbox",
      "id, status, next_attempt_at, created_at, expires_at, data",
      `'alert:telegram:' || CAST(i AS TEXT), CASE WHEN i % 10 = 0 THEN 'pending' ELSE 'sent' END, ${spread}, CAST(? AS BIGINT), CAST(? AS BIGINT), '{}'`,
      start,
      end,
      [now, now - HOUR, now + 7 * 24 * HOUR],
    );
  }
}

async function medianMs(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let index = 0; index < WARM_UP_RUNS + MEASURED_RUNS; index += 1) {
    const start = performance.now();
    await run();
    if (index >= WARM_UP_RUNS) times.push(performance.now() - start);
  }
  times.sort((left, right) => left - right);
  return times[Math.floor(times.length / 2)]!;
}

function statusOf(stores: Stores) {
  const feeds = Array.from({ length: 200 }, (_, index) => ({ url: `https://feeds.example/${index}.xml`, name: `Feed ${index}` }));
  return createStatusData(
    {
      instanceId: "bench",
      now: () => Date.now(),
      sections: () => [{ id: "world", title: "World", feeds }],
      feedStates: () => stores.feedStates.list(),
      platforms: ["telegram", "discord"],
      countChats: (platform) => stores.subscriptions.count(platform),
      listDueBefore: (until, limit) => stores.subscriptions.listDueBefore(until, limit),
      history: new DeliveryHistory(),
    },
    { cacheMs: 0 },
  );
}

async function benchStore(kind: "sqlite" | "postgres", sizes: number[]): Promise<Figures[]> {
  const raw = kind === "sqlite" ? await openRawSqlite("status") : await openRawPostgres("status");
  const figures: Figures[] = [];
  try {
    const stores = await createStores({ url: raw.url, retentionMs: 7 * 24 * HOUR, namespacePrefix: raw.prefix, operationTimeoutMs: 60_000 });
    try {
      await stores.feedStates.register(Array.from({ length: 200 }, (_, index) => `https://feeds.example/${index}.xml`), Date.now());
      const status = statusOf(stores);
      const now = Date.now();
      let seeded = 0;
      for (const size of sizes) {
        await seed(raw, seeded + 1, size, now);
        await raw.analyze();
        seeded = size;
        const data = await status.get();
        const chats = data.chats.reduce((total, entry) => total + entry.count, 0);
        if (chats !== size || (await stores.outbox.countPending()) !== size / 10) throw new Error(`seeding check failed at ${size}: ${chats} chats`);
        const entry = { chats: size, page: await medianMs(() => status.get()), pending: await medianMs(() => stores.outbox.countPending()) };
        figures.push(entry);
        console.log(`  ${kind.padEnd(8)} ${size.toLocaleString("en-US").padStart(9)} chats: page data ${entry.page.toFixed(2)} ms (${data.upcoming.total} due in the hour), pending gauge ${entry.pending.toFixed(2)} ms`);
      }
    } finally {
      await stores.close();
    }
  } finally {
    await raw.dispose();
  }
  return figures;
}

/** Runs the bench; baseline: the 10,000-chat figures of the same run. */
export async function runStatusPageBench(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const maxChats = Number(argv.find((argument) => argument.startsWith("--max-chats="))?.split("=")[1] ?? 100_000);
  const stores = argv.find((argument) => argument.startsWith("--stores="))?.split("=")[1]?.split(",") ?? ["sqlite", "postgres"];
  const sizes = SIZES.filter((size) => size <= maxChats);
  console.log(`status page data and pending gauge: median of ${MEASURED_RUNS} runs at ${sizes.map((size) => size.toLocaleString("en-US")).join(", ")} chats; baseline: ${sizes[0]!.toLocaleString("en-US")} chats`);
  for (const kind of stores.filter((store): store is "sqlite" | "postgres" => store === "sqlite" || store === "postgres")) {
    const figures = await benchStore(kind, sizes);
    const [first, last] = [figures[0]!, figures.at(-1)!];
    console.log(
      `  ${kind}: ${last.chats.toLocaleString("en-US")} / ${first.chats.toLocaleString("en-US")} chats: page data ${(last.page / first.page).toFixed(2)}×, pending gauge ${(last.pending / first.pending).toFixed(2)}× (index ranges: expected to grow with the chats, not with their data)`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await runStatusPageBench();
  process.exit(0);
}
