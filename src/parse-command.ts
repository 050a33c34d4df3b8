/**
 * `newsdesk parse <file-or-url> [--json]`: fetch and parse one feed the way the poller would and
 * print its normalised articles in feed order. Exits non-zero with the reason when it is not a usable feed.
 */
import path from "node:path";
import type { Writable } from "node:stream";
import { pathToFileURL } from "node:url";
import { createFeedParser } from "./adapters/feeds/parse-feed.js";
import { createHttpFeedFetcher } from "./adapters/feeds/fetch-feed.js";
import { articleIdOf, dedupeKeysOf } from "./core/dedupe-keys.js";
import { describeError } from "./core/errors.js";

/** Runs the parse command; returns the exit code. */
export async function runParseCommand(args: string[], stdout: Writable, stderr: Writable): Promise<number> {
  const json = args.includes("--json");
  const targets = args.filter((arg) => arg !== "--json");
  if (targets.length !== 1 || !targets[0]) {
    stderr.write("Usage: newsdesk parse <file-or-url> [--json]\n");
    return 2;
  }
  const target = targets[0];
  const url = /^(https?|file):/iu.test(target) ? target : pathToFileURL(path.resolve(target)).href;
  try {
    const fetched = await createHttpFeedFetcher({ timeoutMs: 20_000, maxBytes: 10_000_000 }).fetch(url, {});
    if (fetched.status !== "ok") throw new Error("the server answered 304 Not Modified to an unconditional request");
    const feed = createFeedParser().parse(fetched.body, {
      url: fetched.finalUrl,
      ...(fetched.contentType ? { contentType: fetched.contentType } : {}),
    });
    const articles = feed.items.map((item) => ({
      id: articleIdOf(dedupeKeysOf(item, url), `${url}|${item.title}`),
      title: item.title,
      url: item.url ?? null,
      publishedAt: item.publishedAt === undefined ? null : new Date(item.publishedAt).toISOString(),
      author: item.author ?? null,
      summary: item.summary,
      tags: item.tags,
    }));
    if (json) {
      stdout.write(`${JSON.stringify({ feed: { title: feed.title, format: feed.format }, articles }, null, 2)}\n`);
    } else {
      stdout.write(`${feed.title} (${feed.format}, ${articles.length} articles)\n\n`);
      for (const article of articles) {
        stdout.write(`${article.publishedAt ?? "(no date)"}  ${article.title}\n  ${article.url ?? "(no link)"}\n`);
      }
    }
    return 0;
  } catch (error) {
    stderr.write(`${target}: not a usable feed: ${describeError(error)}\n`);
    return 1;
  }
}
