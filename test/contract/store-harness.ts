/**
 * What the store contract suites need from an implementation under test: isolated storage that
 * can be opened more than once (each open is a new connection), and, where the implementation has
 * one, a way to damage a stored value behind the store's back.
 */

/** An open store of port `P` and how to close it. */
export interface OpenedStore<P> {
  store: P;
  close(): Promise<void>;
}

/** One isolated storage area (a fresh namespace, file, or fake). */
export interface StoreHarness<P> {
  /** Opens a new connection to this storage area. */
  open(options?: { retentionMs?: number }): Promise<OpenedStore<P>>;
  /** Overwrites the stored value under `key` with `raw` text, bypassing the store. */
  corrupt?(key: string, raw: string): Promise<void>;
}

/** Creates one isolated storage area per call. */
export type StoreHarnessFactory<P> = () => StoreHarness<P>;

/** Opens stores and closes whatever is still open after each test. */
export function trackOpened(): {
  open<P>(harness: StoreHarness<P>, options?: { retentionMs?: number }): Promise<P>;
  closeAll(): Promise<void>;
} {
  const opened: Array<OpenedStore<unknown>> = [];
  return {
    async open<P>(harness: StoreHarness<P>, options?: { retentionMs?: number }) {
      const handle = await harness.open(options);
      opened.push(handle);
      return handle.store;
    },
    async closeAll() {
      const all = opened.splice(0);
      await Promise.allSettled(all.map((handle) => handle.close()));
    },
  };
}

/** Waits `ms` milliseconds (real time: the stores' TTLs run on the real clock). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
