/**
 * The `newsdesk` command line: `start` (the default) runs the bot; `parse <file-or-url> [--json]`
 * prints the normalised articles of one feed, for checking a source before adding it.
 */
import { once } from "node:events";
import { main } from "./main.js";
import { runParseCommand } from "./parse-command.js";

const [command = "start", ...rest] = process.argv.slice(2);

async function run(): Promise<number> {
  switch (command) {
    case "start": {
      const stopSignal = Promise.race([once(process, "SIGINT"), once(process, "SIGTERM")]).then(() => undefined);
      return main({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, stopSignal });
    }
    case "parse":
      return runParseCommand(rest, process.stdout, process.stderr);
    case "help":
    case "--help":
    case "-h":
      process.stdout.write("Usage: newsdesk [start]\n       newsdesk parse <file-or-url> [--json]\n");
      return 0;
    default:
      process.stderr.write(`Unknown command "${command}". Usage: newsdesk [start] | newsdesk parse <file-or-url> [--json]\n`);
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
