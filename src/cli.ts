/**
 * The `newsdesk` command line: `start` (the default) runs the bot; `parse <file-or-url> [--json]`
 * prints the normalised articles of one feed, for checking a source before adding it.
 *
 * Each subcommand imports only what it needs, when it runs: `parse` and `--help` must start in a
 * fraction of a second, without loading the bot (platform SDKs, stores, the AI SDK).
 */

/** What `newsdesk --help` prints. */
export const USAGE = `Usage:
  newsdesk [start]                        run the bot (the terminal chat when no platform token is set)
  newsdesk parse <file-or-url> [--json]   fetch and parse one feed, print its normalised articles
  newsdesk opml export [sources-file]     print the sources file's sections as OPML
  newsdesk opml import <file.opml>        print an OPML subscription list as a sources file (YAML)
  newsdesk <command> --help               help on one command

Configuration: environment variables or .env (see .env.example).
`;

const [command = "start", ...rest] = process.argv.slice(2);
// `newsdesk parse feed.xml | head` closes the pipe early: that is the reader's choice, not a failure.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const wantsHelp = (args: readonly string[]): boolean => args.some((arg) => arg === "--help" || arg === "-h");

/** How long an orderly stop may take after SIGTERM/SIGINT before the process exits anyway. */
const STOP_DEADLINE_MS = 10_000;

/**
 * Resolves on the first SIGINT or SIGTERM, whatever the process is doing (start-up included), and
 * from then on: a second signal exits at once, and if the orderly stop has not ended within
 * `deadlineMs` the process exits anyway, saying so.
 */
function stopOnSignals(deadlineMs: number): Promise<void> {
  return new Promise((resolve) => {
    let received = 0;
    const onSignal = (signal: NodeJS.Signals): void => {
      received += 1;
      if (received > 1) {
        process.stderr.write(`newsdesk: ${signal} again, exiting now\n`);
        process.exit(130);
      }
      resolve();
      setTimeout(() => {
        process.stderr.write(`newsdesk: still stopping ${deadlineMs / 1000} s after ${signal}; exiting now\n`);
        process.exit(1);
      }, deadlineMs).unref();
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  });
}

/**
 * SIGHUP re-reads the sources file (`/admin reload` does the same). Handled from the start, so that
 * a SIGHUP during start-up does not end the process (node's default); the returned function sets
 * what a SIGHUP does once the bot has started.
 */
function reloadOnHangup(): (listener: () => void) => void {
  let current: (() => void) | undefined;
  process.on("SIGHUP", () => {
    if (current) current();
    else process.stderr.write("newsdesk: SIGHUP during start-up ignored; send it again once started\n");
  });
  return (listener) => {
    current = listener;
  };
}

async function run(): Promise<number> {
  switch (command) {
    case "start": {
      if (wantsHelp(rest)) {
        process.stdout.write("Usage: newsdesk [start]\n\nRuns the bot: Telegram and/or Discord when their tokens are set, else the terminal chat.\nConfiguration: environment variables or .env (see .env.example).\n");
        return 0;
      }
      const { main } = await import("./main.js");
      const stopSignal = stopOnSignals(STOP_DEADLINE_MS);
      const onReload = reloadOnHangup();
      return main({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, stopSignal, onReload });
    }
    case "parse": {
      const { runParseCommand } = await import("./parse-command.js");
      return runParseCommand(rest, process.stdout, process.stderr);
    }
    case "opml": {
      const [{ runOpmlCommand }, { loadConfig }] = await Promise.all([import("./opml-command.js"), import("./config.js")]);
      return runOpmlCommand(rest, process.stdout, process.stderr, () => loadConfig().SOURCES_FILE);
    }
    case "help":
    case "--help":
    case "-h":
      process.stdout.write(USAGE);
      return 0;
    default:
      process.stderr.write(`"${command}" is not a newsdesk command. Use start, parse or opml. See newsdesk --help.\n`);
      return 2;
  }
}

run().then(
  (code) => {
    process.exitCode = code;
    // Open handles (HTTP keep-alive, store connections) must not keep a finished CLI alive.
    setTimeout(() => process.exit(code), 200).unref();
  },
  (error: unknown) => {
    process.stderr.write(`newsdesk failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
