/**
 * Hostile and huge input stays linear: each case is timed against a baseline of ordinary input in
 * the same run, and the ratio is printed (these checks were wall-clock bounds in the tests, which
 * keep the behaviour part: nothing expanded, items capped, every story found). Run:
 * `node --import tsx bench/hostile-input.bench.ts`.
 */
import { pathToFileURL } from "node:url";
import { splitSentences, summarizeExtractive } from "../src/adapters/ai/extractive-summarizer.js";
import { createFeedParser } from "../src/adapters/feeds/parse-feed.js";
import type { Article } from "../src/core/articles/article.js";
import { clusterStories } from "../src/core/stories/cluster-stories.js";

const encoder = new TextEncoder();
const rss = (items: string, doctype = ""): Uint8Array =>
  encoder.encode(`<?xml version="1.0"?>${doctype}<rss version="2.0"><channel><title>T</title><link>https://n.example/</link>${items}</channel></rss>`);

/** The best of `runs` timings of `work` (ms), to keep the ratio steady. */
function best(work: () => unknown, runs = 5): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

function report(name: string, baselineName: string, measured: number, baseline: number, expected: string): void {
  console.log(`  ${name}: ${measured.toFixed(1)} ms; ${baselineName}: ${baseline.toFixed(1)} ms; ratio ${(measured / baseline).toFixed(2)} (${expected})`);
}

function article(index: number, perStory: number): Article {
  const story = Math.floor(index / perStory);
  return {
    id: `a${index}`, sectionId: "world", feedUrl: `https://outlet${index % perStory}.example/feed`, source: `Outlet ${index % perStory}`,
    title: `Story number ${story} topic${story} headline word${story}`, url: `https://example.com/${index}`, summary: "",
    publishedAt: 1_750_000_000_000 - index * 60_000, publishedAtFromFeed: true, firstSeenAt: 1_750_000_000_000 - index * 60_000, tags: [], backfill: false,
  };
}

/** Prints the four ratios. */
export async function runHostileInputBench(): Promise<void> {
  const parser = createFeedParser();
  const parse = (body: Uint8Array) => parser.parse(body, { url: "https://n.example/feed" });

  const laughs = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join("");
  const item = "<item><title>Laugh &lol9;</title></item>";
  report("billion-laughs DOCTYPE", "same feed without it", best(() => parse(rss(item, `<!DOCTYPE rss [<!ENTITY lol0 "lol">${laughs}]>`))), best(() => parse(rss("<item><title>Laugh</title></item>"))), "expanded, the title alone would be 10^9 characters");

  const one = "<item><title>Again</title><link>https://n.example/x</link></item>";
  report("50,000 items (500 kept)", "500 items", best(() => parse(rss(one.repeat(50_000))), 3), best(() => parse(rss(one.repeat(500)))), "100× the XML: 100 if every item were built");

  const sentence = "Markets rallied on Friday as investors cheered the data. ";
  const huge = sentence.repeat(50_000);
  if (splitSentences(summarizeExtractive(huge)).length !== 3) throw new Error("the extractive summary should have 3 sentences");
  report("extractive summary of 50,000 sentences", "of 500 sentences", best(() => summarizeExtractive(huge), 3), best(() => summarizeExtractive(sentence.repeat(500))), "100× the text: 100 linear, 10,000 quadratic");

  const many = Array.from({ length: 600 }, (_, index) => article(index, 3));
  const few = Array.from({ length: 60 }, (_, index) => article(index, 3));
  if (clusterStories(many).length !== 200) throw new Error("600 articles should make 200 stories");
  report("clustering 600 articles", "60 articles", best(() => clusterStories(many), 3), best(() => clusterStories(few)), "10× the articles: 10 linear, 100 quadratic");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await runHostileInputBench();
