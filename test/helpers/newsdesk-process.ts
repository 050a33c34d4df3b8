/**
 * A real `newsdesk start` (bin/newsdesk.js) as a child process with a clean environment, whose JSON
 * log lines (stderr) tests can wait for.
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { repoRoot } from "./run-node.js";

/** One pino log line. */
export interface LogLine {
  msg?: string;
  level?: number;
  [key: string]: unknown;
}

/** A running newsdesk process. */
export interface NewsdeskProcess {
  readonly child: ChildProcess;
  /** Resolves with the exit code (or null after a signal). */
  readonly exited: Promise<number | null>;
  /** The log lines so far. */
  logs(): LogLine[];
  /** What it printed on stdout so far (the terminal chat). */
  stdout(): string;
  /** Resolves with the first log line matching, rejects after `timeoutMs` or when the process exits. */
  waitForLog(match: (line: LogLine) => boolean, timeoutMs: number): Promise<LogLine>;
}

/**
 * Starts `node bin/newsdesk.js start` with only PATH, HOME and `environment` set. `stdin: "pipe"`
 * keeps the terminal chat's input open (write to `child.stdin`); default: no input.
 */
export function startNewsdesk(environment: Record<string, string>, options: { stdin?: "pipe" | "ignore" } = {}): NewsdeskProcess {
  const child = spawn(process.execPath, [path.join(repoRoot, "bin/newsdesk.js"), "start"], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...environment },
    stdio: [options.stdin ?? "ignore", "pipe", "pipe"],
  });
  let stdout = "";
  const lines: LogLine[] = [];
  const listeners = new Set<() => void>();
  let pending = "";
  let exitCode: number | null | undefined;
  child.stderr!.on("data", (chunk: Buffer) => {
    pending += chunk.toString();
    const parts = pending.split("\n");
    pending = parts.pop() ?? "";
    for (const part of parts) {
      try {
        lines.push(JSON.parse(part) as LogLine);
      } catch {
        lines.push({ msg: part });
      }
    }
    for (const listener of listeners) listener();
  });
  child.stdout!.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
    for (const listener of listeners) listener();
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => {
      exitCode = code;
      resolve(code);
      for (const listener of listeners) listener();
    }),
  );
  return {
    child,
    exited,
    logs: () => [...lines],
    stdout: () => stdout,
    waitForLog(match, timeoutMs) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          const found = lines.find(match);
          if (found) done(() => resolve(found));
          else if (exitCode !== undefined) done(() => reject(new Error(`newsdesk exited (${String(exitCode)}) before the log line; last lines: ${tail(lines)}`)));
        };
        const timer = setTimeout(() => done(() => reject(new Error(`no such log line within ${timeoutMs} ms; last lines: ${tail(lines)}`))), timeoutMs);
        const done = (settle: () => void): void => {
          clearTimeout(timer);
          listeners.delete(check);
          settle();
        };
        listeners.add(check);
        check();
      });
    },
  };
}

function tail(lines: LogLine[]): string {
  return lines
    .slice(-5)
    .map((line) => line.msg ?? "")
    .join(" | ");
}
