/**
 * A platform's limit of `limit` requests per `windowMs`, kept without trusting timing: each request
 * counts from its start until `windowMs` after its answer (see {@link CompletionWindow}). In-process
 * by default; several instances of one bot share one through the store (Redis: shared-request-window.ts),
 * since a late request of one instance bunches with the on-time requests of the others.
 */
import { CompletionWindow } from "./completion-window.js";

/** Counts requests against a platform limit; see the module comment. */
export interface RequestWindow {
  /**
   * Resolves once one more request fits in the window (counting it from now), with the function to
   * call when its answer came back, success or failure (calling it again does nothing).
   */
  enter(): Promise<() => Promise<void>>;
}

/** Time for a request window or a send gate (injected in tests). */
export interface WindowTimer {
  /** The current time in ms. */
  now(): number;
  /** Resolves after `ms` milliseconds. */
  sleep(ms: number): Promise<void>;
}

/** An in-process {@link RequestWindow} of `limit` requests per `windowMs`. */
export function createLocalRequestWindow(limit: number, windowMs: number, timer: WindowTimer): RequestWindow {
  const window = new CompletionWindow(limit, windowMs);
  const waiting: (() => void)[] = [];
  return {
    async enter() {
      for (;;) {
        const now = timer.now();
        const at = window.freeAt(now);
        if (at <= now) break;
        // Infinity: every place is held by a request still in flight; the next answer frees one.
        if (Number.isFinite(at)) await timer.sleep(at - now);
        else await new Promise<void>((resolve) => waiting.push(resolve));
      }
      window.start();
      let left = false;
      return async () => {
        if (left) return;
        left = true;
        window.end(timer.now());
        for (const wake of waiting.splice(0)) wake();
      };
    },
  };
}
