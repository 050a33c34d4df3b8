/**
 * Due work at scale: the cost of the recurring jobs when nothing is due, with 10,000, 100,000 and
 * 1,000,000 chats in the store (SQLite and PostgreSQL). Each chat has its briefing due later and one
 * pending outbox record due later (a retry), and each has an alert ledger (one in ten with a held
 * batch due later): the steady state between rounds. Measured: one scheduler tick
 * (`scheduleDueBriefings`), one outbox pass (`drainOutbox`) and one batch flush
 * (`FollowAlertService.flushBatches`), each the median of several runs. Baseline: the same job at
 * 10,000 chats in the same run; the ratio 1M / 10k should stay within 2× (cost follows the due
 * work, found through indexes, not the number of chats).
 * Run alone: `npx tsx bench/due-work.bench.ts [--max-chats=N] [--stores=sqlite,postgres]`.
 */
import { pathToFileURL } from "node:url";
import { createStores, type Stores } from "../src/adapters/store/create-stores.js";
import { encodeRow } from "../src/adapters/store/sql/json-column.js";
import { BriefingService } from "../src/core/digests/briefing-service.js";
import { ChatSettingsService } from "../src/core/chats/chat-settings-service.js";
import { routeByPlatform } from "../src/core/delivery/chat-sender.js";
import { FollowAlertService } from "../src/core/alerts/follow-alerts.js";
import { type AlertLedgerEntry } from "../src/core/alerts/alert-ledger.js";
import type { ChatSettings } from "../src/core/chats/chat.js";
import { drainOutbox } from "../src/core/delivery/drain-outbox.js";
import type { OutboxRecord } from "../src/core/delivery/outbox-ports.js";
import { scheduleDueBriefings } from "../src/core/delivery/schedule-briefings.js";
import type { Clock, Logger } from "../src/core/shared/ports.js";
import { SectionCatalog } from "../src/core/feeds/section-catalog.js";
import { groupAndRankStories } from "../src/core/stories/group-stories.js";
import { openRawPostgres, openRawSqlite, type RawStore } from "./raw-store.js";
import { loadTranslator } from "../src/adapters/i18n/fluent-translator.js";

const SIZES = [10_000, 100_000, 1_000_000];
const WARM_UP_RUNS = 3;
const MEASURED_RUNS = 15;
/** Rows per seeding statement (one transaction each). */
const SEED_CHUNK = 100_000;
const HOUR = 3_600_000;
const silent: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };
const clock: Clock = { now: () => Date.now() };

/** Options of {@link runDueWorkBench}; absent ones come from the command line. */
export interface DueWorkOptions {
  /** Largest store size to run (default 1,000,000). */
  maxChats?: number;
  stores?: ("sqlite" | "postgres")[];
}

interface Figures {
  chats: number;
  seedSeconds: number;
  tick: number;
  drain: number;
  flush: number;
}

/** Placeholders replaced per row by the database: `"__ID__"` by the chat number, `"__NEXT__"` by a time. */
const ID = "__ID__";
const NEXT = "__NEXT__";

/** The stored row of chat `i`, as a template: what `SubscriptionStore.put` writes, with placeholders. */
function chatTemplate(now: number): string {
  const settings: ChatSettings = {
    chat: { platform: "telegram", chatId: ID },
    sections: ["world", "technology"],
    follows: [],
    briefing: { enabled: true, time: "07:00", timezone: "Europe/Berlin", weekdays: [1, 2, 3, 4, 5, 6, 7], since: now - 30 * 24 * HOUR },
    language: "en",
    lastDigestAt: {},
    lastBriefingAt: now - 2 * HOUR,
    createdAt: now - 30 * 24 * HOUR,
    updatedAt: now - 2 * HOUR,
    nextBriefingAt: 0,
  };
  return encodeRow(settings).replace('"nextBriefingAt":0', `"nextBriefingAt":"${NEXT}"`);
}

/** A pending briefing whose first attempt failed: due again later (what a pending record looks like between passes). */
function outboxTemplate(now: number): string {
  const record: OutboxRecord = {
    id: `briefing:telegram:${ID}:2025-05-01`,
    kind: "briefing",
    chat: { platform: "telegram", chatId: ID },
    document: {
      kind: "briefing",
      title: "Your morning briefing",
      sections: [
        {
          heading: "World",
          items: [{ title: "Talks resume at the border", url: "https://example.com/world/1", summary: "Officials met again.", sources: [{ name: "Civic Wire", url: "https://example.com" }] }],
        },
      ],
    },
    status: "pending",
    createdAt: now - HOUR,
    createdBy: "bench:seed",
    attempts: 1,
    nextAttemptAt: 0,
    partsSent: 0,
    lastError: "network error",
  };
  return encodeRow(record).replace('"nextAttemptAt":0', `"nextAttemptAt":"${NEXT}"`);
}

