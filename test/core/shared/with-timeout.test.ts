/**
 * withTimeout on AbortSignal.timeout: the typed deadline error even for work that ignores its
 * signal, the caller's abort passed through, and the work's own result or error when it settles
 * first (the deadline then has no further effect).
 */
import { describe, expect, it } from "vitest";
import { TimeoutError, withTimeout } from "../../../src/core/shared/with-timeout.js";

/** Work that never settles and never looks at its signal. */
const deaf = (): Promise<never> => new Promise<never>(() => undefined);

/** Resolves once `signal` aborts, with its reason. */
const abortReason = (signal: AbortSignal): Promise<unknown> =>
  new Promise((resolve) => signal.addEventListener("abort", () => resolve(signal.reason), { once: true }));

describe("withTimeout", () => {
  it("rejects with TimeoutError at the deadline even when the work ignores its signal, and aborts that signal", async () => {
    let given: AbortSignal | undefined;
    const error = await withTimeout(30, (signal) => {
      given = signal;
      return deaf();
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe("timed out after 30 ms");
    expect(given?.aborted).toBe(true);
  });

  it("gives the work's answer and error when it settles first", async () => {
    await expect(withTimeout(5_000, async () => "answer")).resolves.toBe("answer");
    const failure = new Error("model crashed");
    await expect(withTimeout(5_000, () => Promise.reject(failure))).rejects.toBe(failure);
  });

  it("passes the caller's abort through with its reason, not as a timeout", async () => {
    const caller = new AbortController();
    const reason = new Error("shutting down");
    let seen: Promise<unknown> | undefined;
    const result = withTimeout(
      5_000,
      (signal) => {
        seen = abortReason(signal);
        return deaf();
      },
      caller.signal,
    );
    caller.abort(reason);
    await expect(result).rejects.toBe(reason);
    await expect(seen).resolves.toBe(reason);
  });

});
