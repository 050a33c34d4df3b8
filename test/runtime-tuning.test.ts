/**
 * `npm start`, the systemd unit and the Docker image start node the way the memory figures were measured
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

  it("the Docker image does the same, in exec form, as a non-root user with compilers only in the build stage", () => {
    const dockerfile = readFileSync(path.join(root, "Dockerfile"), "utf8");
    // Continuation lines joined, comments dropped: one instruction per entry.
    const instructions = dockerfile.replace(/\\\n\s*/gu, " ").split("\n").filter((line) => line.trim() !== "" && !line.startsWith("#"));
    const stages = instructions.filter((line) => line.startsWith("FROM "));
    expect(stages).toEqual(["FROM node:20-slim AS build", "FROM node:20-slim"]);
    const final = instructions.slice(instructions.lastIndexOf("FROM node:20-slim"));
    const cmd = final.find((line) => line.startsWith("CMD "));
    expect(JSON.parse(cmd?.slice(4) ?? "null")).toEqual(["node", ...RUNTIME_NODE_FLAGS, "bin/newsdesk.js", "start"]);
    for (const [name, value] of Object.entries(RUNTIME_ENV)) expect(final).toContain(`ENV ${name}=${value}`);
    const user = final.filter((line) => line.startsWith("USER ")).at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^USER (root|0)(:|$)/u);
    expect(final.some((line) => /apt-get install|g\+\+/u.test(line))).toBe(false);
    expect(instructions.some((line) => line.includes("npm ci --omit=dev"))).toBe(true);
    const healthcheck = final.find((line) => line.startsWith("HEALTHCHECK "));
    expect(healthcheck).toMatch(/CMD \["node", "-e", ".*fetch\(.*process\.env\.HTTP_PORT.*\/healthz/u);
    expect(final).toContain("COPY --from=build /app/node_modules ./node_modules");
  });
});
