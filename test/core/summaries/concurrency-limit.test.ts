/**
 * The summary calls' concurrency limit (p-queue underneath): at most `limit` at once, FIFO, a bound
 * on waiting that drops a task before it runs, and never a cut to a task already running.
 */
import { describe, expect, it } from "vitest";
import { ConcurrencyLimit, QueueTimeoutError } from "../../../src/core/shared/concurrency-limit.js";

/** A task that runs until `release` is called, recording its start. */
function gatedTask(name: string, started: string[]): { task: () => Promise<string>; release: () => void } {
  let release = (): void => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  return {
    task: async () => {
      started.push(name);
      await gate;
      return name;
    },
    release: () => release(),
  };
}

describe("ConcurrencyLimit", () => {
  it("runs at most `limit` tasks at once and starts the waiting ones in order", async () => {
    const limit = new ConcurrencyLimit(2);
    const started: string[] = [];
    const tasks = ["a", "b", "c", "d"].map((name) => gatedTask(name, started));
    const results = tasks.map(({ task }) => limit.run(task));
    await expect.poll(() => started).toEqual(["a", "b"]);
    expect(limit.running).toBe(2);
    expect(limit.waiting).toBe(2);
    tasks[1]!.release();
    await expect.poll(() => started).toEqual(["a", "b", "c"]);
    for (const { release } of tasks) release();
    expect(await Promise.all(results)).toEqual(["a", "b", "c", "d"]);
    expect(limit.running).toBe(0);
  });

  it("drops a task that waited longer than its bound, without running it", async () => {
    const limit = new ConcurrencyLimit(1);
    const started: string[] = [];
    const first = gatedTask("first", started);
    const running = limit.run(first.task);
    const late = limit.run(gatedTask("late", started).task, 20);
    await expect(late).rejects.toBeInstanceOf(QueueTimeoutError);
    expect(limit.waiting).toBe(0);
    first.release();
    expect(await running).toBe("first");
    expect(started).toEqual(["first"]);
  });

  it("does not cut short a task that started within its bound", async () => {
    const limit = new ConcurrencyLimit(1);
    const started: string[] = [];
    const slow = gatedTask("slow", started);
    const result = limit.run(slow.task, 10);
    await expect.poll(() => started).toEqual(["slow"]);
    // Past the bound on waiting while the task runs: it still finishes with its own result.
    await new Promise((resolve) => setTimeout(resolve, 30));
    slow.release();
    expect(await result).toBe("slow");
  });

  it("refuses a limit below 1", () => {
    expect(() => new ConcurrencyLimit(0)).toThrow(RangeError);
  });
});
