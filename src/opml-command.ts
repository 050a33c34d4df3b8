/**
 * `newsdesk opml export [sources-file]` and `newsdesk opml import <file.opml>`: the sources file's
 * sections as OPML (each section an outline of feed outlines, its id in `category`), and an OPML
 * subscription list (from another reader) as a sources file to review and use. Import prints YAML
 * that `SOURCES_FILE` loads as it is; outlines it cannot use are listed on stderr with the reason.
 */
import { readFile } from "node:fs/promises";
import type { Writable } from "node:stream";
import { generateOpml, parseOpml, type Opml } from "feedsmith";
import { stringify } from "yaml";
import { describeError } from "./core/shared/errors.js";
import type { Section } from "./core/feeds/feed.js";

/** What `newsdesk opml --help` prints. */
export const OPML_USAGE = `Usage:
  newsdesk opml export [sources-file]   print the sources file's sections as OPML (default: SOURCES_FILE)
  newsdesk opml import <file.opml>      print an OPML subscription list as a sources file (YAML)

Import: each top-level folder becomes a section (its feeds, nested folders included); feeds outside
any folder go to the section "imported". Outlines without a usable http(s) feed URL are skipped and
listed on stderr. Example: newsdesk opml import subscriptions.opml > sources.yaml
`;

/** Largest OPML file read. */
const MAX_OPML_BYTES = 10_000_000;
/** Sections in a sources file, at most (as the sources file allows). */
const MAX_SECTIONS = 100;

type Outline = Opml.Outline<string>;

/** The sections as an OPML document. */
export function sectionsToOpml(sections: readonly Section[]): string {
  return generateOpml({
    head: { title: "newsdesk sources" },
    body: {
      outlines: sections.map((section) => ({
        text: section.title,
        title: section.title,
        category: section.id,
        ...(section.description ? { description: section.description } : {}),
        outlines: section.feeds.map((feed) => ({ type: "rss", text: feed.name ?? feed.url, ...(feed.name ? { title: feed.name } : {}), xmlUrl: feed.url })),
      })),
    },
  });
}

/** A sources file (as data) from an OPML document, and what was skipped and why. */
export function opmlToSources(text: string): { file: { sections: { id: string; title: string; feeds: { url: string; name?: string }[] }[] }; skipped: string[] } {
  const document = parseOpml(text);
  const skipped: string[] = [];
  const sections = new Map<string, { id: string; title: string; feeds: { url: string; name?: string }[] }>();
  const sectionFor = (title: string, category: string | undefined) => {
    const id = uniqueId(category && /^[a-z0-9][a-z0-9-]{0,31}$/u.test(category) ? category : slug(title), sections, title);
    const existing = sections.get(id);
    if (existing) return existing;
    if (sections.size >= MAX_SECTIONS) return undefined;
    const created = { id, title: title.slice(0, 100) || id, feeds: [] };
    sections.set(id, created);
    return created;
  };
  for (const top of document.body?.outlines ?? []) {
    const isFeed = top.xmlUrl !== undefined;
    if (!isFeed && !top.outlines?.length) {
      skipped.push(`${(top.title ?? top.text ?? "").slice(0, 100) || "(untitled)"}: no feed URL (xmlUrl)`);
      continue;
    }
    const section = isFeed ? sectionFor("Imported", "imported") : sectionFor(top.title ?? top.text ?? "", top.category);
    const feeds = isFeed ? [top] : flatten(top.outlines ?? []);
    for (const outline of feeds) {
      const name = (outline.title ?? outline.text ?? "").trim().slice(0, 100);
      const url = httpUrl(outline.xmlUrl);
      if (!section) skipped.push(`${outline.xmlUrl ?? name}: more than ${MAX_SECTIONS} sections`);
      else if (!url) skipped.push(`${name || "(untitled)"}: ${outline.xmlUrl === undefined ? "no feed URL (xmlUrl)" : `"${outline.xmlUrl.slice(0, 200)}" is not an http(s) URL`}`);
      else if (!section.feeds.some((feed) => feed.url === url)) section.feeds.push({ url, ...(name && name !== url ? { name } : {}) });
    }
  }
  return { file: { sections: [...sections.values()].filter((section) => section.feeds.length > 0) }, skipped };
}

/** The feed outlines under `outlines`, nested folders included, in document order. */
function flatten(outlines: readonly Outline[]): Outline[] {
  const result: Outline[] = [];
  const stack = [...outlines].reverse();
  for (let outline = stack.pop(); outline; outline = stack.pop()) {
    if (outline.xmlUrl !== undefined || !outline.outlines?.length) result.push(outline);
    else stack.push(...[...outline.outlines].reverse());
  }
  return result;
}

function httpUrl(value: string | undefined): string | undefined {
  if (value === undefined || !/^https?:\/\//iu.test(value.trim())) return undefined;
  try {
    const url = new URL(value.trim());
    return url.hostname === "" ? undefined : url.href;
  } catch {
    return undefined;
  }
}

function slug(title: string): string {
  return title.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/gu, "-").replace(/^-+|-+$/gu, "").slice(0, 32).replace(/-+$/u, "") || "section";
}

/** `id`, or `id-2`… when another title already took it. */
function uniqueId(id: string, sections: ReadonlyMap<string, { title: string }>, title: string): string {
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? id : `${id.slice(0, 29)}-${n}`;
    const existing = sections.get(candidate);
    if (!existing || existing.title === title) return candidate;
  }
}

/** Runs `newsdesk opml`; returns the exit code. */
export async function runOpmlCommand(args: string[], stdout: Writable, stderr: Writable, defaultSourcesFile: () => string): Promise<number> {
  const [action, ...targets] = args;
  if (action === undefined || args.includes("--help") || args.includes("-h")) {
    (action === undefined ? stderr : stdout).write(OPML_USAGE);
    return action === undefined ? 2 : 0;
  }
  try {
    if (action === "export" && targets.length <= 1) {
      const { loadSourcesFile } = await import("./sources-file.js");
      stdout.write(sectionsToOpml(await loadSourcesFile(targets[0] ?? defaultSourcesFile(), 600)));
      return 0;
    }
    if (action === "import" && targets.length === 1 && targets[0]) {
      const bytes = await readFile(targets[0]);
      if (bytes.length > MAX_OPML_BYTES) throw new Error(`${targets[0]} is larger than ${MAX_OPML_BYTES} bytes`);
      const { file, skipped } = opmlToSources(bytes.toString("utf8"));
      for (const line of skipped) stderr.write(`skipped ${line}\n`);
      if (file.sections.length === 0) {
        stderr.write(`${targets[0]} lists no usable feed.\n`);
        return 1;
      }
      const { parseSources } = await import("./sources-file.js");
      const yaml = stringify(file);
      parseSources(yaml, "imported.yaml", 600);
      stdout.write(yaml);
      stderr.write(`${file.sections.reduce((total, section) => total + section.feeds.length, 0)} feeds in ${file.sections.length} sections; ${skipped.length} skipped.\n`);
      return 0;
    }
  } catch (error) {
    stderr.write(`newsdesk opml ${action}: ${describeError(error)}\n`);
    return 1;
  }
  stderr.write(`"${[action, ...targets].join(" ").slice(0, 80)}" is not a use of newsdesk opml. Use export [sources-file] or import <file.opml>. See newsdesk opml --help.\n`);
  return 2;
}
