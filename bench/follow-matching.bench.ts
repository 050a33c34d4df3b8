/**
 * Follow matching at scale: 100,000 chats × 10 follows against a few hundred realistic articles,
 * compared with a naive baseline (one case-insensitive whole-word regex per follow name, looped
 * over every follow). Run: `node --expose-gc --import tsx bench/follow-matching.bench.ts`.
 * Deterministic data (seeded generator); timings of course vary by machine.
 *
 * A second pass turns single-word topics into prefix forms, one id in ten ("Karovin" → "Karovi*", which also
 * matches "Karovins"), to show what prefix forms cost: the same index, with the prefix lookups of
 * follow-index.ts, against the same baseline (whose last word then takes any ending).
 */
import { pathToFileURL } from "node:url";
import type { Follow } from "../src/core/follows/follow.js";
import { createFollowIndex } from "../src/core/follows/follow-index.js";
import { type FollowMatch, type MatchableArticle } from "../src/core/follows/follow-match.js";
import { foldText, tokenize } from "../src/core/shared/fold-text.js";

const CHATS = 100_000;
const FOLLOWS_PER_CHAT = 10;
const ARTICLES = 300;
const SUBSET_CHATS = 1_000;
const EXTRAPOLATED_FOLLOWS = 1_000_000;
const BODY_LIMIT = 20_000;

/** mulberry32: a small seeded generator, so every run uses the same data. */
function createRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = 20250501;
let random = createRandom(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
/** Skewed towards the start of the list: popular topics are followed by many chats. */
const pickPopular = <T>(items: readonly T[]): T => items[Math.floor(random() ** 2.5 * items.length)]!;

const SYLLABLES = "ka ro vin tel mar zu qua len dor ix an bel cor dra fen gal hos jor kel lum nor pra sil tor ul vey wen yar zor ne ri sa to mi".split(" ");
const NOUNS = "Panda Group Bank Party Front Alliance Council Airlines Motors Institute Ministry Union".split(" ");
const WORDS = ("the a of to in and said on for with that was as at by from it has have will are were after " +
  "government minister police officials report year week people city country new talks deal market prices " +
  "election vote court law plan attack security forces company shares energy oil gas workers strike health " +
  "hospital school children water storm fire border trade tariffs bank rates growth economy crisis support " +
  "leaders meeting summit statement spokesman according percent million billion announced expected").split(" ");

function generateNames(count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    let name = "";
    for (let i = 0, n = 2 + Math.floor(random() * 2); i < n; i++) name += pick(SYLLABLES);
    if (random() < 0.05) name = name.replace("a", "á").replace("s", "š");
    names.add(name[0]!.toUpperCase() + name.slice(1));
  }
  return [...names];
}

function generateWorld() {
  const names = generateNames(3_000);
  const phrases = Array.from({ length: 1_000 }, (_, i) => `${names[i * 3]} ${pick(NOUNS)}`);
  const entities = [...names, ...phrases];
  const pool: Follow[] = Array.from({ length: 4_000 }, (_, i) => {
    const topic = i % 4 === 3 ? phrases[i % phrases.length]! : names[(i * 7) % names.length]!;
    const aliases = random() < 0.3 ? [pick(entities), ...(random() < 0.3 ? [pick(entities)] : [])] : [];
    return { id: topic.toLowerCase(), topic, aliases, createdAt: 0 };
  });
  const chatFollows: Follow[][] = Array.from({ length: CHATS }, (_, chat) => {
    const follows = new Map<string, Follow>();
    while (follows.size < FOLLOWS_PER_CHAT) {
      const base = pickPopular(pool);
      // 5% of follows carry a personal alias, so not every definition is shared.
      follows.set(base.id, random() < 0.05 ? { ...base, aliases: [...base.aliases, `${pick(names)} ${chat}`] } : base);
    }
    return [...follows.values()];
  });
  const sentence = (length: number, mentions: number): string => {
    const words = Array.from({ length }, () => pick(WORDS));
    for (let i = 0; i < mentions; i++) {
      const entity = random() < 0.5 ? pickPopular(entities) : pick(entities);
      words[Math.floor(random() * length)] = entity + (random() < 0.1 ? "'s" : random() < 0.05 ? "s" : "");
    }
    return `${words.join(" ")}.`;
  };
  const articles: MatchableArticle[] = Array.from({ length: ARTICLES }, () => ({
    title: sentence(10, 1),
    summary: sentence(30, 2),
    tags: [pick(entities), pick(WORDS)],
    body: Array.from({ length: 15 }, () => sentence(20, random() < 0.3 ? 1 : 0)).join(" "),
  }));
  return { chatFollows, articles };
}