function ledgerTemplate(now: number, held: boolean): string {
  const entry: AlertLedgerEntry = {
    recent: [{ articleId: "a1b2c3d4e5f6", at: now - HOUR }],
    windowStart: now - HOUR,
    sentInWindow: held ? 5 : 1,
    pending: held ? [{ articleId: "f6e5d4c3b2a1", reason: "mentions Ukraine in the title" }] : [],
  };
  return encodeRow(entry);
}

/**
 * Seeds chats `from..to` (and their outbox records and ledgers) in the store's row format. Times
 * are spread over the next 23 hours in a scattered order, so index inserts land all over the tree.
 */
async function seed(raw: RawStore, from: number, to: number, now: number): Promise<void> {
  const spread = `CAST(? AS BIGINT) + (CAST(i AS BIGINT) * 7919) % ${23 * HOUR}`;
  const id = "CAST(i AS TEXT)";
  for (let start = from; start <= to; start += SEED_CHUNK) {
    const end = Math.min(to, start + SEED_CHUNK - 1);
    await raw.insertSeries(
      "chats",
      "chat_key, data, version, next_briefing_at, changed_at, deleted",
      `'telegram:' || ${id}, replace(replace(?, '${ID}', ${id}), '"${NEXT}"', CAST(${spread} AS TEXT)), 1, ${spread}, CAST(? AS BIGINT), 0`,
      start,
      end,
      [chatTemplate(now), now + HOUR, now + HOUR, now - 2 * HOUR],
    );
    await raw.insertSeries(
      "outbox",
      "id, status, next_attempt_at, created_at, expires_at, data",
      `'briefing:telegram:' || ${id} || ':2025-05-01', 'pending', ${spread}, CAST(? AS BIGINT), CAST(? AS BIGINT),
       replace(replace(?, '${ID}', ${id}), '"${NEXT}"', CAST(${spread} AS TEXT))`,
      start,
      end,
      [now + HOUR, now - HOUR, now - HOUR + 7 * 24 * HOUR, outboxTemplate(now), now + HOUR],
    );
    await raw.insertSeries(
      "alert_ledgers",
      "chat_key, data, due_at, expires_at",
      `'telegram:' || ${id}, CASE WHEN i % 10 = 0 THEN ? ELSE ? END, CASE WHEN i % 10 = 0 THEN ${spread} ELSE NULL END, CAST(? AS BIGINT)`,
      start,
      end,
      [ledgerTemplate(now, true), ledgerTemplate(now, false), now + HOUR, now + 7 * 24 * HOUR],
    );
  }
}

/** The jobs under test, built on real services (the follow index stays empty: it plays no part here). */
function buildJobs(stores: Stores) {
  const catalog = new SectionCatalog([
    { id: "world", title: "World", description: "", feeds: [] },
    { id: "technology", title: "Technology", description: "", feeds: [] },
  ]);
  const chats = new ChatSettingsService(stores.subscriptions, catalog, clock, {
    defaultTimezone: "UTC",
    defaultBriefingTime: "07:00",
    maxSectionsPerChat: 10,
    maxFollowsPerChat: 50,
  });
  const briefings = new BriefingService({ articles: stores.articles, chats, catalog, clock, groupStories: groupAndRankStories, storiesPerSection: 5 , translator: loadTranslator() });
  const alerts = new FollowAlertService({
    articles: stores.articles,
    subscriptions: stores.subscriptions,
    ledger: stores.alertLedger(7 * 24 * HOUR),
    outbox: stores.outbox,
    clock,
    logger: silent,
    policy: { maxPerHour: 5, storyWindowMs: 48 * HOUR, maxBatchItems: 20 },
    instanceId: "bench",
    translator: loadTranslator(),
  });
  return {
    async tick(): Promise<number> {
      const result = await scheduleDueBriefings({
        subscriptions: stores.subscriptions,
        chats,
        briefings,
        outbox: stores.outbox,
        clock,
        logger: silent,
        graceMs: HOUR,
        instanceId: "bench",
      });
      return result.queued + result.skipped;
    },
    async drain(): Promise<number> {
      const result = await drainOutbox({
        outbox: stores.outbox,
        sender: routeByPlatform([]),
        clock,
        logger: silent,
        owner: "bench",
        leaseMs: 60_000,
        maxAttempts: 10,
        concurrency: 16,
        pauseChat: (chat, reason) => chats.pause(chat, reason),
      });
      return result.sent + result.failed + result.retried + result.uncertain + result.busy;
    },
    flush: () => alerts.flushBatches(),
  };
}

