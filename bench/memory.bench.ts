/**
 * Memory of one instance: the RSS of a child process running the real start-up path
 * (bench/memory-child.ts) on a store seeded with N chats × 10 follows, idle and during a briefing
 * round of a few thousand due chats. Follows are distributed as in real use: most chats follow a
 * few popular topics (a skewed pick from 4,000 shared definitions), some follow long-tail topics
 * few others follow, and some add a personal alias (a definition of their own). Baseline: the same
 * instance on an empty store, measured in the same run; the target is at most 300 MB RSS at
 * 100,000 chats.
 * Run alone: `npx tsx bench/memory.bench.ts [--max-chats=N] [--store=sqlite|postgres] [--heap-snapshots=DIR]`.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createStores } from "../src/adapters/store/create-stores.js";
import { encodeRow } from "../src/adapters/store/sql/json-column.js";
import type { ChatSettings } from "../src/core/chats/chat.js";
import type { Follow } from "../src/core/follows/follow.js";
import type { MemoryReport } from "./memory-child.js";
import { RUNTIME_ENV, RUNTIME_NODE_FLAGS } from "../src/runtime-tuning.js";
import { openRawPostgres, openRawSqlite, type RawStore, type SqlValue } from "./raw-store.js";

const SIZES = [0, 100_000, 1_000_000];
const FOLLOWS_PER_CHAT = 10;
const DUE_CHATS = 3_000;
const SEED_CHUNK = 10_000;
const HOUR = 3_600_000;
const TARGET_MB = 300;
const repoRoot = path.resolve(import.meta.dirname, "..");

/** Options of {@link runMemoryBench}; absent ones come from the command line. */
export interface MemoryBenchOptions {
  maxChats?: number;
  store?: "sqlite" | "postgres";
  /** Where each child writes a heap snapshot once its services are built (see bench/heap-summary.ts). */
  heapSnapshotDir?: string;
  /** Prints each child's whole report too. */
  verbose?: boolean;
}

/** mulberry32: a small seeded generator, so every run seeds the same follows. */
function createRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = "ka ro vin tel mar zu qua len dor ix an bel cor dra fen gal hos jor kel lum nor pra sil tor ul vey wen yar zor ne ri sa to mi".split(" ");
const NOUNS = "Panda Group Bank Party Front Alliance Council Airlines Motors Institute Ministry Union".split(" ");

/** Chats' follows: 85% popular shared topics, 10% long-tail topics, 5% a shared topic with a personal alias. */
function createFollowSource(seed: number) {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const name = (): string => {
    let text = "";
    for (let index = 0, syllables = 2 + Math.floor(random() * 3); index < syllables; index += 1) text += pick(SYLLABLES);
    return text[0]!.toUpperCase() + text.slice(1);
  };
  const toFollow = (topic: string, aliases: string[]): Follow => ({ id: topic.toLowerCase(), topic, aliases, createdAt: 1_700_000_000_000 });
  const popular = Array.from({ length: 4_000 }, (_, index) =>
    toFollow(index % 4 === 3 ? `${name()} ${pick(NOUNS)}` : name(), random() < 0.3 ? [name()] : []),
  );
  const longTail = Array.from({ length: 200_000 }, () => toFollow(`${name()} ${name()}`, []));
  return (chat: number): Follow[] => {
    const follows = new Map<string, Follow>();
    while (follows.size < FOLLOWS_PER_CHAT) {
      const roll = random();
      if (roll < 0.85) {
        const base = popular[Math.floor(random() ** 2.5 * popular.length)]!;
        follows.set(base.id, base);
      } else if (roll < 0.95) {
        const base = pick(longTail);
        follows.set(base.id, base);
      } else {
        const base = pick(popular);
        follows.set(base.id, { ...base, aliases: [...base.aliases, `${name()} ${chat}`] });
      }
    }
    return [...follows.values()];
  };
}

/** The UTC `HH:MM` of a minute ago: chats briefed then are due now (well within the grace period). */
function minuteAgo(now: number): string {
  const due = new Date(now - 60_000);
  return `${String(due.getUTCHours()).padStart(2, "0")}:${String(due.getUTCMinutes()).padStart(2, "0")}`;
}

/** Seeds `size` chats with follows; the first {@link DUE_CHATS} are due for their briefing now. */
async function seedChats(raw: RawStore, size: number): Promise<number> {
  const start = performance.now();
  const followsOf = createFollowSource(20250501);
  const now = Date.now();
  const dueTime = minuteAgo(now);
  const columns = ["chat_key", "data", "version", "next_briefing_at", "changed_at", "deleted"];
  for (let first = 1; first <= size; first += SEED_CHUNK) {
    const rows: SqlValue[][] = [];
    for (let index = first; index < first + SEED_CHUNK && index <= size; index += 1) {
      const due = index <= DUE_CHATS;
      const settings: ChatSettings = {
        chat: { platform: "telegram", chatId: String(100_000_000 + index) },
        sections: ["world", "technology"],
        follows: followsOf(index),
        briefing: { enabled: true, time: due ? dueTime : "07:00", timezone: "UTC", weekdays: [1, 2, 3, 4, 5, 6, 7], since: now - 30 * 24 * HOUR },
        language: "en",
        lastDigestAt: {},
        createdAt: now - 30 * 24 * HOUR,
        updatedAt: now - 2 * HOUR,
        nextBriefingAt: due ? now - 60_000 : now + HOUR + ((index * 7919) % (22 * HOUR)),
      };
      rows.push([`telegram:${settings.chat.chatId}`, encodeRow(settings), 1, settings.nextBriefingAt ?? null, settings.updatedAt, 0]);
    }
    await raw.insertRows("chats", columns, rows);
  }
  await raw.analyze();
  return (performance.now() - start) / 1000;
}

