/**
 * `npm start` under a supervisor: SIGTERM to the npm process, or to its whole process group, stops
 * newsdesk too (npm's script execs node, so npm's forwarded signal reaches the bot and no process is
 * left behind, orphaned).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pollUntil } from "../helpers/local.js";
import { repoRoot } from "../helpers/run-node.js";

/** The ids of the live processes in process group `group` (from /proc; zombies excluded). */
function processesInGroup(group: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/u.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // pid (comm) state ppid pgrp ...: comm may hold spaces, so read after its closing parenthesis.
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(pgrp) === group && state !== "Z") found.push(Number(entry));
    } catch {
      // The process ended while being read.
    }
  }
  return found;
}

async function startNpm(): Promise<{ pid: number; exited: Promise<void>; stderr: () => string }> {
  const directory = mkdtempSync(path.join(tmpdir(), "newsdesk-npm-start-"));
  const child = spawn("npm", ["start", "--silent"], {
    cwd: repoRoot,
    detached: true,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", STORE_URL: `sqlite://${path.join(directory, "store.sqlite")}`, LOG_LEVEL: "info" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.resume();
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  await pollUntil(() => (stderr.includes('"msg":"newsdesk started"') ? true : undefined), 60_000);
  return { pid: child.pid!, exited, stderr: () => stderr };
}

describe("npm start", () => {
  it("leaves no process behind when npm itself gets SIGTERM", async () => {
    const npm = await startNpm();
    expect(processesInGroup(npm.pid).length).toBeGreaterThan(1);
    process.kill(npm.pid, "SIGTERM");
    await npm.exited;
    await pollUntil(() => (processesInGroup(npm.pid).length === 0 ? true : undefined), 20_000);
    expect(npm.stderr()).toContain('"msg":"stopping"');
  }, 90_000);

  it("leaves no process behind when its process group gets SIGTERM", async () => {
    const npm = await startNpm();
    process.kill(-npm.pid, "SIGTERM");
    await npm.exited;
    await pollUntil(() => (processesInGroup(npm.pid).length === 0 ? true : undefined), 20_000);
    expect(npm.stderr()).toContain('"msg":"stopping"');
  }, 90_000);
});
