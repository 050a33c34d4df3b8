/**
 * `npm start` and the systemd unit start node the way the memory figures were measured
 * (src/runtime-tuning.ts): an operator following either gets the memory the README states.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RUNTIME_ENV, RUNTIME_NODE_FLAGS } from "../src/runtime-tuning.js";

const root = path.resolve(import.meta.dirname, "..");

describe("how newsdesk's node process is started", () => {
  it("npm start sets the runtime environment and flags, and execs node", () => {
    const start = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts.start ?? "";
    const env = Object.entries(RUNTIME_ENV).map(([name, value]) => `${name}=${value}`).join(" ");
    expect(start).toBe(`exec env ${env} node ${RUNTIME_NODE_FLAGS.join(" ")} bin/newsdesk.js start`);
  });

  it("the systemd unit does the same", () => {
    const unit = readFileSync(path.join(root, "docs/deploy/newsdesk.service"), "utf8");
    for (const [name, value] of Object.entries(RUNTIME_ENV)) expect(unit).toContain(`Environment=${name}=${value}\n`);
    expect(unit).toMatch(new RegExp(`^ExecStart=/usr/bin/node ${RUNTIME_NODE_FLAGS.join(" ")} bin/newsdesk\\.js start$`, "mu"));
  });
});