/** Runs the child on the seeded store; resolves with its report. */
function runChild(raw: RawStore, snapshotFile: string | undefined): Promise<MemoryReport> {
  return new Promise((resolve, reject) => {
    const args = [...RUNTIME_NODE_FLAGS, "--expose-gc", "--import", "tsx", path.join(repoRoot, "bench/memory-child.ts"), raw.url, raw.prefix, ...(snapshotFile ? [snapshotFile] : [])];
    // Started as `npm start` starts newsdesk (src/runtime-tuning.ts).
    const child = spawn(process.execPath, args, {
      cwd: repoRoot,
      env: { ...process.env, ...RUNTIME_ENV },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let errors = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const line = output.split("\n").find((candidate) => candidate.startsWith("MEMORY "));
      if (code !== 0 || !line) reject(new Error(`memory child exited ${code}: ${errors.slice(-2000)}`));
      else resolve(JSON.parse(line.slice("MEMORY ".length)) as MemoryReport);
    });
  });
}

const mb = (bytes: number): string => `${(bytes / 1_048_576).toFixed(0)} MB`;
const count = (value: number): string => value.toLocaleString("en-US");

function optionsFromArgv(argv: readonly string[]): MemoryBenchOptions {
  const options: MemoryBenchOptions = {};
  for (const argument of argv) {
    const [name, value = ""] = argument.split("=", 2);
    if (name === "--max-chats" && Number(value) >= 0) options.maxChats = Number(value);
    if (name === "--verbose") options.verbose = true;
    if (name === "--heap-snapshots" && value) options.heapSnapshotDir = path.resolve(value);
    if (name === "--store" && (value === "sqlite" || value === "postgres")) options.store = value;
  }
  return options;
}

/** Prints RSS idle and during a round at each size, the breakdown, and the ratio to the empty instance. */
export async function runMemoryBench(options: MemoryBenchOptions = optionsFromArgv(process.argv.slice(2))): Promise<void> {
  const maxChats = options.maxChats ?? SIZES.at(-1)!;
  const kind = options.store ?? "sqlite";
  const sizes = SIZES.filter((size) => size <= maxChats);
  console.log(
    `instance RSS on ${kind} at ${sizes.map(count).join(", ")} chats × ${FOLLOWS_PER_CHAT} follows${maxChats < SIZES.at(-1)! ? ` (--max-chats=${count(maxChats)})` : ""}; ` +
      `round: ${count(DUE_CHATS)} due briefings, no-op sender; baseline: the same instance on an empty store`,
  );
  let baseline: MemoryReport | undefined;
  for (const size of sizes) {
    const raw = kind === "sqlite" ? await openRawSqlite("memory") : await openRawPostgres("memory");
    try {
      await (await createStores({ url: raw.url, retentionMs: 86_400_000, namespacePrefix: raw.prefix })).close();
      const seedSeconds = await seedChats(raw, size);
      const snapshotFile = options.heapSnapshotDir ? path.join(options.heapSnapshotDir, `instance-${size}.heapsnapshot`) : undefined;
      const report = await runChild(raw, snapshotFile);
      baseline ??= report;
      if (options.verbose) console.log(`      report: ${JSON.stringify(report)}`);
      // The index keeps long lists in typed arrays, outside the V8 heap: count their buffers too.
      const indexHeap = report.servicesBuilt.heapUsed + report.servicesBuilt.arrayBuffers - report.storeOpen.heapUsed - report.storeOpen.arrayBuffers;
      const { idle } = report;
      console.log(
        `  ${count(size).padStart(9)} chats (seeded in ${seedSeconds.toFixed(1)} s, index loaded in ${report.loadSeconds.toFixed(1)} s): ` +
          `RSS just started ${mb(report.started.rss)}, idle ${mb(idle.rss)}${size > 0 ? ` (${(idle.rss / baseline.idle.rss).toFixed(2)}× the empty instance)` : ""}; ` +
          `round: peak ${mb(report.roundPeakRss)}, after ${mb(report.afterRound.rss)} (${count(report.sent)} sent in ${report.roundSeconds.toFixed(1)} s)`,
      );
      console.log(
        `      idle RSS = V8 heap ${mb(idle.heapTotal)} (used ${mb(idle.heapUsed)}, follow index ≈ ${mb(indexHeap)} with its typed arrays` +
          `${size > 0 ? `, ${(indexHeap / size).toFixed(0)} B per chat` : ""}) + other anonymous ${mb(idle.rssAnon - idle.heapTotal)} ` +
          `(native: ICU, SQLite, malloc) + file-backed ${mb(idle.rssFile)} (code); round peak heap used ${mb(report.roundPeakHeapUsed)}, ` +
          `after the round other anonymous ${mb(report.afterRound.rssAnon - report.afterRound.heapTotal)}`,
      );
      console.log(
        `      index: ${count(report.index.chats)} chats, ${count(report.index.follows)} distinct definitions, ${count(report.index.phrases)} phrases, ${count(report.index.tokens)} tokens` +
          `${size === 100_000 ? ` — idle RSS ${idle.rss <= TARGET_MB * 1_048_576 ? "within" : "ABOVE"} the ${TARGET_MB} MB target` : ""}`,
      );
    } finally {
      await raw.dispose();
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await runMemoryBench();
  process.exit(0);
}
