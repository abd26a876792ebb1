import { defineConfig } from "vitest/config";

// Two projects: unit tests of the scripts with xrm-mock (Node), and browser tests that load the built pages in
// Debian's Chromium through Playwright (no browser download).
export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      { test: { name: "browser", include: ["tests/browser/**/*.test.ts"], environment: "node", testTimeout: 60000, hookTimeout: 60000 } },
    ],
  },
});
