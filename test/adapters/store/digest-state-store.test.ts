/**
 * Digest states (seen stories and "More" cursors) in the store's keyv namespace, on a real SQLite file.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createStores } from "../../../src/adapters/store/create-stores.js";
import { createKeyvDigestStateStore } from "../../../src/adapters/store/digest-state-store.js";
import type { DigestState } from "../../../src/core/digests/digest-pages.js";
import { StoreError } from "../../../src/core/shared/errors.js";

const directory = mkdtempSync(path.join(os.tmpdir(), "newsdesk-digest-state-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe("the digest state store", () => {
  it("keeps a chat's section state across a reopen and refuses a record that is not one", async () => {
    const url = `sqlite://${path.join(directory, "store.sqlite")}`;
    const state: DigestState = {
      mark: 1_764_000_000_000,
      seen: [["a1b2c3d4e5f6", 1_764_000_100_000]],
      cursor: { madeAt: 1_764_000_200_000, origin: "digest", shown: 8, complete: true, pending: [{ ids: ["0f0f0f0f0f0f", "1e1e1e1e1e1e"], firstSeenAt: 1_764_000_150_000 }] },
    };
    const first = await createStores({ url, retentionMs: 86_400_000 });
    try {
      await createKeyvDigestStateStore(first).set("telegram:5|world", state);
    } finally {
      await first.close();
    }
    const second = await createStores({ url, retentionMs: 86_400_000 });
    try {
      const store = createKeyvDigestStateStore(second);
      expect(await store.get("telegram:5|world")).toEqual(state);
      expect(await store.get("telegram:5|politics")).toBeUndefined();
      const raw = second.createCache({ name: "digest-pages", schema: (await import("zod")).z.unknown() });
      await raw.set("telegram:6|world", { mark: "yesterday", seen: [] });
      await expect(store.get("telegram:6|world")).rejects.toBeInstanceOf(StoreError);
    } finally {
      await second.close();
    }
  });
});
