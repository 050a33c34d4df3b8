/**
 * `newsdesk opml export [sources-file]` and `newsdesk opml import <file.opml>`: the sources file's
 * sections as OPML (each section an outline of feed outlines, its id in `category`), and an OPML
 * subscription list (from another reader) as a sources file to review and use. Import prints YAML
 * that `SOURCES_FILE` loads as it is; outlines it cannot use are listed on stderr with the reason.
 */
import { readFile } from "node:fs/promises";
import type { Writable } from "node:stream";
import { stringify } from "yaml";
import { opmlToSources, sectionsToOpml } from "./adapters/feeds/opml.js";
import { describeError } from "./core/shared/errors.js";

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
