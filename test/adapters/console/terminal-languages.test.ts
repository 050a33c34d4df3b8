/**
 * The terminal chat in another language, end to end: the real `newsdesk` bin and the bundled sample
 * feeds; after /language de its documents (digest headers, dates, ages, the "also:" label, the
 * empty digest, /latest) are German.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runNode } from "../../helpers/run-node.js";

describe("the terminal chat in German", () => {
  it("writes digests, the empty digest and /latest in German once /language de is set", async () => {
    const directory = mkdtempSync(path.join(tmpdir(), "newsdesk-terminal-"));
    const input = ["/language de", "/subscribe politics", "/digest politics", "/digest politics", "/latest 3"].join("\n");
    const { code, stdout, stderr } = await runNode([path.join(repoRoot, "bin/newsdesk.js")], { STORE_URL: `sqlite://${path.join(directory, "store.sqlite")}` }, `${input}\n`);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("Ab jetzt antwortet newsdesk in diesem Chat auf Deutsch (de).");
    expect(stdout).toContain("== Digest Politics ==");
    expect(stdout).toMatch(/\d+ Meldungen · (veröffentlicht|neueste) /u);
    // The budget story from two outlets: the second outlet on an "also" line, in German.
    expect(stdout).toMatch(/^ {3}auch: (The Daily Ledger|Harbor Herald) https:/mu);
    expect(stdout).not.toContain("also:");
    expect(stdout).toContain("Nichts Neues in Politics seit");
    expect(stdout).toContain("== Neueste Meldungen ==");
    expect(stdout).toMatch(/3 Meldungen · deine Rubriken/u);
    expect(stdout).not.toMatch(/\d+ (min|h|d) ago/u);
  }, 60_000);
});
