import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    // The exercise checks of lessons 09–11 really train networks: a few seconds each on a quiet
    // machine, several times that on a loaded 2-core one, so the 5 s default would fail them.
    testTimeout: 60_000,
  },
});
