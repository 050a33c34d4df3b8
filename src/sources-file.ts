/**
 * The operator's sources file: sections and the feeds that fill them (YAML, or JSON for a large
 * catalogue: it loads about twenty times faster). Validated as a whole;
 * every problem is reported with its line and field so that the operator can fix the file at once.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { ConfigError } from "./core/shared/errors.js";
import type { Section } from "./core/feeds/feed.js";

const durationPattern = /^(\d+)\s*(s|m|h)$/u;

const feedSchema = z.strictObject({
  url: z.string().min(1, "is empty").max(2_000, "is longer than 2000 characters"),
  name: z.string().min(1).max(100).optional(),
  poll: z
    .union([z.number().int().positive(), z.string().regex(durationPattern, 'must look like "90s", "10m" or "2h"')])
    .optional(),
});

const sectionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/u, "must be 1-32 lower-case letters, digits or dashes"),
  title: z.string().min(1).max(100),
  description: z.string().max(200).default(""),
  feeds: z.array(feedSchema).min(1, "needs at least one feed"),
});

/**
 * A sanity bound on the whole file, far above what one machine polls (about 50,000 feeds at a
 * 5-minute cadence): a file past it is a mistake (a generated list gone wrong), not a catalogue.
 */
export const MAX_FEEDS = 1_000_000;

const fileSchema = z
  .strictObject({
    sections: z.array(sectionSchema).min(1, "needs at least one section").max(100),
  })
  .refine((file) => file.sections.reduce((total, section) => total + section.feeds.length, 0) <= MAX_FEEDS, {
    message: `lists more than ${MAX_FEEDS.toLocaleString("en-US")} feeds in all`,
    path: ["sections"],
  });

/** Reads and validates a sources file. Relative feed paths resolve against the file's folder. */
export async function loadSourcesFile(filePath: string, defaultPollSeconds: number): Promise<Section[]> {
  let text: string;
  try {
    text = await readFile(filePath, "utf8");
  } catch (error) {
    throw new ConfigError([`SOURCES_FILE: cannot read ${filePath} (${(error as NodeJS.ErrnoException).code ?? "error"})`]);
  }
  return parseSources(text, filePath, defaultPollSeconds);
}

/**
 * Parses sources YAML (or JSON, YAML's subset) text; `filePath` names the file in messages and
 * anchors relative feed paths.
 */
export function parseSources(text: string, filePath: string, defaultPollSeconds: number): Section[] {
  // JSON is read by JSON.parse, some ten times faster than a YAML parser on a catalogue of tens of
  // thousands of feeds; a file with problems is read again as YAML below, to name their lines.
  const json = /^\s*\{/u.test(text) ? parseJson(text) : undefined;
  const fast = json === undefined ? undefined : fileSchema.safeParse(json);
  if (fast?.success) {
    try {
      return toSections(fast.data, filePath, defaultPollSeconds, () => "");
    } catch {
      // Problems: read again as YAML below, to name their lines.
    }
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    throw new ConfigError(
      document.errors.map((error) => `${filePath}:${lineCounter.linePos(error.pos[0]).line}: ${error.message.split("\n")[0]}`),
    );
  }
  const result = fileSchema.safeParse(document.toJS());
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const node = document.getIn(issue.path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
        const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
        const field = issue.path.length > 0 ? issue.path.join(".") : "(file)";
        return `${filePath}${line ? `:${line}` : ""}: ${field} ${issue.message}`;
      }),
    );
  }
  return toSections(result.data, filePath, defaultPollSeconds, (at) => {
    const node = document.getIn(at, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? `:${lineCounter.linePos(node.range[0]).line}` : "";
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `lineOf` names the line of a value (`:12`), or nothing. */
function toSections(file: z.infer<typeof fileSchema>, filePath: string, defaultPollSeconds: number, lineOf: (at: (string | number)[]) => string): Section[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const baseDirectory = path.dirname(path.resolve(filePath));
  const sections = file.sections.map((section, sectionIndex): Section => {
    if (seen.has(section.id)) problems.push(`${filePath}${lineOf(["sections", sectionIndex, "id"])}: sections.${sectionIndex}.id "${section.id}" is used twice`);
    seen.add(section.id);
    return {
      id: section.id,
      title: section.title,
      description: section.description,
      feeds: section.feeds.map((feed, feedIndex) => {
        const url = resolveFeedUrl(feed.url, baseDirectory);
        if (!url) {
          problems.push(
            `${filePath}${lineOf(["sections", sectionIndex, "feeds", feedIndex, "url"])}: sections.${sectionIndex}.feeds.${feedIndex}.url "${feed.url}" must be an http(s):// URL or a file: path (like file:feeds/world.xml)`,
          );
        }
        return {
          url: url ?? feed.url,
          sectionId: section.id,
          ...(feed.name ? { name: feed.name } : {}),
          pollIntervalSeconds: parseDuration(feed.poll) ?? defaultPollSeconds,
        };
      }),
    };
  });
  if (problems.length > 0) throw new ConfigError(problems);
  return sections;
}

/**
 * A feed URL: `http(s)://…` with a host, or an explicit `file:` path (`file:feeds/x.xml` relative
 * to the sources file, `file:///abs/x.xml`). Anything else (`not a url`, `javascript:`) is refused.
 */
function resolveFeedUrl(value: string, baseDirectory: string): string | undefined {
  if (/^https?:\/\//iu.test(value)) {
    try {
      const url = new URL(value);
      return url.hostname === "" ? undefined : url.href;
    } catch {
      return undefined;
    }
  }
  const file = /^file:(.*)$/iu.exec(value)?.[1];
  if (file === undefined || file === "") return undefined;
  if (file.startsWith("//")) {
    try {
      return new URL(value).href;
    } catch {
      return undefined;
    }
  }
  return pathToFileURL(path.resolve(baseDirectory, decodeURIComponent(file))).href;
}

function parseDuration(value: number | string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "number") return value;
  const match = durationPattern.exec(value);
  if (!match) return undefined;
  const amount = Number(match[1]);
  const unit = match[2];
  return unit === "h" ? amount * 3600 : unit === "m" ? amount * 60 : amount;
}
