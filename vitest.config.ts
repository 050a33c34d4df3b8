import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/corpus/**", "node_modules/**"],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: "forks",
    // Most test time is waiting (local servers, child processes, timers), not CPU: three workers on
    // this 2-core machine run the suite in ~6 minutes instead of ~10 with one (the default, cores - 1).
    maxWorkers: 3,
  },
});
