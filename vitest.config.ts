import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "server/**/*.test.ts",
      "shared/**/*.test.ts",
      "web/src/**/*.test.ts",
      "scripts/**/*.test.ts",
      "bench/**/*.test.ts",
      "tests/abuse/**/*.test.ts",
      "tests/architecture/**/*.test.ts",
    ],
    globalSetup: ["tests/support/global-setup.ts"],
    env: { TZ: "UTC" },
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
