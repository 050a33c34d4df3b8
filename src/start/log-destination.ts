/**
 * Part of the composition root: where log lines go, so that they never interleave with the
 * terminal chat. `LOG_FILE` when set; otherwise stderr, unless the terminal chat runs on a terminal
 * and stderr is that same terminal: then `data/newsdesk.log` (under the working directory).
 */
import { closeSync, fstatSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import { isatty } from "node:tty";

/** Where the logger writes. */
export type LogDestination = { kind: "stderr" } | { kind: "file"; path: string };

/** The log file used when the chat has the terminal and LOG_FILE is not set. */
export const DEFAULT_CHAT_LOG_FILE = "data/newsdesk.log";

/** A LOG_FILE that cannot be written; start-up fails with this one line. */
export class LogFileError extends Error {
  override readonly name = "LogFileError";
}

/**
 * Chooses the destination. `chatOnTerminal`: the terminal chat runs and its input or output is a
 * terminal; `fds` are the chat's (stdin, stdout) and the log's (stderr) descriptors.
 */
export function chooseLogDestination(options: { logFile?: string; consoleChat: boolean; fds?: { stdin: number; stdout: number; stderr: number } }): LogDestination {
  const fds = options.fds ?? { stdin: 0, stdout: 1, stderr: 2 };
  const file = options.logFile ?? (options.consoleChat && sharesChatTerminal(fds) ? DEFAULT_CHAT_LOG_FILE : undefined);
  if (!file) return { kind: "stderr" };
  const resolved = path.resolve(file);
  openLogFile(resolved);
  return { kind: "file", path: resolved };
}

/** Whether stderr is a terminal that is also the chat's input or output. */
function sharesChatTerminal(fds: { stdin: number; stdout: number; stderr: number }): boolean {
  if (!isatty(fds.stderr)) return false;
  const device = (fd: number): number | undefined => {
    try {
      return isatty(fd) ? fstatSync(fd).rdev : undefined;
    } catch {
      return undefined;
    }
  };
  const logDevice = device(fds.stderr);
  return logDevice !== undefined && (device(fds.stdin) === logDevice || device(fds.stdout) === logDevice);
}

/** Checks that the file can be appended to, creating its directory (one level only: never a tree under /proc). */
function openLogFile(file: string): void {
  try {
    mkdirSync(path.dirname(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EEXIST") throw new LogFileError(`LOG_FILE: cannot create the directory of ${file} (${code ?? String(error)})`);
  }
  try {
    closeSync(openSync(file, "a"));
  } catch (error) {
    throw new LogFileError(`LOG_FILE: cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}