interface NaiveFollow {
  chatKey: string;
  follow: Follow;
  names: Array<{ name: string; pattern: RegExp }>;
}

/** The baseline: one precompiled whole-word regex per follow name, over folded text. */
function buildNaive(chatFollows: Follow[][]): NaiveFollow[] {
  const escape = (token: string) => token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return chatFollows.flatMap((follows, chat) =>
    follows.map((follow) => ({
      chatKey: `chat:${chat}`,
      follow,
      names: [follow.topic, ...follow.aliases].flatMap((name) => {
        const tokens = tokenize(name, 9);
        if (name.trim().length > 100 || tokens.length === 0 || tokens.length > 8) return [];
        const prefix = /[\p{L}\p{N}\p{M}]\*$/u.test(name.trim());
        const body = tokens.map(escape).join("[^\\p{L}\\p{N}]+") + (prefix ? "[\\p{L}\\p{N}\\p{M}]*" : "");
        return [{ name: name.trim(), pattern: new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${body}(?![\\p{L}\\p{N}\\p{M}])`, "iu") }];
      }),
    })),
  );
}

function matchNaive(naive: readonly NaiveFollow[], article: MatchableArticle): FollowMatch[] {
  const fields: Array<[FollowMatch["field"], string[]]> = [
    ["title", [foldText(article.title)]],
    ["tags", article.tags.map(foldText)],
    ["summary", [foldText(article.summary)]],
    ["body", [foldText((article.body ?? "").slice(0, BODY_LIMIT))]],
  ];
  const matches: FollowMatch[] = [];
  for (const { chatKey, follow, names } of naive) {
    search: for (const [field, texts] of fields) {
      for (const { name, pattern } of names) {
        if (texts.some((text) => pattern.test(text))) {
          matches.push({ chatKey, followId: follow.id, topic: follow.topic.trim(), matchedName: name, field });
          break search;
        }
      }
    }
  }
  return matches;
}

function timeEach<T>(items: readonly T[], run: (item: T) => unknown, warmUp = 20): number[] {
  for (const item of items.slice(0, warmUp)) run(item);
  return items.map((item) => {
    const started = performance.now();
    run(item);
    return performance.now() - started;
  });
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
};
const ms = (value: number): string => `${value.toFixed(3)} ms`;
const count = (value: number): string => value.toLocaleString("en-US");
const gc = (globalThis as { gc?: () => void }).gc;
/** V8 heap used plus typed-array buffers (the index keeps long lists in typed arrays, outside the heap). */
function heapUsed(): number {
  if (gc) for (let i = 0; i < 3; i++) gc();
  const { heapUsed: used, arrayBuffers } = process.memoryUsage();
  return used + arrayBuffers;
}
const key = (m: FollowMatch): string => `${m.chatKey}|${m.followId}|${m.field}|${m.matchedName}`;

/** Single-word topics of 6+ letters, one id in ten, as prefix forms: the topic's last letter replaced by "*". */
function withPrefixForms(follows: Follow[]): Follow[] {
  return follows.map((follow) => {
    let hash = 0;
    for (const char of follow.id) hash = (hash * 31 + char.charCodeAt(0)) | 0;
    if (Math.abs(hash) % 10 !== 0 || follow.topic.includes(" ") || follow.topic.length < 6) return follow;
    return { ...follow, id: `${follow.id.slice(0, -1)}*`, topic: `${follow.topic.slice(0, -1)}*` };
  });
}

/** The same figures with prefix forms among the follows. */
function runPrefixPass(chatFollows: Follow[][], articles: MatchableArticle[], plainMedian: number): string[] {
  const prefixed = chatFollows.map(withPrefixForms);
  const prefixFollows = prefixed.flat().filter((follow) => follow.topic.endsWith("*"));
  const prefixForms = new Set(prefixFollows.map((follow) => follow.id)).size;
  const index = createFollowIndex();
  prefixed.forEach((follows, chat) => index.setChatFollows(`chat:${chat}`, follows));
  const times = timeEach(articles, (article) => index.match(article));
  const total = articles.reduce((sum, article) => sum + index.match(article).length, 0);
  const subset = prefixed.slice(0, SUBSET_CHATS);
  const subsetIndex = createFollowIndex();
  subset.forEach((follows, chat) => subsetIndex.setChatFollows(`chat:${chat}`, follows));
  const naive = buildNaive(subset);
  const checked = articles.slice(0, 50);
  let agreeing = 0;
  for (const article of checked) {
    const expected = matchNaive(naive, article).map(key).sort();
    const actual = subsetIndex.match(article).map(key).sort();
    if (expected.length === actual.length && expected.every((value, i) => value === actual[i])) agreeing++;
  }
  const median = percentile(times, 0.5);
  return [
    `with prefix forms (${count(prefixForms)} distinct prefix definitions, ${count(prefixFollows.length)} of the ${count(CHATS * FOLLOWS_PER_CHAT)} follows): index match median ${ms(median)}, p95 ${ms(percentile(times, 0.95))}, avg ${(total / articles.length).toFixed(0)} matches each`,
    `  ratio with / without prefix forms (median): ${(median / plainMedian).toFixed(2)}×`,
    `  agreement with the baseline (prefix regexes) on the ${count(naive.length)}-follow subset: ${agreeing}/${checked.length} articles`,
  ];
}

/** Builds the full index, times matching against it and against the naive baseline, and prints the figures. */
export async function runFollowMatchingBench(): Promise<void> {
  let world: ReturnType<typeof generateWorld> | undefined;
  const heapBefore = heapUsed();
  world = generateWorld();
  const { articles } = world;

  const index = createFollowIndex();
  const buildStarted = performance.now();
  world.chatFollows.forEach((follows, chat) => index.setChatFollows(`chat:${chat}`, follows));
  const buildMs = performance.now() - buildStarted;
  const subsetFollows = world.chatFollows.slice(0, SUBSET_CHATS);
  world = undefined;
  const heapAfter = heapUsed();

  const stats = index.stats();
  const indexTimes = timeEach(articles, (article) => index.match(article));
  const totalMatches = articles.reduce((sum, article) => sum + index.match(article).length, 0);

  const subsetIndex = createFollowIndex();
  subsetFollows.forEach((follows, chat) => subsetIndex.setChatFollows(`chat:${chat}`, follows));
  const naive = buildNaive(subsetFollows);
  const naiveResults = new Map<MatchableArticle, FollowMatch[]>();
  const naiveTimes = timeEach(articles, (article) => naiveResults.set(article, matchNaive(naive, article)), 5);
  const subsetIndexTimes = timeEach(articles, (article) => subsetIndex.match(article));
  let agreeing = 0;
  let subsetMatches = 0;
  for (const article of articles) {
    const expected = naiveResults.get(article)!.map(key).sort();
    const actual = subsetIndex.match(article).map(key).sort();
    subsetMatches += actual.length;
    if (expected.length === actual.length && expected.every((value, i) => value === actual[i])) agreeing++;
  }

  const subsetSize = naive.length;
  const factor = EXTRAPOLATED_FOLLOWS / subsetSize;
  const indexMedian = percentile(indexTimes, 0.5);
  const naiveMedian = percentile(naiveTimes, 0.5);
  const memoryMethod = gc ? "heap delta after forced GC (--expose-gc)" : "process.memoryUsage().heapUsed delta, no forced GC (run with --expose-gc for a precise figure)";
  const lines = [
    `follow matching: ${count(CHATS)} chats × ${FOLLOWS_PER_CHAT} follows = ${count(CHATS * FOLLOWS_PER_CHAT)} follows`,
    `  interned: ${count(stats.follows)} distinct follow definitions, ${count(stats.phrases)} phrases, ${count(stats.tokens)} tokens`,
    `index build: ${ms(buildMs)} (${(buildMs * 1000 / CHATS).toFixed(1)} µs per chat)`,
    `index memory: ${((heapAfter - heapBefore) / 1024 / 1024).toFixed(1)} MB (${memoryMethod})`,
    `index match per article (${articles.length} articles, avg ${(totalMatches / articles.length).toFixed(0)} matches each): median ${ms(indexMedian)}, p95 ${ms(percentile(indexTimes, 0.95))}`,
    `naive baseline (one whole-word regex per follow name over folded text), measured on ${count(subsetSize)} follows: median ${ms(naiveMedian)}, p95 ${ms(percentile(naiveTimes, 0.95))}`,
    `  index on the same ${count(subsetSize)} follows: median ${ms(percentile(subsetIndexTimes, 0.5))}`,
    `  baseline extrapolated linearly to ${count(EXTRAPOLATED_FOLLOWS)} follows (×${factor}): median ${ms(naiveMedian * factor)} per article`,
    `ratio baseline (extrapolated, ${count(EXTRAPOLATED_FOLLOWS)}) / index (measured, ${count(CHATS * FOLLOWS_PER_CHAT)}): ${(naiveMedian * factor / indexMedian).toFixed(0)}×`,
    `agreement on the ${count(subsetSize)}-follow subset: ${agreeing}/${articles.length} articles give identical matches (${count(subsetMatches)} matches in all)`,
  ];
  console.log(lines.join("\n"));
  // The same world again (same seed), with prefix forms.
  random = createRandom(SEED);
  const again = generateWorld();
  console.log(runPrefixPass(again.chatFollows, again.articles, indexMedian).join("\n"));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runFollowMatchingBench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