/** The store reads the seeded rows as its own (format and counts), so the figures are about real rows. */
async function checkSeeded(stores: Stores, size: number): Promise<void> {
  const chat = { platform: "telegram" as const, chatId: String(size) };
  const settings = await stores.subscriptions.get(chat);
  const record = await stores.outbox.get(`briefing:telegram:${size}:2025-05-01`);
  const ledger = await stores.alertLedger(7 * 24 * HOUR).get(`telegram:${size}`);
  const [chats, pending] = [await stores.subscriptions.count(), await stores.outbox.countPending()];
  if (!settings || record?.status !== "pending" || !ledger || chats !== size || pending !== size) {
    throw new Error(`seeding check failed at ${size}: chats ${chats}, pending ${pending}, ledger ${ledger ? "ok" : "missing"}`);
  }
}

/** Median milliseconds of `run` (which must find nothing to do). */
async function medianMs(name: string, run: () => Promise<number>): Promise<number> {
  const times: number[] = [];
  for (let index = 0; index < WARM_UP_RUNS + MEASURED_RUNS; index += 1) {
    const start = performance.now();
    const done = await run();
    const elapsed = performance.now() - start;
    if (done !== 0) throw new Error(`${name} found ${done} things to do; the bench expects nothing due`);
    if (index >= WARM_UP_RUNS) times.push(elapsed);
  }
  times.sort((left, right) => left - right);
  return times[Math.floor(times.length / 2)]!;
}

async function benchStore(kind: "sqlite" | "postgres", sizes: number[]): Promise<Figures[]> {
  const raw = kind === "sqlite" ? await openRawSqlite("duework") : await openRawPostgres("duework");
  const figures: Figures[] = [];
  try {
    // The store creates its tables; the raw connection then fills them behind its back.
    const stores = await createStores({ url: raw.url, retentionMs: 7 * 24 * HOUR, namespacePrefix: raw.prefix, operationTimeoutMs: 60_000 });
    try {
      const jobs = buildJobs(stores);
      const now = Date.now();
      let seeded = 0;
      for (const size of sizes) {
        const seedStart = performance.now();
        await seed(raw, seeded + 1, size, now);
        await raw.analyze();
        const seedSeconds = (performance.now() - seedStart) / 1000;
        seeded = size;
        await checkSeeded(stores, size);
        const entry: Figures = {
          chats: size,
          seedSeconds,
          tick: await medianMs("scheduler tick", jobs.tick),
          drain: await medianMs("outbox pass", jobs.drain),
          flush: await medianMs("batch flush", jobs.flush),
        };
        figures.push(entry);
        console.log(
          `  ${kind.padEnd(8)} ${count(size).padStart(9)} chats: seeded +${count(size - (figures.at(-2)?.chats ?? 0))} in ${entry.seedSeconds.toFixed(1)} s; ` +
            `tick ${ms(entry.tick)}, outbox pass ${ms(entry.drain)}, flush ${ms(entry.flush)}`,
        );
      }
    } finally {
      await stores.close();
    }
  } finally {
    await raw.dispose();
  }
  return figures;
}

const ms = (value: number): string => `${value.toFixed(2)} ms`;
const count = (value: number): string => value.toLocaleString("en-US");

/** `--max-chats=N` and `--stores=a,b` from the command line. */
function optionsFromArgv(argv: readonly string[]): DueWorkOptions {
  const options: DueWorkOptions = {};
  for (const argument of argv) {
    const [name, value = ""] = argument.split("=", 2);
    if (name === "--max-chats" && Number(value) > 0) options.maxChats = Number(value);
    if (name === "--stores") options.stores = value.split(",").filter((store): store is "sqlite" | "postgres" => store === "sqlite" || store === "postgres");
  }
  return options;
}

/** Runs the bench and prints a table per store; baseline: the 10,000-chat figures of the same run. */
export async function runDueWorkBench(options: DueWorkOptions = optionsFromArgv(process.argv.slice(2))): Promise<void> {
  const maxChats = options.maxChats ?? SIZES.at(-1)!;
  const sizes = SIZES.filter((size) => size <= maxChats);
  const kinds = options.stores?.length ? options.stores : (["sqlite", "postgres"] as const);
  console.log(
    `due work with nothing due: median of ${MEASURED_RUNS} runs (after ${WARM_UP_RUNS} warm-up) at ${sizes.map(count).join(", ")} chats` +
      `${maxChats < SIZES.at(-1)! ? ` (--max-chats=${count(maxChats)})` : ""}; baseline: the same job at ${count(sizes[0]!)} chats`,
  );
  for (const kind of kinds) {
    const figures = await benchStore(kind, sizes);
    const [first, last] = [figures[0]!, figures.at(-1)!];
    const ratio = (pick: (entry: Figures) => number): string => `${(pick(last) / pick(first)).toFixed(2)}×`;
    console.log(
      `  ${kind}: ${count(last.chats)} / ${count(first.chats)} chats: tick ${ratio((entry) => entry.tick)}, ` +
        `outbox pass ${ratio((entry) => entry.drain)}, flush ${ratio((entry) => entry.flush)} (target: within 2×, each under 100 ms at 1M)`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await runDueWorkBench();
  process.exit(0);
}
