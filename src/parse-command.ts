/**
 * `newsdesk parse <file-or-url> [--json]`: fetch and parse one feed the way the poller would and
 * print its normalised articles in feed order. Exits non-zero with the reason when it is not a usable feed.
 * The fetcher and parser are imported when a feed is to be read, so `--help` and usage errors are instant.
 */
import path from "node:path";
import type { Writable } from "node:stream";
import { pathToFileURL } from "node:url";
import { describeError } from "./core/shared/errors.js";

/** What `newsdesk parse --help` prints. */
export const PARSE_USAGE = `Usage: newsdesk parse <file-or-url> [--json]

Fetches and parses one feed (RSS, RDF, Atom or JSON Feed) exactly as the poller would, and prints
its normalised articles in feed order: date, title and link, or with --json
{"feed":{"title","format"},"articles":[{id,title,url,publishedAt,author,summary,tags}]}.
A document that is not a usable feed exits with status 1 and the reason.

Examples:
  newsdesk parse https://example.com/feed.xml
  newsdesk parse ./samples/feeds/daily-ledger-politics.xml --json
`;

/** Runs the parse command; returns the exit code. */
export async function runParseCommand(args: string[], stdout: Writable, stderr: Writable): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    stdout.write(PARSE_USAGE);
    return 0;
  }
  const json = args.includes("--json");
  const unknown = args.find((arg) => arg.startsWith("--") && arg !== "--json");
  const targets = args.filter((arg) => !arg.startsWith("--"));
  if (unknown !== undefined || targets.length !== 1 || !targets[0]) {
    const problem = unknown !== undefined ? `"${unknown}" is not an option of newsdesk parse` : targets.length === 0 ? "newsdesk parse needs a file or URL" : `"${targets.join(" ")}" is more than one feed`;
    stderr.write(`${problem}. Give one file or URL, and --json for JSON. See newsdesk parse --help.\n`);
    return 2;
  }
  const target = targets[0];
  const url = /^(https?|file):/iu.test(target) ? target : pathToFileURL(path.resolve(target)).href;
  try {
    const [{ createFeedParser }, { createHttpFeedFetcher }, { articleIdOf, dedupeKeysOf }] = await Promise.all([
      import("./adapters/feeds/parse-feed.js"),
      import("./adapters/feeds/fetch-feed.js"),
      import("./core/feeds/dedupe-keys.js"),
    ]);
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
