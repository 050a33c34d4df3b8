import { defineConfig } from "vitest/config";

// The shared acceptance corpus (../shared/fixtures) is not part of a fresh clone, so it runs
// separately from `npm test`; `.ci/run` calls it after the project's own tests.
export default defineConfig({
  test: {
    include: ["test/corpus/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
